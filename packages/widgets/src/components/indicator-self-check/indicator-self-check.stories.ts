import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../define/indicator-self-check.js';
import type { IjmIndicatorSelfCheck } from './indicator-self-check.js';

const meta: Meta = {
  title: 'Safety/Indicator self-check',
  component: 'ijm-indicator-self-check',
  parameters: {
    docs: {
      description: {
        component: `A private check for a person asking "could this be forced labour?" about their own work or someone
else's. It stores nothing and sends nothing: the questions, texts and helplines download on the safety screen, and no
request is made from the first answer on. The exit button (or Shift pressed three times) is first in its tab order and
stays in view. \`country\` picks the helpline shown first; the person can change it. \`mode="professional"\` is the
Delphi checklist for trained staff. Each story below is one step, reached by pressing the check's own buttons.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The buttons and answers a story presses, in order: a button's text, or `answer:<label>` for every question shown. */
type Press = string;

function buttonNamed(element: IjmIndicatorSelfCheck, text: string): HTMLElement {
  const root = element.shadowRoot as ShadowRoot;
  const found = [...root.querySelectorAll<HTMLElement>('button, label')].find((b) => b.textContent?.trim() === text);
  if (found === undefined) throw new Error(`No "${text}" to press`);
  return found;
}

/** Presses through the check like a person, then lets the Storybook test judge the step reached. */
async function press(canvas: HTMLElement, presses: readonly Press[]): Promise<void> {
  const element = canvas.querySelector('ijm-indicator-self-check') as IjmIndicatorSelfCheck;
  await element.updateComplete;
  const root = element.shadowRoot as ShadowRoot;
  while (root.querySelector('.status')?.textContent?.trim() !== '')
    await new Promise((resolve) => setTimeout(resolve, 20));
  for (const step of presses) {
    if (step.startsWith('answer:')) {
      for (const fieldset of root.querySelectorAll('fieldset.question')) {
        const label = [...fieldset.querySelectorAll('label')].find((l) => l.textContent?.trim() === step.slice(7));
        label?.click();
      }
    } else buttonNamed(element, step).click();
    await element.updateComplete;
  }
  element.removeAttribute('data-story-pending');
}

const allPages = (answer: string, next = 'Next', last = 'Check my answers'): Press[] =>
  Array.from({ length: 7 }, (_, page) => [`answer:${answer}`, page === 6 ? last : next]).flat();

function story(markup: TemplateResult, presses: readonly Press[] = []): Story {
  return { render: () => markup, play: ({ canvasElement }) => press(canvasElement, presses) };
}

const check = () => html`<ijm-indicator-self-check data-story-pending country="MY"></ijm-indicator-self-check>`;

export const SafetyScreen: Story = story(check());

export const WhoIsItAbout: Story = story(check(), ['Start']);

export const Questions: Story = story(check(), ['Start', 'Me', 'answer:Yes', 'Next']);

export const Review: Story = story(check(), ['Start', 'Someone I know', ...allPages('Not sure')]);

export const ResultStrongSigns: Story = story(check(), ['Start', 'Me', ...allPages('Yes'), 'See the result']);

export const ResultNoSignsNoHelpline: Story = story(
  html`<ijm-indicator-self-check data-story-pending country="BO"></ijm-indicator-self-check>`,
  ['Start', 'Me', ...allPages('No'), 'See the result'],
);

export const MalayResult: Story = story(
  html`<ijm-indicator-self-check data-story-pending lang="ms" country="MY"></ijm-indicator-self-check>`,
  ['Mula', 'Saya', ...allPages('Ya', 'Seterusnya', 'Semak jawapan saya'), 'Lihat keputusan'],
);

export const SpanishQuestions: Story = story(
  html`<ijm-indicator-self-check data-story-pending lang="es" country="DO"></ijm-indicator-self-check>`,
  ['Empezar', 'Sobre alguien que conozco'],
);

export const DarkResult: Story = story(
  html`<div style="color-scheme:dark;background:#111;padding:1rem">
    <ijm-indicator-self-check data-story-pending country="US"></ijm-indicator-self-check>
  </div>`,
  ['Start', 'Me', ...allPages('Prefer not to say'), 'See the result'],
);

export const Narrow320: Story = story(
  html`<div style="inline-size:320px">
    <ijm-indicator-self-check data-story-pending country="IN"></ijm-indicator-self-check>
  </div>`,
  ['Start', 'Me', ...allPages('Yes'), 'See the result'],
);

export const ProfessionalChecklist: Story = story(
  html`<ijm-indicator-self-check data-story-pending mode="professional"></ijm-indicator-self-check>`,
  ['Start'],
);

export const ProfessionalOutcome: Story = story(
  html`<ijm-indicator-self-check data-story-pending mode="professional"></ijm-indicator-self-check>`,
  ['Start', 'See the outcome'],
);

export const RightToLeftSection: Story = story(
  html`<div dir="rtl"><ijm-indicator-self-check data-story-pending country="MY"></ijm-indicator-self-check></div>`,
  ['Start', 'Me', 'answer:Not sure'],
);

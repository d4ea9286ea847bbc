import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define/fundraiser-cta.js';
import type { IjmFundraiserLead } from '../fundraiser-lead/fundraiser-lead.js';
import type { IjmFundraiserCta } from './fundraiser-cta.js';

const meta: Meta = {
  title: 'Forms/Fundraiser call to action',
  component: 'ijm-fundraiser-cta',
  parameters: {
    docs: {
      description: {
        component: `The call to action from IJM's site, with an optional progress bar that never overstates (a goal
exceeded says so; figures that cannot draw an honest bar draw none). "Learn More" opens the "start a fundraiser" lead
form in its place; its thank-you offers the host's guide (\`guide-href\`).`,
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const progress = { goal: '20000', raised: '12500', currency: 'MYR', 'updated-at': '2026-12-01T09:00:00Z' };

function cta(attributes: Record<string, string> = {}, then: (element: IjmFundraiserCta) => void = () => {}) {
  const element = document.createElement('ijm-fundraiser-cta');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  void element.updateComplete.then(() => then(element));
  return element;
}

/** Opens the lead form as a press of the button does, then hands it over. */
function opened(attributes: Record<string, string>, then: (form: IjmFundraiserLead) => void = () => {}) {
  return cta(attributes, (element) => {
    element.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]')?.click();
    const wait = () => {
      const form = element.shadowRoot?.querySelector('ijm-fundraiser-lead');
      if (form === null || form === undefined) setTimeout(wait, 20);
      else void form.updateComplete.then(() => form.form.ready()).then(() => then(form));
    };
    wait();
  });
}

export const CallToAction: Story = { render: () => cta() };

export const WithProgress: Story = { render: () => cta(progress) };

export const GoalExceeded: Story = { render: () => cta({ goal: '1000', raised: '1500', currency: 'USD' }) };

export const LeadForm: Story = { render: () => opened({ currency: 'MYR' }) };

export const LeadFormErrors: Story = {
  render: () => opened({}, (form) => form.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]')?.click()),
};

export const ThankYou: Story = {
  render: () =>
    opened({ 'guide-href': 'https://www.ijm.org/' }, (form) => {
      form.addEventListener('ijm-submit', (event) => event.detail.respondWith(Promise.resolve()));
      form.form.set('name', 'Ana Lim');
      form.form.set('email', 'ana@example.org');
      form.form.set('idea', 'polar-dip');
      form.form.set('country', 'MY');
      form.form.set('consent', true);
      form.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]')?.click();
    }),
};

export const Malay: Story = { render: () => html`<div lang="ms">${cta(progress)}</div>` };

export const Spanish: Story = { render: () => html`<div lang="es">${cta({ ...progress, currency: 'EUR' })}</div>` };

export const Dark: Story = {
  render: () => html`<div style="color-scheme:dark;background:#111;color:#eee;padding:1rem">${cta(progress)}</div>`,
};

export const Narrow: Story = {
  render: () => html`<div style="inline-size:320px">${cta(progress)}</div>`,
};

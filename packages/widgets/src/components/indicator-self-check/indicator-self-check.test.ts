import { QUESTIONS } from '@ijm/core/self-check';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/indicator-self-check.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { fixture } from '../../test/fixture.js';
import { active, button, click, heading, ready, root, steps, throughQuestions } from '../../test/self-check.js';
import type { IjmIndicatorSelfCheck, SelfCheckStep } from './indicator-self-check.js';

describe('<ijm-indicator-self-check>', () => {
  it('puts a large exit button first in the tab order, in view, on a safety screen that says what is kept and sent', async () => {
    const before = document.createElement('button');
    before.textContent = 'page control before';
    document.body.append(before);
    const element = await fixture<IjmIndicatorSelfCheck>('<ijm-indicator-self-check></ijm-indicator-self-check>');
    await ready(element);
    before.focus();
    await userEvent.tab();
    const exit = root(element).querySelector('[part="exit"]') as HTMLButtonElement;
    expect(active(element)).toBe(exit);
    expect(exit.textContent?.replace(/\s+/g, ' ').trim()).toBe('Exit this page or press Shift 3 times');
    expect(exit.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    expect(getComputedStyle(exit).position).toBe('sticky');
    const text = root(element).textContent ?? '';
    expect(text).toContain('Nothing you choose is saved or sent');
    expect(text).toContain('Shift 3 times');
    expect(text).toContain('browser history can still show');
    await expectNoAxeViolations(element);
    before.remove();
  });

  it('goes through the whole check with the keyboard alone, focus on each new step, axe clean in each', async () => {
    const element = await fixture<IjmIndicatorSelfCheck>(
      '<ijm-indicator-self-check country="MY"></ijm-indicator-self-check>',
    );
    const seen = steps(element);
    await ready(element);
    button(element, 'Start').focus();
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(heading(element)).toBe('Who is this about?');
    expect(active(element)?.textContent?.trim()).toBe('Who is this about?');
    await expectNoAxeViolations(element);
    await userEvent.tab();
    expect(active(element)?.textContent?.trim()).toBe('Me');
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(heading(element)).toBe('Part 1 of 7');
    // First question: Tab into its radio group, arrows to "Yes" ("Yes" is first; arrows select as they move).
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}{ArrowUp}');
    await element.updateComplete;
    const first = root(element).querySelector<HTMLInputElement>(`input[name="${QUESTIONS[0].id}"][value="yes"]`);
    expect(first?.checked).toBe(true);
    await expectNoAxeViolations(element);
    // "Prefer not to say" is on every question.
    for (const fieldset of root(element).querySelectorAll('fieldset'))
      expect(fieldset.textContent).toContain('Prefer not to say');
    await throughQuestions(element, { 'documents-kept': 'Yes', [QUESTIONS[0].id]: 'Yes', 'long-hours': 'Not sure' });
    expect(heading(element)).toBe('Your answers');
    await expectNoAxeViolations(element);
    expect(root(element).querySelectorAll('.review li')).toHaveLength(QUESTIONS.length);
    await click(element, button(element, 'See the result'));
    expect(heading(element)).toBe('Strong warning signs');
    expect([...root(element).querySelectorAll('[data-sign]')].map((li) => li.getAttribute('data-sign'))).toEqual([
      'deception',
      'retention-of-identity-documents',
    ]);
    expect(root(element).querySelector('[data-unsure]')?.getAttribute('data-unsure')).toBe('excessive-overtime');
    expect(root(element).textContent).toContain('This check is not a legal decision');
    // The helpline card: Malaysia from the attribute, a tap-to-call link, the "check this number" note.
    const select = root(element).querySelector('select') as HTMLSelectElement;
    expect(select.value).toBe('MYS');
    expect(root(element).querySelector('a[href="tel:0380008000"]')?.textContent).toContain('Call 03-8000 8000');
    expect(root(element).querySelector('.hotlines')?.textContent).toContain('Check this number before you rely on it');
    await expectNoAxeViolations(element);
    const events: SelfCheckStep[] = ['perspective', 'questions', 'review', 'result'];
    expect(seen).toEqual(events.map((step) => ({ step })));
  });

  it('lets the person change the helpline country; a country with no line gets emergency advice, not another line', async () => {
    const element = await fixture<IjmIndicatorSelfCheck>('<ijm-indicator-self-check></ijm-indicator-self-check>');
    await ready(element);
    await click(element, button(element, 'Start'));
    await click(element, button(element, 'Someone I know'));
    await throughQuestions(element, {});
    await click(element, button(element, 'See the result'));
    expect(heading(element)).toBe('No warning signs in these answers');
    const select = root(element).querySelector('select') as HTMLSelectElement;
    expect(select.value).toBe('');
    await userEvent.selectOptions(select, 'MMR');
    await element.updateComplete;
    expect(root(element).querySelector('.hotlines')?.textContent).toContain('could not find a helpline');
    expect(root(element).querySelectorAll('.hotline')).toHaveLength(0);
    await userEvent.selectOptions(select, 'USA');
    await element.updateComplete;
    expect(root(element).querySelectorAll('.hotline').length).toBeGreaterThan(0);
    await expectNoAxeViolations(element);
  });

  it('"Start again" clears every answer and returns to the safety screen', async () => {
    const element = await fixture<IjmIndicatorSelfCheck>('<ijm-indicator-self-check></ijm-indicator-self-check>');
    await ready(element);
    await click(element, button(element, 'Start'));
    await click(element, button(element, 'Me'));
    await throughQuestions(element, {}, 'Yes');
    await click(element, button(element, 'See the result'));
    await click(element, button(element, 'Start again'));
    expect(heading(element)).toBe('Before you start');
    await click(element, button(element, 'Start'));
    await click(element, button(element, 'Me'));
    expect(root(element).querySelectorAll('input:checked')).toHaveLength(0);
    await click(element, button(element, 'Next'));
    await click(element, button(element, 'Back'));
    expect(root(element).querySelectorAll('input:checked')).toHaveLength(0);
  });

  it('asks and answers in Malay and in Spanish, drafts marked for review, axe clean', async () => {
    for (const [lang, start, who, part, level] of [
      ['ms', 'Mula', 'Saya', 'Bahagian 1 daripada 7', 'Tiada tanda amaran dalam jawapan ini'],
      ['es', 'Empezar', 'Sobre mí', 'Parte 1 de 7', 'Sin señales de alerta en estas respuestas'],
    ] as const) {
      const element = await fixture<IjmIndicatorSelfCheck>('<ijm-indicator-self-check></ijm-indicator-self-check>', {
        lang,
      });
      await ready(element);
      expect(root(element).querySelector('.frame')?.getAttribute('lang')).toBe(lang);
      await click(element, button(element, start));
      const me = [...root(element).querySelectorAll<HTMLButtonElement>('[data-perspective="me"]')][0];
      expect(me?.textContent?.trim()).toBe(who);
      await click(element, me as Element);
      expect(heading(element)).toBe(part);
      await expectNoAxeViolations(element);
      expect(root(element).querySelector('legend')?.textContent).not.toContain('Is your job different');
      element.remove();
      void level;
    }
  });

  it('fits a 320 px wide screen without sideways scrolling, at every step', async () => {
    const element = await fixture<IjmIndicatorSelfCheck>(
      '<ijm-indicator-self-check country="US"></ijm-indicator-self-check>',
      { style: 'inline-size: 320px' },
    );
    const fits = () => element.scrollWidth <= 320 && (root(element).querySelector('.frame')?.scrollWidth ?? 0) <= 320;
    await ready(element);
    expect(fits()).toBe(true);
    await click(element, button(element, 'Start'));
    await click(element, button(element, 'Me'));
    expect(fits()).toBe(true);
    await throughQuestions(element, {}, 'Prefer not to say');
    await click(element, button(element, 'See the result'));
    expect(fits()).toBe(true);
  });

  it('in professional mode, applies the Delphi rule element by element and shows what carried each', async () => {
    const element = await fixture<IjmIndicatorSelfCheck>(
      '<ijm-indicator-self-check mode="professional"></ijm-indicator-self-check>',
    );
    await ready(element);
    await click(element, button(element, 'Start'));
    expect(heading(element)).toBe('Indicator list');
    await expectNoAxeViolations(element);
    const boxes = [...root(element).querySelectorAll<HTMLInputElement>('fieldset.element')];
    expect(boxes.length).toBeGreaterThanOrEqual(5);
    // Every indicator present: every element passes, so recruitment, exploitation and destination all hold.
    for (const label of root(element).querySelectorAll('fieldset.element label')) await click(element, label);
    await click(element, button(element, 'See the outcome'));
    const text = root(element).textContent ?? '';
    expect(text).toContain('The combination rule indicates trafficking');
    expect(text).toContain('Threshold met: 2 strong');
    expect(text).toContain('not a legal determination');
    await expectNoAxeViolations(element);
    await click(element, button(element, 'Back'));
    const children = [...root(element).querySelectorAll('label')].find((l) => l.textContent?.includes('children'));
    await click(element, children as Element);
    expect(root(element).querySelectorAll('fieldset.element input:checked')).toHaveLength(0);
    await click(element, button(element, 'See the outcome'));
    expect(root(element).textContent).toContain('The combination rule does not indicate trafficking');
  });
});

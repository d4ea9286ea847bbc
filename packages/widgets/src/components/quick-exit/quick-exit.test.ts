import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/quick-exit.js';
import { DEFAULT_EXIT_URL, exitUrl } from '../../kit/quick-exit.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { fixture } from '../../test/fixture.js';
import type { IjmQuickExit } from './quick-exit.js';

// Leaving the page for real (location.replace) is tested on the demo site, where a page may go away: here, the test
// page itself would. These tests cover everything up to that moment.

const status = (element: IjmQuickExit) => element.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim();

afterEach(() => vi.restoreAllMocks());

describe('<ijm-quick-exit>', () => {
  it('is a large, labelled button fixed above the page, first to be reached, with no axe violation', async () => {
    const element = await fixture<IjmQuickExit>('<ijm-quick-exit></ijm-quick-exit>');
    const button = element.shadowRoot?.querySelector('button') as HTMLButtonElement;
    expect(button.textContent?.replace(/\s+/g, ' ').trim()).toBe('Exit this page or press Shift 3 times');
    // A close mark beside the words, for a person who does not read the page's language; hidden from screen readers,
    // which hear the words only.
    const mark = button.querySelector('svg');
    expect(mark?.getAttribute('aria-hidden')).toBe('true');
    expect(mark?.getBoundingClientRect().width).toBeGreaterThan(12);
    const box = button.getBoundingClientRect();
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    const style = getComputedStyle(element);
    expect([style.position, style.zIndex]).toEqual(['fixed', '2147483647']);
    // Nothing of the page covers it: the element at its middle is the button itself.
    const hit = element.shadowRoot?.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    expect(button.contains(hit ?? null)).toBe(true);
    await expectNoAxeViolations(element);
  });

  it('sits in the flow with `inline`', async () => {
    const element = await fixture<IjmQuickExit>('<ijm-quick-exit inline></ijm-quick-exit>');
    expect(getComputedStyle(element).position).toBe('static');
  });

  it('counts presses of Shift out loud, and any other key starts the count again', async () => {
    const element = await fixture<IjmQuickExit>('<ijm-quick-exit></ijm-quick-exit>');
    const exit = vi.spyOn(element, 'exit').mockImplementation(() => {});
    await userEvent.keyboard('{Shift}');
    await element.updateComplete;
    expect(status(element)).toBe('Press Shift 2 more times to exit this page');
    await userEvent.keyboard('{Shift}');
    await element.updateComplete;
    expect(status(element)).toBe('Press Shift 1 more time to exit this page');
    await userEvent.keyboard('a');
    await element.updateComplete;
    expect(status(element)).toBe('');
    await userEvent.keyboard('{Shift}{Shift}');
    expect(exit).not.toHaveBeenCalled();
    await userEvent.keyboard('{Shift}');
    expect(exit).toHaveBeenCalledTimes(1);
  });

  it('holding Shift down (typing capitals) is one press, not three', async () => {
    const element = await fixture<IjmQuickExit>('<ijm-quick-exit></ijm-quick-exit>');
    const exit = vi.spyOn(element, 'exit').mockImplementation(() => {});
    await userEvent.keyboard('{Shift>}ABC{/Shift}');
    expect(exit).not.toHaveBeenCalled();
  });

  it('goes only to https: addresses, and warns once about anything else', async () => {
    const element = await fixture<IjmQuickExit>('<ijm-quick-exit></ijm-quick-exit>');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(exitUrl(element, 'https://weather.example/today')).toBe('https://weather.example/today');
    for (const bad of [
      'http://example.org/',
      'javascript:alert(1)',
      'data:text/html,hi',
      '/relative',
      'https://u:p@x.org/',
    ])
      expect(exitUrl(element, bad), bad).toBe(DEFAULT_EXIT_URL);
    expect(exitUrl(element, undefined)).toBe(DEFAULT_EXIT_URL);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('speaks Malay and Spanish', async () => {
    const malay = await fixture<IjmQuickExit>('<ijm-quick-exit lang="ms"></ijm-quick-exit>');
    expect(malay.shadowRoot?.querySelector('button')?.textContent).toContain('Keluar dari halaman ini');
    const spanish = await fixture<IjmQuickExit>('<ijm-quick-exit></ijm-quick-exit>', { lang: 'es' });
    expect(spanish.shadowRoot?.querySelector('button')?.textContent).toContain('Salir de esta página');
  });
});

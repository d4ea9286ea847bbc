// Runs in a page of its own, so that the check's downloads are not already in the module cache when it starts.
import { expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import '../../define/indicator-self-check.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { fixture } from '../../test/fixture.js';
import { button, click, heading, ready, root } from '../../test/self-check.js';
import type { IjmIndicatorSelfCheck } from './indicator-self-check.js';

it('offers a working retry when its texts or helplines cannot be downloaded', async () => {
  await commands.blockRequests('indicator-self-check.helplines');
  try {
    const element = await fixture<IjmIndicatorSelfCheck>('<ijm-indicator-self-check></ijm-indicator-self-check>');
    await expect
      .poll(() => root(element).querySelector('.status')?.textContent?.trim())
      .toBe('The check could not be loaded. Check your connection and try again.');
    await expectNoAxeViolations(element);
    await commands.allowRequests('indicator-self-check.helplines');
    await click(element, button(element, 'Try again'));
    await ready(element);
    await click(element, button(element, 'Start'));
    expect(heading(element)).toBe('Who is this about?');
  } finally {
    await commands.allowRequests('indicator-self-check.helplines');
  }
});

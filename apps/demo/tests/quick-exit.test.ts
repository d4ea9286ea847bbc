import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerExit, EXIT, useDemoSite } from './demo-site.js';

// Leaving for real: the page goes away, so this runs on the demo site in its own tab, not inside a test page. The
// neutral site is answered by the browser itself (no request leaves this machine).

const demo = useDemoSite();

async function openHelpPage(): Promise<{ page: Page; problems: string[]; historyBefore: number }> {
  const page = await demo.browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await answerExit(page);
  // Two pages of history before the help page: the exit must replace the help page, not add to the list.
  await page.goto(`${demo.url}/`);
  await page.goto(`${demo.url}/help.html`);
  await page.waitForFunction(() => customElements.get('ijm-quick-exit') !== undefined);
  await page.locator('ijm-quick-exit button').waitFor();
  const historyBefore = await page.evaluate(() => history.length);
  return { page, problems, historyBefore };
}

describe('quick exit on the demo help page', () => {
  it('is the first thing the keyboard reaches', async () => {
    const { page, problems } = await openHelpPage();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('ijm-quick-exit');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the button hides the page at once and replaces it in history: Back goes to the page before', async () => {
    const { page, problems, historyBefore } = await openHelpPage();
    // What the help page looked like once the press took effect, reported before the neutral site replaces it.
    const seen: string[][] = [];
    await page.exposeFunction('reportLeaving', (visibility: string, title: string) => seen.push([visibility, title]));
    await page.evaluate(() => {
      const report = () =>
        (window as unknown as { reportLeaving: (v: string, t: string) => void }).reportLeaving(
          getComputedStyle(document.documentElement).visibility,
          document.title,
        );
      new MutationObserver(report).observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
    });
    const navigated = page.waitForURL(EXIT);
    // A real click at the button's middle; the locator's click would also wait for the navigation it starts.
    const box = await page.locator('ijm-quick-exit button').boundingBox();
    if (box === null) throw new Error('no quick exit button');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await navigated;
    expect(seen[0]).toEqual(['hidden', '']);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await page.goBack();
    expect(page.url()).toBe(`${demo.url}/`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('pressing Shift three times leaves too, from anywhere on the page', async () => {
    const { page, historyBefore } = await openHelpPage();
    await page.locator('h1').click();
    const navigated = page.waitForURL(EXIT);
    for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
    await navigated;
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await page.close();
  });

  it('Shift twice, then another key, does not leave', async () => {
    const { page } = await openHelpPage();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${demo.url}/help.html`);
    await page.close();
  });
});

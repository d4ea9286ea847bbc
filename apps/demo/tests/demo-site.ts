import { launchChromium } from '@ijm/browser-testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startSite } from '../site.mjs';

/** Where every quick exit here goes; the browser answers it itself, so no request leaves this machine. */
export const EXIT = 'https://www.google.com/';

/** Starts the demo site and Chromium for this test file, and stops both after it. */
export function useDemoSite(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let site: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    site = await startSite();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      if (browser === undefined) throw new Error('useDemoSite: the browser starts in beforeAll');
      return browser;
    },
    get url() {
      if (site === undefined) throw new Error('useDemoSite: the site starts in beforeAll');
      return site.url;
    },
  };
}

/** Makes the neutral exit site answer from the browser, with an empty page. */
export async function answerExit(page: Page): Promise<void> {
  await page.route(`${EXIT}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Search</title>' }),
  );
}

/**
 * Records what a person should never meet on a page: page errors, console errors and Content-Security-Policy
 * violations (reported to the console by a listener added before any script of the page runs). Call before `goto`.
 */
export async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

/** The focused element, looked for through open shadow roots: its tag, name and label text. */
export function deepFocus(page: Page): Promise<{ tag: string; name: string | null; label: string }> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const labels = (element as HTMLInputElement | null)?.labels;
    return {
      tag: element?.localName ?? '',
      name: element?.getAttribute('name') ?? null,
      label: [...(labels ?? [])].map((label) => label.textContent ?? '').join(' ') || (element?.textContent ?? ''),
    };
  });
}

/** Presses Tab, as a keyboard user does, until the focused control's label contains `text`; fails after `max`. */
export async function tabTo(page: Page, text: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await deepFocus(page);
    if (focused.label.replace(/\s+/g, ' ').includes(text)) return;
  }
  throw new Error(`Tab never reached a control labelled "${text}" in ${max} presses`);
}

/**
 * Scrolls through the page a viewport at a time and back to the top, as a reader does, so that every widget the
 * loader defines on approach is defined; then waits until each has rendered.
 */
export async function scrollThrough(page: Page): Promise<void> {
  const { end, step } = await page.evaluate(() => ({
    end: document.documentElement.scrollHeight,
    step: window.innerHeight,
  }));
  for (let top = 0; top < end; top += step) {
    await page.evaluate((y) => scrollTo(0, y), top);
    await page.waitForTimeout(100);
  }
  await widgetsRendered(page);
  await page.evaluate(() => scrollTo(0, 0));
}

/** Waits until every `ijm-*` element in the page is defined and has rendered into its shadow root. */
export async function widgetsRendered(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('ijm-'))
      .every((element) => element.shadowRoot !== null && element.shadowRoot.childElementCount > 0),
  );
}

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

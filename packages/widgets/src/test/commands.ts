// Browser commands run in Node with Playwright's page and context; tests call them through `commands` from
// `vitest/browser`.
import type {} from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';

interface PlaywrightContext {
  context: { setOffline(offline: boolean): Promise<void> };
}

function playwrightContext(context: unknown): PlaywrightContext['context'] {
  const { context: browserContext } = context as Partial<PlaywrightContext>;
  if (browserContext === undefined) throw new Error('this command needs the Playwright provider');
  return browserContext;
}

/**
 * Takes the browser off the network for `durationMs`, starting `delayMs` from now, and returns at once: the test's own
 * connection to vitest is cut while offline too, so the test must not call a command (or await the server) until the
 * network is back. `navigator.onLine` and the `offline`/`online` events follow, as for a person whose Wi-Fi drops.
 */
export const goOffline: BrowserCommand<[delayMs: number, durationMs: number]> = (context, delayMs, durationMs) => {
  const browserContext = playwrightContext(context);
  setTimeout(() => {
    void browserContext.setOffline(true).then(() => {
      setTimeout(() => void browserContext.setOffline(false), durationMs);
    });
  }, delayMs);
};

/**
 * Clicks as a person does, with real pointer events at the middle of the element (CSS selector; open shadow roots are
 * pierced): move, press, hold for a tenth of a second, release. Whatever the press re-renders (a blur) has happened by
 * the release, so a control that moves under the pointer is not clicked, exactly as for a person.
 */
export const pointerClick: BrowserCommand<[selector: string]> = async ({ page, iframe }, selector) => {
  const target = iframe.locator(selector);
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (box === null) throw new Error(`${selector} is not visible`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.down();
  await page.waitForTimeout(100);
  await page.mouse.up();
};

/** Types text with real key events into whatever has focus. */
export const typeText: BrowserCommand<[text: string]> = async ({ page }, text) => {
  await page.keyboard.type(text, { delay: 2 });
};

/** Presses one key (`Enter`, `Tab`, `ArrowDown`…) with real key events. */
export const pressKey: BrowserCommand<[key: string]> = async ({ page }, key) => {
  await page.keyboard.press(key);
};

/** Pastes text into whatever has focus, as the browser's paste does (one insertion, limits applied). */
export const pasteText: BrowserCommand<[text: string]> = async ({ page }, text) => {
  await page.keyboard.insertText(text);
};

const blocked = new Map<string, (url: URL) => boolean>();

/**
 * Makes every request whose URL contains `part` fail as a network error (a chunk that does not arrive: a CDN hiccup,
 * a connection lost after the page loaded), until `allowRequests` with the same `part`.
 */
export const blockRequests: BrowserCommand<[part: string]> = async ({ page }, part) => {
  const matches = (url: URL) => url.href.includes(part);
  blocked.set(part, matches);
  await page.route(matches, (route) => route.abort('internetdisconnected'));
};

/** Undoes `blockRequests` for `part`. */
export const allowRequests: BrowserCommand<[part: string]> = async ({ page }, part) => {
  const matches = blocked.get(part);
  blocked.delete(part);
  if (matches !== undefined) await page.unroute(matches);
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    goOffline: (delayMs: number, durationMs: number) => Promise<void>;
    pointerClick: (selector: string) => Promise<void>;
    typeText: (text: string) => Promise<void>;
    pressKey: (key: string) => Promise<void>;
    pasteText: (text: string) => Promise<void>;
    blockRequests: (part: string) => Promise<void>;
    allowRequests: (part: string) => Promise<void>;
  }
}

// Browser commands run in Node with Playwright's page and context; tests call them through `commands` from
// `vitest/browser`.
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

declare module 'vitest/browser' {
  interface BrowserCommands {
    goOffline: (delayMs: number, durationMs: number) => Promise<void>;
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where a quick exit goes unless the host says otherwise: a neutral, widely used page that draws no attention in a
 * browser's history or on a shared screen.
 */
export const DEFAULT_EXIT_URL = 'https://www.google.com/';

/** How many presses of Shift, each within this long of the first, leave the page. */
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 2000;

const warned = new WeakSet<HTMLElement>();

/** The exit address to use: the host's if it is `https:`, else the default, with one console warning per element. */
export function exitUrl(host: HTMLElement, given: unknown): string {
  if (given === undefined || given === null || given === '') return DEFAULT_EXIT_URL;
  try {
    const url = new URL(String(given));
    if (url.protocol === 'https:' && url.username === '' && url.password === '') return url.href;
  } catch {
    // Reported below.
  }
  if (!warned.has(host)) {
    warned.add(host);
    console.warn(`<${host.localName}>: exit-url must be an https: address; leaving to ${DEFAULT_EXIT_URL} instead.`);
  }
  return DEFAULT_EXIT_URL;
}

/**
 * Leaves the page at once, for a person who may be watched: hides everything (the page, its title), then replaces the
 * current history entry with `url`, so that Back does not return here. Listeners of `ijm-quick-exit` (dispatched first,
 * synchronously, from `host`) clear what they hold.
 */
export function quickExit(host: HTMLElement, url: string): void {
  host.dispatchEvent(new CustomEvent('ijm-quick-exit', { bubbles: true, composed: true }));
  // CSSOM, not a style attribute: a strict Content-Security-Policy allows this.
  document.documentElement.style.setProperty('visibility', 'hidden', 'important');
  document.title = '';
  location.replace(url);
}

/**
 * Watches for Shift pressed three times in a row within two seconds (any other key starts the count again), and calls
 * `onExit`. Escape is deliberately not used: it stops page loads and closes dialogs, so people press it for other
 * reasons. `onCount` hears each press, so the element can say how many more leave the page.
 */
export class ShiftExitController implements ReactiveController {
  #presses: number[] = [];

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly onExit: () => void,
    private readonly onCount: (pressed: number) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('keydown', this.#onKey, { capture: true });
  }

  hostDisconnected(): void {
    removeEventListener('keydown', this.#onKey, { capture: true });
  }

  #onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Shift') {
      if (this.#presses.length > 0) {
        this.#presses = [];
        this.onCount(0);
      }
      return;
    }
    if (event.repeat) return;
    const now = event.timeStamp;
    this.#presses = [...this.#presses.filter((at) => now - at < SHIFT_WINDOW_MS), now];
    if (this.#presses.length >= SHIFT_PRESSES) {
      this.#presses = [];
      this.onExit();
    } else this.onCount(this.#presses.length);
  };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ijm-quick-exit': CustomEvent<undefined>;
  }
}

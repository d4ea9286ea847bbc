import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { iconClose } from '../icons/close.js';
import { renderIcon } from './icon.js';

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

/**
 * The exit button of `<ijm-quick-exit>` and of the self-check: a close mark and the label on one line, the hint under
 * them. `part` keeps each element's documented part name.
 */
export function exitButton(part: string, label: string, hint: string, onExit: () => void): TemplateResult {
  return html`<button part=${part} class="exit" type="button" @click=${onExit}>
    <span class="label">${renderIcon(iconClose)}${label}</span>
    <span class="hint">${hint}</span>
  </button>`;
}

/**
 * A target well over 44 CSS px, in colours that meet WCAG 2.2 AA in light and dark schemes. Hooks:
 * `--ijm-quick-exit-background`, `--ijm-quick-exit-color`.
 */
export const exitButtonStyles = css`
  .exit{font:inherit;font-weight:700;display:grid;justify-items:center;gap:0.125rem;min-block-size:3rem;min-inline-size:3rem;padding:var(--_ijm-space-2) var(--_ijm-space-4);border:2px solid transparent;border-radius:var(--_ijm-radius);background:var(--ijm-quick-exit-background,light-dark(#8a1c14,#ffb4ab));color:var(--ijm-quick-exit-color,light-dark(#ffffff,#2b0000));cursor:pointer;box-shadow:0 2px 6px rgb(0 0 0 / 0.35);}
  .exit .label{display:inline-flex;align-items:center;gap:0.375em;}
  .exit svg{inline-size:1.25em;block-size:1.25em;flex:none;}
  .exit .hint{font-size:0.8125em;font-weight:400;}
`;

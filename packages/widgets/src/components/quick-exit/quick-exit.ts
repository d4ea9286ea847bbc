import { html, LitElement } from 'lit';
import { LocalizeController } from '../../kit/localize.js';
import {
  exitButton,
  exitButtonStyles,
  exitUrl,
  quickExit,
  SHIFT_PRESSES,
  ShiftExitController,
} from '../../kit/quick-exit.js';
import { hostStyles } from '../../kit/tokens.js';
import { type QuickExitMessages, quickExitCatalogs } from './quick-exit.messages.js';
import { quickExitStyles } from './quick-exit.styles.js';

/**
 * @summary A button that leaves the page at once, for a person who may be watched: it hides the page and replaces it
 * in the browser's history with a neutral site, so that Back does not return. Pressing Shift three times does the same
 * from anywhere on the page.
 * @tag ijm-quick-exit
 * @since 0.2.0
 *
 * @attr exit-url - Where to go: an `https:` address (default `https://www.google.com/`).
 * @attr inline - In the flow of the page instead of fixed at the top corner of the window.
 *
 * @event ijm-quick-exit - Dispatched, before leaving, on the element (bubbling, composed): clear anything the page holds.
 *
 * @csspart button - The exit button.
 *
 * @cssprop --ijm-quick-exit-background - Background of the button (default a deep red; light red in dark schemes).
 * @cssprop --ijm-quick-exit-color - Text colour of the button.
 * @cssprop --ijm-quick-exit-inset - Distance from the window's top and inline-end edges (default 0.75rem).
 */
export class IjmQuickExit extends LitElement {
  static override styles = [hostStyles, exitButtonStyles, quickExitStyles];

  static override properties = {
    exitUrl: { attribute: 'exit-url' },
    inline: { type: Boolean, reflect: true },
    messages: { attribute: false },
    pressed: { state: true },
  };

  /** Where to go: an `https:` address; anything else falls back to the default, with a console warning. */
  exitUrl: string | undefined;
  /** In the flow of the page instead of fixed at the top corner of the window. */
  inline = false;
  /** Messages to use instead of the built-in ones, by key (`label`, `hint`, `pressesLeft`). */
  messages: Partial<QuickExitMessages> | undefined;
  /** Presses of Shift so far, for the polite count. */
  declare pressed: number;

  readonly #localize = new LocalizeController<QuickExitMessages>(this, quickExitCatalogs);

  constructor() {
    super();
    this.pressed = 0;
    new ShiftExitController(
      this,
      () => this.exit(),
      (pressed) => {
        this.pressed = pressed;
      },
    );
  }

  /** Leaves the page now, as the button and Shift ×3 do. */
  exit(): void {
    quickExit(this, exitUrl(this, this.exitUrl));
  }

  override render() {
    const left = SHIFT_PRESSES - this.pressed;
    return html`${exitButton('button', this.#localize.term('label'), this.#localize.term('hint'), () => this.exit())}
      <p class="visually-hidden" role="status">${this.pressed > 0 ? this.#localize.term('pressesLeft', left) : ''}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ijm-quick-exit': IjmQuickExit;
  }
  // Here, beside the element, so the published types carry it (the self-check dispatches it too).
  interface GlobalEventHandlersEventMap {
    'ijm-quick-exit': CustomEvent<undefined>;
  }
}

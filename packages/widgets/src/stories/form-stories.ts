import type { StoryObj } from '@storybook/web-components-vite';
import type { FormController } from '../kit/form/controller.js';

// The states every form's stories show, driven through the element's public API as a page or a person would.
// Each form's stories module names its element and how to fill it, then re-exports these states.

/** What the stories use of a form element (every `IjmFormElement` has it). */
type AnyForm = HTMLElement & {
  readonly form: Pick<FormController<never>, 'ready' | 'set' | 'state'>;
  retryBaseMs: number | undefined;
  readonly updateComplete: Promise<boolean>;
};

export interface FormStoryKit<E extends AnyForm> {
  /** Creates the element with attributes and, once its contract is loaded, does `then` to it. */
  drive(attributes?: Record<string, string>, then?: (element: E) => Promise<void> | void): E;
  /** Presses the submit button. */
  press(element: E): void;
  /** The states shared by every form: submitting, success, network failure, offline. */
  states: Record<'Submitting' | 'Success' | 'NetworkFailure' | 'Offline', StoryObj>;
}

export function formStories<E extends AnyForm>(tag: string, fillValid: (element: E) => void): FormStoryKit<E> {
  function drive(attributes: Record<string, string> = {}, then: (element: E) => Promise<void> | void = () => {}): E {
    const element = document.createElement(tag) as E;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    void element.updateComplete.then(() => element.form.ready()).then(() => then(element));
    return element;
  }

  function press(element: E): void {
    element.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]')?.click();
  }

  function submitWith(respond: () => Promise<unknown>): StoryObj {
    return {
      render: () =>
        drive({}, (element) => {
          element.addEventListener('ijm-submit', (event) => event.detail.respondWith(respond()));
          fillValid(element);
          press(element);
        }),
    };
  }

  return {
    drive,
    press,
    states: {
      // A host that never answers keeps the form sending.
      Submitting: submitWith(() => new Promise(() => {})),
      Success: submitWith(() => Promise.resolve()),
      NetworkFailure: {
        // Nothing listens on port 9: every attempt is refused, and after three the form says so.
        render: () =>
          drive({ endpoint: 'http://127.0.0.1:9/intake' }, (element) => {
            element.retryBaseMs = 50;
            fillValid(element);
            press(element);
          }),
      },
      Offline: {
        // What the form shows while the browser reports no network and it waits for `online`: the page reports
        // offline for as long as the form takes to notice, then its own value comes back.
        render: () =>
          drive({ endpoint: 'http://127.0.0.1:9/intake' }, async (element) => {
            fillValid(element);
            Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
            press(element);
            while (element.form.state !== 'offline') await new Promise((resolve) => setTimeout(resolve, 10));
            Reflect.deleteProperty(navigator, 'onLine');
          }),
      },
    },
  };
}

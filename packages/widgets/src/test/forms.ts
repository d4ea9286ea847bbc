import { expect, vi } from 'vitest';
import type { FormState } from '../kit/form/model.js';

/** The parts of a form element the helpers use; every form widget has them. */
export interface FormElement extends HTMLElement {
  readonly form: { state: FormState; ready(): Promise<unknown>; readonly errors: ReadonlyMap<string, string> };
  readonly updateComplete: Promise<boolean>;
  retryBaseMs: number | undefined;
  timeout: number;
}

/** An element inside the form's shadow root, or a test failure. */
export function inside<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (found == null) throw new Error(`no ${selector} in <${element.localName}>`);
  return found;
}

export const control = <T extends Element = HTMLInputElement>(element: Element, name: string) =>
  inside<T>(element, `[name="${name}"]`);

/** Sets a control's value as typing would (an `input` or `change` event), then leaves it (a `blur`). */
export async function setField(element: FormElement, name: string, value: string | boolean): Promise<void> {
  const input = control(element, name);
  input.focus();
  if (typeof value === 'boolean') {
    input.checked = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    if (input.localName === 'select' && value !== '') {
      // Long option lists (countries) arrive once the page is idle after the contract: wait for the option.
      const select = input as unknown as HTMLSelectElement;
      await vi.waitFor(() => expect([...select.options].some((option) => option.value === value)).toBe(true));
    }
    input.value = value;
    input.dispatchEvent(new Event(input.localName === 'select' ? 'change' : 'input', { bubbles: true }));
  }
  input.dispatchEvent(new FocusEvent('blur'));
  await element.updateComplete;
}

/** Fills several fields, after the form's contract has loaded. */
export async function fillForm(element: FormElement, values: Record<string, string | boolean>): Promise<void> {
  await element.form.ready();
  for (const [name, value] of Object.entries(values)) await setField(element, name, value);
}

/** Presses the submit button. */
export function submit(element: Element): void {
  inside<HTMLButtonElement>(element, '[part="button"]').click();
}

/** Waits until the form reaches a state. */
export async function waitForState(element: FormElement, state: FormState, timeout = 8000): Promise<void> {
  await vi.waitFor(() => expect(element.form.state).toBe(state), { timeout, interval: 20 });
  await element.updateComplete;
}

/** The status region's text. */
export const statusText = (element: Element) => inside(element, '[part="status"]').textContent?.trim() ?? '';

/** The text of the inline error for a field, or `undefined`. */
export function inlineError(element: Element, name: string): string | undefined {
  return element.shadowRoot?.querySelector(`#f-${name}-error`)?.textContent?.replace(/\s+/g, ' ').trim();
}

/** Every event of a type the element dispatches, as seen from the document. */
export function recordEvents<K extends keyof GlobalEventHandlersEventMap>(type: K): GlobalEventHandlersEventMap[K][] {
  const events: GlobalEventHandlersEventMap[K][] = [];
  document.addEventListener(type, (event) => events.push(event));
  return events;
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

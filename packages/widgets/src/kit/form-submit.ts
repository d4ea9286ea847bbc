import { type FieldError, issuesToFieldErrors } from '@ijm/core/forms';
import type { CONSENT_FIELD as ConsentField, FormContract, FormController, SubmitContext } from './form-controller.js';

// A type-checked copy, so that this lazily loaded module imports nothing at run time from the first-paint bundle.
const CONSENT_FIELD: typeof ConsentField = 'consent';

/** The form's data as the schema receives it: shown fields only, empty strings left out, numbers as numbers. */
export function rawData(form: FormController): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const { name, kind } of form.fields()) {
    const value = form.values.get(name);
    if (kind === 'checkbox') data[name] = value === true;
    else if (typeof value === 'string' && value.trim() !== '') data[name] = kind === 'number' ? Number(value) : value;
  }
  return data;
}

/**
 * The normalised data, and every field's first error (the consent checkbox last), as the core schema reports them. A
 * field the host made required (the schema allows it to be left out) is required here too.
 */
export function check(form: FormController, contract: FormContract): { data: unknown; errors: FieldError[] } {
  const raw = rawData(form);
  const result = contract.schema.safeParse(raw);
  const errors = result.success ? [] : issuesToFieldErrors(result.error.issues);
  for (const { name, optional, kind } of form.fields())
    if (!optional && kind !== 'checkbox' && raw[name] === undefined && !errors.some(({ field }) => field === name))
      errors.push({ field: name, key: 'required' });
  if (!form.checked(CONSENT_FIELD)) errors.push({ field: CONSENT_FIELD, key: 'consentRequired' });
  return { data: result.success ? result.data : undefined, errors };
}

let pressed = false;
const onRelease: (() => void)[] = [];

function trackPointer(event: PointerEvent): void {
  pressed = event.type === 'pointerdown';
  if (pressed) return;
  // After the release's click, which the browser dispatches in the same task.
  for (const resolve of onRelease.splice(0)) setTimeout(resolve);
}

let watching = false;

/** From the first error shown on: whether a pointer is pressed, seen before any element handles the press. */
function watchPointer(): void {
  if (watching) return;
  watching = true;
  for (const type of ['pointerdown', 'pointerup', 'pointercancel'] as const)
    addEventListener(type, trackPointer, { capture: true, passive: true });
}

/**
 * Checks one field that has an error line (on blur, or when the consent box is ticked): the line updates, or hides
 * once the field is fixed, never shrinking. The summary stays as the last submit left it. A field left by pressing on
 * another control is checked once that click is delivered: a new, longer message would otherwise move the control
 * between press and release, and the click would be lost.
 */
export async function validateField(form: FormController, contract: FormContract, name: string): Promise<void> {
  if (pressed) await new Promise((resolve) => onRelease.push(() => resolve(undefined)));
  const shown = form.errorLines.get(name);
  if (shown === undefined) return;
  form.errors.delete(name);
  for (const { field, key } of check(form, contract).errors)
    if (field === name) {
      form.errors.set(name, key);
      form.errorLines.set(name, [...shown.filter((earlier) => earlier !== key), key]);
    }
  form.host.requestUpdate();
}

/**
 * Shows errors on their fields and in the summary, in field order, and asks for focus on the summary. Errors the
 * person cannot fix on a field (a server naming fields this form does not have) make one general line, however many.
 */
export function showErrors(form: FormController, errors: readonly FieldError[], source: 'client' | 'server'): void {
  const order = [...form.fields().map((field) => field.name), CONSENT_FIELD];
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  form.errors.clear();
  let unknownShown = false;
  for (const { field, key } of errors) {
    if (form.errors.has(field)) continue;
    if (!order.includes(field)) {
      if (unknownShown) continue;
      unknownShown = true;
    }
    form.errors.set(field, key);
  }
  form.errorLines.clear();
  for (const [field, key] of form.errors) form.errorLines.set(field, [key]);
  watchPointer();
  form.summary = [...form.errors.keys()].sort((a, b) => rank(a) - rank(b));
  form.focusTarget = 'summary';
  form.finish('idle');
  form.emit('ijm-invalid', { formId: form.formId, outcome: 'invalid', source, errors });
}

let sender: Promise<typeof import('./form-send.js')> | undefined;

/**
 * Loads the sending half (envelope, events, transport and retries): a form validates without it, so it is not part of
 * what a form downloads before it can validate. The contract asks for it once the page is idle, so it is normally
 * there before anyone presses submit. A failed load is tried again on the next call.
 */
export function loadSender(): Promise<typeof import('./form-send.js')> {
  sender ??= import('./form-send.js').catch((error: unknown) => {
    sender = undefined;
    throw error;
  });
  return sender;
}

/**
 * Checks and sends a form: shows the errors, or hands the checked data to `kit/form-send.ts`, which builds the envelope,
 * lets the host take it (`ijm-submit` with `respondWith`) or POSTs it to the endpoint, and turns every outcome into the
 * controller's state. Loaded with the contract; called by `FormController.submit`, which has already marked the form
 * as submitting.
 */
export async function submitForm(form: FormController, contract: FormContract, context: SubmitContext): Promise<void> {
  const { data, errors } = check(form, contract);
  if (errors.length > 0) {
    showErrors(form, errors, 'client');
    return;
  }
  form.errors.clear();
  form.errorLines.clear();
  form.summary = [];
  let send: typeof import('./form-send.js') | undefined;
  while (send === undefined) {
    try {
      send = await loadSender();
    } catch {
      // Offline before the sending half arrived: wait for the network, as the transport itself does, rather than fail.
      if (navigator.onLine !== false) {
        form.fail('network');
        return;
      }
      form.finish('offline');
      await new Promise((resolve) => addEventListener('online', resolve, { once: true }));
      if (!form.host.isConnected) {
        form.finish('idle');
        return;
      }
      form.finish('submitting');
    }
  }
  await send.sendForm(form, context, data);
}

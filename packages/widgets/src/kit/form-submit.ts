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

/** The normalised data, and every field's first error (the consent checkbox last), as the core schema reports them. */
export function check(form: FormController, contract: FormContract): { data: unknown; errors: FieldError[] } {
  const result = contract.schema.safeParse(rawData(form));
  const errors = result.success ? [] : issuesToFieldErrors(result.error.issues);
  if (!form.checked(CONSENT_FIELD)) errors.push({ field: CONSENT_FIELD, key: 'consentRequired' });
  return { data: result.success ? result.data : undefined, errors };
}

/** Validates one field (on blur, or when the consent box is ticked) and drops it from the summary once it is fixed. */
export function validateField(form: FormController, contract: FormContract, name: string): void {
  form.errors.delete(name);
  for (const error of check(form, contract).errors) if (error.field === name) form.errors.set(name, error.key);
  form.summary = form.summary.filter((field) => form.errors.has(field));
  form.host.requestUpdate();
}

/** Shows errors on their fields and in the summary, in field order, and asks for focus on the summary. */
export function showErrors(form: FormController, errors: readonly FieldError[], source: 'client' | 'server'): void {
  const order = [...form.fields().map((field) => field.name), CONSENT_FIELD];
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  form.errors.clear();
  for (const error of errors) if (!form.errors.has(error.field)) form.errors.set(error.field, error.key);
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

import { type FieldError, issuesToFieldErrors } from '@ijm/core/forms';
import type { CONSENT_FIELD as ConsentField, DataSchema, FormSnapshot } from './model.js';

/**
 * The consent checkbox's name, checked against the model's by its type: a runtime import would put the model's two
 * constants in a chunk of their own, one more download before a form can validate.
 */
export const CONSENT_FIELD: typeof ConsentField = 'consent';

/** The form's data as the schema receives it: shown fields only, empty strings left out, numbers as numbers. */
export function rawData(form: FormSnapshot): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const { name, kind } of form.fields()) {
    if (kind === 'checkbox') data[name] = form.checked(name);
    else {
      const value = form.value(name);
      if (value.trim() !== '') data[name] = kind === 'number' ? Number(value) : value;
    }
  }
  return data;
}

/**
 * The data as the core schema normalises it, and every field's first error (the consent checkbox last). A field the
 * host made required (the schema allows it to be left out) is required here too.
 */
export function check(form: FormSnapshot, schema: DataSchema): { data: unknown; errors: FieldError[] } {
  const raw = rawData(form);
  const result = schema.safeParse(raw);
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

// Seen at the window, in the capture phase, before any element (or the page) handles the press. Loaded with the
// contract, before any error exists that a blur could change.
for (const type of ['pointerdown', 'pointerup', 'pointercancel'] as const)
  addEventListener(type, trackPointer, { capture: true, passive: true });

/** Resolves at once, or while a pointer is pressed, once it is released and its click delivered. */
export function pointerReleased(): Promise<void> {
  return pressed ? new Promise((resolve) => onRelease.push(() => resolve())) : Promise.resolve();
}

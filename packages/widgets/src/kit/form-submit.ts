import {
  createIdempotencyKey,
  FIELD_LIMITS,
  type FieldError,
  FORM_CONTRACT_VERSION,
  issuesToFieldErrors,
  type SubmissionEnvelope,
  validationErrorBody,
} from '@ijm/core/forms';
import type { CONSENT_FIELD as ConsentField, FormContract, FormController, SubmitContext } from './form-controller.js';
import { postEnvelope } from './transport.js';

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

function succeed(form: FormController, status?: number): void {
  form.focusTarget = 'success';
  form.finish('success');
  form.emit('ijm-success', { formId: form.formId, outcome: 'success', ...(status === undefined ? {} : { status }) });
}

/**
 * Checks and sends a form: builds the envelope, lets the host take it (`ijm-submit` with `respondWith`) or POSTs it to
 * the endpoint, and turns every outcome into the controller's state. Loaded with the contract; called by
 * `FormController.submit`, which has already marked the form as submitting.
 */
export async function submitForm(form: FormController, contract: FormContract, context: SubmitContext): Promise<void> {
  const { host, formId } = form;
  const { data, errors } = check(form, contract);
  if (errors.length > 0) {
    showErrors(form, errors, 'client');
    return;
  }
  form.errors.clear();
  form.summary = [];

  const consent = { ...context.consent, given: true, at: form.consentAt ?? new Date().toISOString() };
  if (consent.text.length > FIELD_LIMITS.consentText || consent.version.length > FIELD_LIMITS.consentVersion) {
    console.error(
      `<${host.localName}>: consent-text may have ${FIELD_LIMITS.consentText} characters and consent-version ${FIELD_LIMITS.consentVersion}.`,
    );
    form.fail('config');
    return;
  }
  // Same content, same key: a retry after a lost answer cannot be stored twice. New content, new key.
  const fingerprint = JSON.stringify([data, consent.text, consent.version]);
  if (form.idempotency?.fingerprint !== fingerprint) form.idempotency = { fingerprint, key: createIdempotencyKey() };
  const envelope = {
    formId,
    contractVersion: FORM_CONTRACT_VERSION,
    idempotencyKey: form.idempotency.key,
    submittedAt: new Date().toISOString(),
    locale: context.locale,
    // Origin and path only: a query string or fragment can carry personal data.
    page: { origin: location.origin, path: location.pathname },
    consent,
    honeypot: form.honeypot,
    elapsedMs: Math.round(performance.now() - (form.renderedAt ?? performance.now())),
    data,
  } as SubmissionEnvelope;

  let hostPromise: Promise<unknown> | undefined;
  const proceed = form.emit(
    'ijm-submit',
    {
      formId,
      data: envelope.data,
      envelope,
      respondWith: (promise) => {
        hostPromise = promise;
      },
    },
    true,
  );
  if (hostPromise !== undefined) {
    try {
      await hostPromise;
      succeed(form);
    } catch (reason) {
      const body = validationErrorBody.safeParse(reason);
      if (body.success) showErrors(form, body.data.errors, 'server');
      else form.fail('host');
    }
    return;
  }
  if (!proceed) {
    form.finish('idle');
    return;
  }
  const { endpoint, endpointText } = context;
  if (endpoint === undefined) {
    console.error(
      `<${host.localName}> cannot send: ${
        endpointText === undefined
          ? 'it has no endpoint and no ijm-submit listener called respondWith().'
          : `its endpoint "${endpointText}" is not https: (http: only for localhost).`
      }`,
    );
    form.fail('config');
    return;
  }
  const abort = new AbortController();
  form.abort = abort;
  const result = await postEnvelope(endpoint.href, envelope, {
    timeoutMs: context.timeoutMs,
    signal: abort.signal,
    ...(context.retryBaseMs === undefined ? {} : { retryBaseMs: context.retryBaseMs }),
    onWait: (kind) => form.finish(kind === 'offline' ? 'offline' : 'waiting'),
  });
  if (result.ok) succeed(form, result.status);
  else if (result.reason === 'aborted') form.finish('idle');
  else if (result.reason === 'validation' && result.errors !== undefined) showErrors(form, result.errors, 'server');
  else form.fail(result.reason, result.status);
}

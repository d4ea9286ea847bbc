import {
  createIdempotencyKey,
  FIELD_LIMITS,
  FORM_CONTRACT_VERSION,
  type SubmissionEnvelope,
  validationErrorBody,
} from '@ijm/core/forms';
import type { FormController, SubmitContext } from './form-controller.js';
import { showErrors } from './form-submit.js';
import { postEnvelope } from './transport.js';

function succeed(form: FormController, status?: number): void {
  form.focusTarget = 'success';
  form.finish('success');
  form.emit('ijm-success', { formId: form.formId, outcome: 'success', ...(status === undefined ? {} : { status }) });
}

/**
 * Sends data the contract has checked: builds the envelope, lets the host take it (`ijm-submit` with `respondWith`) or
 * POSTs it to the endpoint, and turns every outcome into the controller's state. Loaded on demand by
 * `kit/form-submit.ts`, so that a form can validate before this and the transport arrive.
 */
export async function sendForm(form: FormController, context: SubmitContext, data: unknown): Promise<void> {
  const { host, formId } = form;
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

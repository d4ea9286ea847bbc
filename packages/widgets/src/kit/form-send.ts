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

const warnedTimeouts = new WeakSet<HTMLElement>();

/**
 * The `timeout` to use: milliseconds from 1 s to 2 min. Anything else (`""`, `0`, `abc`, which the attribute turns into
 * 0 or NaN) would abort every attempt at once while the server still received it, so it falls back to 10 s, and a
 * value out of range is brought into it, each with one warning per element.
 */
function timeoutMs(host: HTMLElement, timeout: unknown): number {
  const usable = typeof timeout === 'number' && timeout > 0;
  const ms = usable ? Math.min(120_000, Math.max(1000, timeout)) : 10_000;
  if (ms !== timeout && !warnedTimeouts.has(host)) {
    warnedTimeouts.add(host);
    console.warn(`<${host.localName}>: timeout "${String(timeout)}" is not 1000 to 120000 milliseconds; using ${ms}.`);
  }
  return ms;
}

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
    timeoutMs: timeoutMs(host, context.timeout),
    signal: abort.signal,
    ...(context.retryBaseMs === undefined ? {} : { retryBaseMs: context.retryBaseMs }),
    onWait: (kind) => form.finish(kind === 'offline' ? 'offline' : 'waiting'),
  });
  if (!result.ok && result.problem !== undefined)
    console.error(
      `<${host.localName}>: the endpoint "${endpoint.origin}${endpoint.pathname}" ${
        result.problem === 'redirect'
          ? `answered with a redirect; forms never follow one, so that a submission cannot be carried to an address nobody checked. Point endpoint at the final address.`
          : `answered ${result.status} without a submission receipt ({"status":"accepted"}); it is probably not an intake service.`
      }`,
    );
  if (result.ok) succeed(form, result.status);
  else if (result.reason === 'aborted') form.finish('idle');
  else if (result.reason === 'validation' && result.errors !== undefined) showErrors(form, result.errors, 'server');
  else form.fail(result.reason, result.status);
}

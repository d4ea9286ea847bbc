// The sending half of a form, loaded when the page is idle after the contract: it builds the envelope, lets the host
// take it (`ijm-submit` with `respondWith`) or POSTs it, and returns what happened. It changes no state: the controller
// applies the outcome. Messages for the developer go to the console.
import {
  createIdempotencyKey,
  FIELD_LIMITS,
  FORM_CONTRACT_VERSION,
  type SubmissionEnvelope,
  validationErrorBody,
} from '@ijm/core/forms';
import { postEnvelope } from '../transport.js';
import type { SendHooks, SendOutcome, SendRequest } from './model.js';

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

/** Sends data the contract has checked, and says how it went. */
export async function send(request: SendRequest, hooks: SendHooks): Promise<SendOutcome> {
  const { host, formId, context, data } = request;
  const consent = { ...context.consent, given: true, at: request.consentAt ?? new Date().toISOString() };
  if (consent.text.length > FIELD_LIMITS.consentText || consent.version.length > FIELD_LIMITS.consentVersion) {
    console.error(
      `<${host.localName}>: consent-text may have ${FIELD_LIMITS.consentText} characters and consent-version ${FIELD_LIMITS.consentVersion}.`,
    );
    return { kind: 'failed', reason: 'config' };
  }
  // Same content, same key: a retry after a lost answer cannot be stored twice. New content, new key.
  const fingerprint = JSON.stringify([data, consent.text, consent.version]);
  const idempotency =
    request.idempotency?.fingerprint === fingerprint
      ? request.idempotency
      : { fingerprint, key: createIdempotencyKey() };
  const envelope = {
    formId,
    contractVersion: FORM_CONTRACT_VERSION,
    idempotencyKey: idempotency.key,
    submittedAt: new Date().toISOString(),
    locale: context.locale,
    // Origin and path only: a query string or fragment can carry personal data.
    page: { origin: location.origin, path: location.pathname },
    consent,
    honeypot: request.honeypot,
    elapsedMs: request.elapsedMs,
    data,
  } as SubmissionEnvelope;

  let hostPromise: Promise<unknown> | undefined;
  const proceed = hooks.dispatchSubmit({
    formId,
    data: envelope.data,
    envelope,
    respondWith: (promise) => {
      hostPromise = promise;
    },
  });
  if (hostPromise !== undefined) {
    try {
      await hostPromise;
      return { kind: 'accepted', idempotency };
    } catch (reason) {
      const body = validationErrorBody.safeParse(reason);
      return body.success
        ? { kind: 'invalid', errors: body.data.errors, idempotency }
        : { kind: 'failed', reason: 'host', idempotency };
    }
  }
  if (!proceed) return { kind: 'cancelled', idempotency };
  const { endpoint, endpointText } = context;
  if (endpoint === undefined) {
    console.error(
      `<${host.localName}> cannot send: ${
        endpointText === undefined
          ? 'it has no endpoint and no ijm-submit listener called respondWith().'
          : `its endpoint "${endpointText}" is not https: (http: only for localhost) or is the page itself.`
      }`,
    );
    return { kind: 'failed', reason: 'config', idempotency };
  }
  const result = await postEnvelope(endpoint.href, envelope, {
    timeoutMs: timeoutMs(host, context.timeout),
    signal: request.signal,
    ...(context.retryBaseMs === undefined ? {} : { retryBaseMs: context.retryBaseMs }),
    onWait: hooks.waiting,
  });
  if (result.ok) return { kind: 'accepted', status: result.status, idempotency };
  if (result.problem !== undefined)
    console.error(
      `<${host.localName}>: the endpoint "${endpoint.origin}${endpoint.pathname}" ${
        result.problem === 'redirect'
          ? 'answered with a redirect; forms never follow one, so that a submission cannot be carried to an address nobody checked. Point endpoint at the final address.'
          : `answered ${result.status} without a submission receipt ({"status":"accepted"}); it is probably not an intake service.`
      }`,
    );
  if (result.reason === 'aborted') return { kind: 'cancelled', idempotency };
  if (result.reason === 'validation' && result.errors !== undefined)
    return { kind: 'invalid', errors: result.errors, idempotency };
  return {
    kind: 'failed',
    reason: result.reason,
    ...(result.status === undefined ? {} : { status: result.status }),
    idempotency,
  };
}

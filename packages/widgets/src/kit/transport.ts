import { type FieldError, submissionReceipt, validationErrorBody } from '@ijm/core/forms';
import type { FailureReason } from './form/model.js';
import { readJson } from './read-json.js';

export type TransportResult =
  | { readonly ok: true; readonly status: number }
  | {
      readonly ok: false;
      readonly reason: FailureReason;
      readonly status?: number;
      /** Field errors from a `422` answer. */
      readonly errors?: readonly FieldError[];
      /** For `config`: what was wrong with the endpoint's answer, for the developer's console. */
      readonly problem?: 'redirect' | 'not-a-receipt';
    };

export interface TransportOptions {
  /** Per attempt. */
  readonly timeoutMs: number;
  /** At most this many attempts, the first included. */
  readonly maxTries?: number;
  /** The first backoff; each retry doubles it, with full jitter between half and one and a half times. */
  readonly retryBaseMs?: number;
  /** A `Retry-After` longer than this is not waited for: the person is told to try later instead. */
  readonly maxRetryAfterMs?: number;
  readonly signal?: AbortSignal;
  /** Called before waiting: `retry` before a backoff, `offline` while the browser reports no network. */
  readonly onWait?: (kind: 'retry' | 'offline') => void;
}

/** Milliseconds to wait from a `Retry-After` header: seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}

function whenOnline(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const online = () => {
      signal?.removeEventListener('abort', abort);
      resolve();
    };
    const abort = () => {
      removeEventListener('online', online);
      reject(signal?.reason);
    };
    addEventListener('online', online, { once: true });
    signal?.addEventListener('abort', abort, { once: true });
  });
}

const isOffline = () => navigator.onLine === false;

/**
 * POSTs an envelope as JSON, without cookies and without a `Referer` (the page's path and query can carry personal
 * data), with its idempotency key in the `Idempotency-Key` header. Retries network errors, timeouts, `429` (after
 * `Retry-After`) and `5xx` with exponential backoff and jitter, at most `maxTries` attempts; never retries another
 * `4xx`. While the browser is offline it waits for the `online` event first, and that wait does not use up an attempt.
 *
 * Only a `2xx` whose body is a `SubmissionReceipt` is success. A redirect is never followed (the endpoint was checked,
 * its target was not): it is a configuration error, as is a `2xx` that is not a receipt (an endpoint that is the page
 * itself, or a site that answers everything with HTML), and neither is retried. It never throws: every outcome is a
 * result.
 */
export async function postEnvelope(
  endpoint: string,
  envelope: { readonly idempotencyKey: string },
  options: TransportOptions,
): Promise<TransportResult> {
  const { timeoutMs, maxTries = 3, retryBaseMs = 1000, maxRetryAfterMs = 60_000, signal, onWait } = options;
  const body = JSON.stringify(envelope);
  let last: TransportResult = { ok: false, reason: 'network' };
  try {
    for (let attempt = 1; attempt <= maxTries; ) {
      if (isOffline()) {
        onWait?.('offline');
        await whenOnline(signal);
      }
      let wait: number | undefined;
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(), timeoutMs);
      const abortTimeout = () => timeout.abort();
      signal?.addEventListener('abort', abortTimeout, { once: true });
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.idempotencyKey },
          body,
          credentials: 'omit',
          mode: 'cors',
          cache: 'no-store',
          redirect: 'manual',
          referrerPolicy: 'no-referrer',
          signal: timeout.signal,
        });
        const { status } = response;
        // With `redirect: 'manual'` a redirect arrives as an opaque answer with status 0.
        if (response.type === 'opaqueredirect' || (status >= 300 && status < 400))
          return { ok: false, reason: 'config', problem: 'redirect' };
        if (response.ok) {
          return submissionReceipt.safeParse(await readJson(response)).success
            ? { ok: true, status }
            : { ok: false, reason: 'config', status, problem: 'not-a-receipt' };
        }
        if (status === 422) {
          const parsed = validationErrorBody.safeParse(await readJson(response));
          return parsed.success
            ? { ok: false, reason: 'validation', status, errors: parsed.data.errors }
            : { ok: false, reason: 'rejected', status };
        }
        if (status === 429) {
          last = { ok: false, reason: 'rate-limited', status };
          wait = retryAfterMs(response.headers.get('Retry-After'));
          if (wait !== undefined && wait > maxRetryAfterMs) return last;
        } else if (status >= 500) {
          last = { ok: false, reason: 'server', status };
        } else {
          return { ok: false, reason: 'rejected', status };
        }
      } catch (error) {
        if (signal?.aborted) throw error;
        last = { ok: false, reason: timeout.signal.aborted ? 'timeout' : 'network' };
        // Lost the network mid-request: wait for it to come back rather than spend an attempt.
        if (last.reason === 'network' && isOffline()) continue;
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', abortTimeout);
      }
      if (attempt === maxTries) break;
      // Full jitter, so that many clients failing together do not retry together.
      const backoff = retryBaseMs * 2 ** (attempt - 1) * (0.5 + Math.random());
      attempt += 1;
      onWait?.('retry');
      await sleep(wait === undefined ? backoff : wait + Math.random() * retryBaseMs * 0.1, signal);
    }
  } catch {
    return { ok: false, reason: 'aborted' };
  }
  return last;
}

import type { FieldError, FormId, SubmissionEnvelope } from '@ijm/core/forms';
import type { FailureReason } from './transport.js';

/**
 * `ijm-submit`: the form is valid and about to be sent. Cancelable. Without an `endpoint`, the host sends it: call
 * `event.detail.respondWith(promise)` with a promise that settles when the submission is done. A fulfilled promise shows
 * the thank-you; a rejected one shows a failure and keeps what the person typed (reject with a `422`-style body,
 * `{ type: 'validation', errors: [{ field, key }] }`, to show errors on fields). With an `endpoint`, `respondWith` also
 * replaces the built-in POST, and `preventDefault()` alone stops the submission without a message.
 */
export interface IjmSubmitDetail {
  readonly formId: FormId;
  /** The normalised data, as it will be sent. */
  readonly data: SubmissionEnvelope['data'];
  /** The whole envelope, ready to be POSTed to an intake service. */
  readonly envelope: SubmissionEnvelope;
  respondWith(promise: Promise<unknown>): void;
}

/** `ijm-success`: the submission was received. */
export interface IjmSuccessDetail {
  readonly formId: FormId;
  readonly outcome: 'success';
  /** The HTTP status of the answer, when the form sent it itself. */
  readonly status?: number;
}

/** `ijm-error`: the submission failed after any retries; what the person typed is kept. */
export interface IjmErrorDetail {
  readonly formId: FormId;
  readonly outcome: 'error';
  readonly reason: FailureReason | 'host';
  readonly status?: number;
}

/** `ijm-invalid`: the form was not sent because fields broke rules, found in the browser or by the server (`422`). */
export interface IjmInvalidDetail {
  readonly formId: FormId;
  readonly outcome: 'invalid';
  readonly source: 'client' | 'server';
  readonly errors: readonly FieldError[];
}

export interface IjmFormEventMap {
  'ijm-submit': IjmSubmitDetail;
  'ijm-success': IjmSuccessDetail;
  'ijm-error': IjmErrorDetail;
  'ijm-invalid': IjmInvalidDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ijm-submit': CustomEvent<IjmSubmitDetail>;
    'ijm-success': CustomEvent<IjmSuccessDetail>;
    'ijm-error': CustomEvent<IjmErrorDetail>;
    'ijm-invalid': CustomEvent<IjmInvalidDetail>;
  }
}

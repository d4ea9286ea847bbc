// The form kit's shared vocabulary: types, and the one constant every part needs. The controller, the element and the
// lazily loaded parts (validation, feedback, sending) import this and nothing of each other's, so dependencies run one
// way: the element renders, validation returns field errors, sending returns an outcome, and only the controller turns
// outcomes into state.
import type { FIELD_LIMITS, FieldError, FormId, FormMessageKey, IssueLike, SubmissionEnvelope } from '@ijm/core/forms';
import type { Locale } from '@ijm/core/i18n';
import type { CSSResult, nothing, TemplateResult } from 'lit';
import type { FieldMessage, FormFeedbackMessages } from './messages.js';

/** The name of the consent checkbox, in field errors and in the error summary. */
export const CONSENT_FIELD = 'consent';

/**
 * `idle`: being filled in (or back to it after a cancelled submit). `submitting`: under way. `waiting`: between
 * retries. `offline`: waiting for the network. `success`: received. `failed`: not sent; the reason is in `failure` and
 * every value is still there.
 */
export type FormState = 'idle' | 'submitting' | 'waiting' | 'offline' | 'success' | 'failed';

/** The states in which a submission is under way, and a second press does nothing. */
export const isBusy = (state: FormState) => state === 'submitting' || state === 'waiting' || state === 'offline';

/** Why a submission did not go through, as the transport reports it. */
export type FailureReason =
  | 'network'
  | 'timeout'
  | 'rate-limited'
  | 'server'
  | 'rejected'
  | 'validation'
  | 'config'
  | 'aborted';

/** Why a form is `failed`: the transport's reason, the host's promise rejected, or the form's own code did not load. */
export type FormFailure = FailureReason | 'host' | 'load';

export interface FieldOption {
  readonly value: string;
  readonly label: string;
}

/**
 * One field of a form, with its text already in the reader's language. `name` is the key in the form's data (and in the
 * core schema). The `kind` sets the element and its `type`; `autocomplete` and `inputmode` help people fill it in.
 */
export interface FieldSpec {
  readonly name: string;
  readonly kind: 'text' | 'email' | 'tel' | 'date' | 'number' | 'textarea' | 'select' | 'checkbox';
  readonly label: string;
  readonly hint?: string;
  /** Marks the label "(optional)"; every other field is required, whatever the schema allows. */
  readonly optional?: boolean;
  readonly autocomplete?: string;
  readonly inputmode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal' | 'url' | 'search' | 'none';
  /** For `select`: the choices, after a first empty "Select" option. */
  readonly options?: readonly FieldOption[];
  /** The limit a `tooLong` message names; with `counter`, a live count of characters left. */
  readonly maxLength?: number | undefined;
  readonly counter?: boolean;
  /** For `date` and `number`. */
  readonly min?: string;
  readonly max?: string;
  readonly rows?: number;
}

/** What appears around a field once someone has interacted with the form: its error, its character counter. */
export interface FieldFeedback {
  readonly invalid: boolean;
  /** Whether the field holds an error line's space (shown, or hidden once fixed), so that fixing it moves nothing. */
  readonly reserved: boolean;
  /** Ids to add to the control's `aria-describedby`, after the hint's. */
  readonly ids: readonly string[];
  /** Shown between the hint and the control (the counter's limit, the error). */
  readonly before: unknown;
  /** Shown after the control (the counter). */
  readonly after: unknown;
}

/** A core data schema, as far as the kit uses it (zod and zod/mini schemas both fit). */
export interface DataSchema {
  safeParse(
    input: unknown,
  ): { success: true; data: unknown } | { success: false; error: { issues: readonly IssueLike[] } };
}

/** What validation and feedback read of a form: its fields and values, never anything they could change. */
export interface FormSnapshot {
  readonly formId: FormId;
  /** The fields shown now, in order, the consent checkbox excluded. */
  fields(): readonly FieldSpec[];
  value(name: string): string;
  checked(name: string): boolean;
  readonly state: FormState;
  /** Whether a submission is under way (`submitting`, `waiting` or `offline`). */
  readonly busy: boolean;
  readonly failure: FormFailure | undefined;
  /** Each field's current error. */
  readonly errors: ReadonlyMap<string, FormMessageKey>;
  /** The messages each field's error line has shown since the last submit, the latest last. */
  readonly errorLines: ReadonlyMap<string, readonly FormMessageKey[]>;
  /** The error summary's fields, as the last submit left it. */
  readonly summary: readonly string[];
  /** The polite announcement of each counter, once typing pauses. */
  readonly announcements: ReadonlyMap<string, string>;
}

/** What a submit needs from the element at that moment. */
export interface SubmitContext {
  /** The `endpoint` attribute as given, for messages; `undefined` when missing or blank. */
  readonly endpointText: string | undefined;
  /** The endpoint once checked (`https:`, or `http:` on localhost), else `undefined`. */
  readonly endpoint: URL | undefined;
  /** The element's `timeout` as set; sending checks it. */
  readonly timeout: unknown;
  readonly retryBaseMs?: number | undefined;
  readonly locale: Locale;
  /** The consent text exactly as shown, and the version the host gave it. */
  readonly consent: { readonly text: string; readonly version: string };
}

/** What a submit needs beyond the form: the element's settings, and the controller's records for the envelope. */
export interface SubmitRequest {
  readonly host: HTMLElement;
  readonly schema: DataSchema;
  readonly context: SubmitContext;
  readonly consentAt: string | null;
  readonly honeypot: string;
  readonly elapsedMs: number;
  readonly idempotency: Idempotency | undefined;
  readonly signal: AbortSignal;
  /** Dispatches `ijm-submit` from the host; `false` when a listener cancelled it. */
  dispatchSubmit(detail: IjmSubmitDetail): boolean;
}

/** Everything sending needs: the submit's request, with the data as the schema normalised it. */
export type SendRequest = Omit<SubmitRequest, 'schema' | 'dispatchSubmit'> & {
  readonly formId: FormId;
  readonly data: unknown;
};

export interface Idempotency {
  readonly fingerprint: string;
  readonly key: string;
}

/** How sending reaches back, through the controller: the `ijm-submit` event, and waits the person should see. */
export interface SendHooks {
  /** Dispatches `ijm-submit` from the host; `false` when a listener cancelled it. */
  dispatchSubmit(detail: IjmSubmitDetail): boolean;
  /** Sending is waiting: before a retry, or for the network. */
  waiting(kind: 'retry' | 'offline'): void;
}

/** What sending returns; it changes no state itself. */
export type SendOutcome = (
  | { readonly kind: 'accepted'; readonly status?: number }
  | { readonly kind: 'invalid'; readonly errors: readonly FieldError[] }
  | { readonly kind: 'failed'; readonly reason: FormFailure; readonly status?: number }
  | { readonly kind: 'cancelled' }
) & {
  /** The key this content was sent with, to reuse on a retry. */
  readonly idempotency?: Idempotency;
};

/**
 * A change to a form's state, as the lazily loaded parts decide it: they compute changes and the controller applies
 * them (`FormController.commit`), with the event the change announces, if any. A field left out stays as it is.
 */
export interface FormChange {
  readonly state?: FormState;
  /** Set with `state`: the failure of a `failed` form, else cleared. */
  readonly failure?: FormFailure;
  readonly errors?: ReadonlyMap<string, FormMessageKey>;
  readonly errorLines?: ReadonlyMap<string, readonly FormMessageKey[]>;
  readonly summary?: readonly string[];
  readonly focusTarget?: 'summary' | 'success';
  readonly idempotency?: Idempotency;
  readonly event?: { [K in keyof IjmFormEventMap]: { type: K; detail: IjmFormEventMap[K] } }[keyof IjmFormEventMap];
}

/** The sending half, loaded when the page is idle after the contract (`kit/form/send.ts`). */
export interface FormSender {
  send(request: SendRequest, hooks: SendHooks): Promise<SendOutcome>;
}

/** What the feedback renderers need from a form element. */
export interface FeedbackView {
  readonly form: FormSnapshot;
  /** The element's tag, for console messages. */
  readonly hostName: string;
  readonly locale: string;
  /** The summary's heading level. */
  readonly level: number;
  /** The fields shown, the consent checkbox included. */
  readonly specs: readonly FieldSpec[];
  /** A feedback message, complete once the contract has loaded: the host's, the locale's, or English. */
  term<K extends keyof FormFeedbackMessages>(key: K, ...args: MessageArgs<FormFeedbackMessages[K]>): string;
  /** A rule's general message, found as `term` finds it. */
  message(key: FormMessageKey): FieldMessage;
  /** A field's own wording for a rule (`email.required`), if the form or the host gives one. */
  fieldMessage(field: string, key: FormMessageKey): FieldMessage | undefined;
  /** The id of a field's control, for the summary's links. */
  fieldId(name: string): string;
  /** Where the fields are: the shadow root. */
  readonly root: ParentNode;
}

/** The arguments of a message that is a function; none for a string. */
export type MessageArgs<T> = T extends (...args: infer A) => string ? A : [];

/**
 * The part of a form that loads right after its first render: a form's contract module exports its core `schema` and
 * re-exports `kit/form/runtime.js`, which implements the rest (zod/mini, the checks of a submit, the feedback and its
 * English messages). The sending half follows when the page is idle.
 */
export interface FormRuntime {
  readonly schema: DataSchema;
  readonly FIELD_LIMITS: typeof FIELD_LIMITS;
  /**
   * Checks and sends a form the controller has marked as submitting, and hands each change of state to `commit`:
   * errors, waits, the outcome. It reads the form through `form` and writes nothing itself.
   */
  submit(form: FormSnapshot, request: SubmitRequest, commit: (change: FormChange) => void): Promise<void>;
  /** The change when a field with an error line is left: its line updates, or hides once it is fixed. */
  recheck(form: FormSnapshot, schema: DataSchema, name: string): Promise<FormChange | undefined>;
  readonly formFeedbackEn: FormFeedbackMessages;
  fieldFeedback(view: FeedbackView, spec: FieldSpec): FieldFeedback;
  renderSummary(view: FeedbackView): TemplateResult | typeof nothing;
  renderSuccess(view: FeedbackView, title: string, body: unknown): TemplateResult;
  endpointNotice(view: FeedbackView, refused: string | undefined): TemplateResult | typeof nothing;
  statusText(view: FeedbackView): string;
  counter(view: FeedbackView, spec: FieldSpec): { over: boolean; shown: string; hint: string };
  syncStates(form: FormSnapshot, internals: ElementInternals): void;
  readonly feedbackStyles: CSSResult;
}

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
  readonly reason: FormFailure;
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

import type { FormId, FormMessageKey } from '@ijm/core/forms';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  CONSENT_FIELD,
  type FieldSpec,
  type FormChange,
  type FormFailure,
  type FormRuntime,
  type FormSnapshot,
  type FormState,
  type Idempotency,
  isBusy,
  type SubmitContext,
} from './model.js';

export interface FormControllerOptions<F extends FormId, R extends FormRuntime> {
  readonly formId: F;
  /** Loads the form's contract, typically `() => import('./my-form.contract.js')`. */
  readonly load: () => Promise<R>;
  /** The fields shown now, in order (the consent checkbox excluded): only these are sent. */
  readonly fields: () => readonly FieldSpec[];
}

const COUNTER_PAUSE_MS = 1000;

/**
 * Owns a form's state: values, errors, the summary, the submission and its result. Every change is one of its methods;
 * the lazily loaded parts (validation, sending) only decide changes, which `commit` applies. It checks fields against
 * the core schema on submit, and a field that shows an error again when it is left (never per keystroke), and never
 * clears a value on failure. The contract loads after the first render (`ready()`), so the form paints without waiting
 * for zod; if it cannot be downloaded, the form says so, and the next submit downloads it again.
 */
export class FormController<F extends FormId = FormId, R extends FormRuntime = FormRuntime>
  implements ReactiveController, FormSnapshot
{
  readonly #values = new Map<string, string | boolean>();
  readonly #announcements = new Map<string, string>();
  readonly #counterTimers = new Map<string, ReturnType<typeof setTimeout>>();
  #errors: ReadonlyMap<string, FormMessageKey> = new Map();
  #errorLines: ReadonlyMap<string, readonly FormMessageKey[]> = new Map();
  #summary: readonly string[] = [];
  #state: FormState = 'idle';
  #failure: FormFailure | undefined;
  #focusTarget: 'summary' | 'success' | undefined;
  #idempotency: Idempotency | undefined;
  #honeypot = '';
  #engaged = false;
  #runtime: R | undefined;
  #loading: Promise<R> | undefined;
  #renderedAt: number | undefined;
  #consentAt: string | null = null;
  #abort: AbortController | undefined;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FormControllerOptions<F, R>,
  ) {
    host.addController(this);
  }

  get formId(): F {
    return this.options.formId;
  }

  /** The fields shown now, in order, the consent checkbox excluded. */
  fields(): readonly FieldSpec[] {
    return this.options.fields();
  }

  get state(): FormState {
    return this.#state;
  }

  get busy(): boolean {
    return isBusy(this.#state);
  }

  get failure(): FormFailure | undefined {
    return this.#failure;
  }

  get errors(): ReadonlyMap<string, FormMessageKey> {
    return this.#errors;
  }

  /**
   * The messages each field's error line has shown since the last submit, the latest last. The line holds the space of
   * the tallest of them until the next submit (hidden once the field is fixed, never removed), so that leaving a field
   * does not move what is below it.
   */
  get errorLines(): ReadonlyMap<string, readonly FormMessageKey[]> {
    return this.#errorLines;
  }

  /** The error summary's fields: those that failed the last submit. Rebuilt on submit only, as GOV.UK does. */
  get summary(): readonly string[] {
    return this.#summary;
  }

  get announcements(): ReadonlyMap<string, string> {
    return this.#announcements;
  }

  /** What the hidden honeypot field holds: empty for a person. */
  get honeypot(): string {
    return this.#honeypot;
  }

  /** Whether focus has entered the form: long option lists are rendered from then on, not at first paint. */
  get engaged(): boolean {
    return this.#engaged;
  }

  /** The contract, once loaded. */
  get runtime(): R | undefined {
    return this.#runtime;
  }

  value(name: string): string {
    const value = this.#values.get(name);
    return typeof value === 'string' ? value : '';
  }

  checked(name: string): boolean {
    return this.#values.get(name) === true;
  }

  hostUpdated(): void {
    if (this.#renderedAt !== undefined) return;
    this.#renderedAt = performance.now();
    // Right after the first paint, so that the rules are there before anyone presses submit.
    this.ready().catch(() => {});
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** Resolves when the contract has loaded; a failed download is tried again on the next call. */
  ready(): Promise<R> {
    this.#loading ??= this.options.load().then(
      (runtime) => {
        this.#runtime = runtime;
        this.host.requestUpdate();
        return runtime;
      },
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }

  /** Focus entered the form. */
  engage(): void {
    if (this.#engaged) return;
    this.#engaged = true;
    this.host.requestUpdate();
  }

  setHoneypot(value: string): void {
    this.#honeypot = value;
  }

  /** Where focus should go after this render, once: the element moves it. */
  takeFocusTarget(): 'summary' | 'success' | undefined {
    const target = this.#focusTarget;
    this.#focusTarget = undefined;
    return target;
  }

  /** Sets a value as the person types. A shown error is checked again on blur; the summary waits for the submit. */
  set(name: string, value: string | boolean): void {
    this.#values.set(name, value);
    if (name === CONSENT_FIELD) {
      this.#consentAt = value === true ? new Date().toISOString() : null;
      // Ticking the box fixes its error at once: there is no blur to wait for.
      void this.blur(name);
    }
    this.host.requestUpdate();
  }

  /**
   * The person left a field. A field with an error line is checked again. A field without one gets its first error
   * from the next submit, never from a blur, which would push the control being clicked out from under the pointer.
   */
  async blur(name: string): Promise<void> {
    const runtime = this.#runtime;
    if (runtime === undefined || !this.#errorLines.has(name)) return;
    const change = await runtime.recheck(this, runtime.schema, name);
    if (change !== undefined) this.commit(change);
  }

  /** After a keystroke in a field with a counter: its count is announced once typing pauses, not per keystroke. */
  announceLater(name: string, text: () => string): void {
    clearTimeout(this.#counterTimers.get(name));
    this.#counterTimers.set(
      name,
      setTimeout(() => {
        this.#announcements.set(name, text());
        this.host.requestUpdate();
      }, COUNTER_PAUSE_MS),
    );
  }

  /**
   * Validates and sends. While a submission is under way a second call does nothing. On invalid input the errors show
   * and focus goes to the summary; on success, to the thank-you.
   */
  async submit(context: SubmitContext): Promise<void> {
    if (this.busy) return;
    this.commit({ state: 'submitting' });
    let runtime: R;
    try {
      runtime = await this.ready();
    } catch {
      // The contract could not be downloaded: nothing was sent, nothing is lost, and the retry downloads it again.
      const reason = 'load';
      this.commit({
        state: 'failed',
        failure: reason,
        event: { type: 'ijm-error', detail: { formId: this.formId, outcome: 'error', reason } },
      });
      return;
    }
    this.#abort = new AbortController();
    await runtime.submit(
      this,
      {
        host: this.host,
        schema: runtime.schema,
        context,
        consentAt: this.#consentAt,
        honeypot: this.#honeypot,
        elapsedMs: Math.round(performance.now() - (this.#renderedAt ?? performance.now())),
        idempotency: this.#idempotency,
        signal: this.#abort.signal,
        dispatchSubmit: (detail) =>
          this.host.dispatchEvent(
            new CustomEvent('ijm-submit', { detail, bubbles: true, composed: true, cancelable: true }),
          ),
      },
      (change) => this.commit(change),
    );
  }

  /**
   * Applies a change, renders, and dispatches the event it announces from the host: bubbling and composed, so a page
   * sees it from outside every shadow root.
   */
  commit(change: FormChange): void {
    if (change.state !== undefined) {
      this.#state = change.state;
      this.#failure = change.failure;
    }
    this.#errors = change.errors ?? this.#errors;
    this.#errorLines = change.errorLines ?? this.#errorLines;
    this.#summary = change.summary ?? this.#summary;
    this.#focusTarget = change.focusTarget ?? this.#focusTarget;
    this.#idempotency = change.idempotency ?? this.#idempotency;
    this.host.requestUpdate();
    const { event } = change;
    if (event !== undefined)
      this.host.dispatchEvent(new CustomEvent(event.type, { detail: event.detail, bubbles: true, composed: true }));
  }
}

import type { FormId, FormMessageKey, IssueLike } from '@ijm/core/forms';
import type { Locale } from '@ijm/core/i18n';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IjmFormEventMap } from './form-events.js';
import type { FieldSpec } from './form-fields.js';
import type * as Runtime from './form-runtime.js';
import type { FailureReason } from './transport.js';

/** The name of the consent checkbox, in field errors and in the error summary. */
export const CONSENT_FIELD = 'consent';

/** A core data schema, as far as the kit uses it (zod and zod/mini schemas both fit). */
export interface DataSchema {
  safeParse(
    input: unknown,
  ): { success: true; data: unknown } | { success: false; error: { issues: readonly IssueLike[] } };
}

/**
 * What a form loads right after its first render: its core schema, with the kit's runtime (`kit/form-runtime.ts`:
 * zod/mini, the checks of a submit, English feedback messages; the sending half, `kit/form-send.ts` with the transport,
 * follows when the page is idle). A form's contract module re-exports the runtime and adds `schema` and anything else
 * it needs late (the newsletter adds its country list).
 */
export type FormContract = typeof Runtime & { readonly schema: DataSchema };

/**
 * `idle`: being filled in (or back to it after a cancelled submit). `submitting`: under way. `waiting`: between
 * retries. `offline`: waiting for the network. `success`: received. `failed`: not sent; the reason is in `failure` and
 * every value is still there.
 */
export type FormState = 'idle' | 'submitting' | 'waiting' | 'offline' | 'success' | 'failed';

export interface FormControllerOptions<F extends FormId, C extends FormContract> {
  readonly formId: F;
  /** Loads the contract, typically `() => import('./my-form.contract.js')`. */
  readonly load: () => Promise<C>;
  /** The fields shown now, in order (the consent checkbox excluded): only these are sent. */
  readonly fields: () => readonly FieldSpec[];
}

/** What a submit needs from the element at that moment. */
export interface SubmitContext {
  /** The `endpoint` attribute as given, for messages. */
  readonly endpointText: string | undefined;
  /** The endpoint once checked (`https:`, or `http:` on localhost), else `undefined`. */
  readonly endpoint: URL | undefined;
  /** The element's `timeout` as set, checked when sending. */
  readonly timeout: unknown;
  readonly retryBaseMs?: number | undefined;
  readonly locale: Locale;
  /** The consent text exactly as shown, and the version the host gave it. */
  readonly consent: { readonly text: string; readonly version: string };
}

/**
 * Owns a form's values, touched fields, errors, submission state and result. It validates with the core schema on blur
 * and on submit (never per keystroke) and never clears a value on failure. The schema and the submission code load
 * after the first render (`ready()`), so the form paints without waiting for zod.
 */
export class FormController<F extends FormId = FormId, C extends FormContract = FormContract>
  implements ReactiveController
{
  readonly values = new Map<string, string | boolean>();
  /** Each field's current error. */
  readonly errors = new Map<string, FormMessageKey>();
  /**
   * The messages each field's error line has shown since the last submit, the latest last. The line holds the space of
   * the tallest of them until the next submit (hidden once the field is fixed, never removed), so that leaving a field
   * does not move what is below it.
   */
  readonly errorLines = new Map<string, readonly FormMessageKey[]>();
  readonly touched = new Set<string>();
  /** Fields in the error summary: those that failed the last submit. Rebuilt on submit only, as GOV.UK does. */
  summary: readonly string[] = [];
  state: FormState = 'idle';
  failure: FailureReason | 'host' | undefined;
  /** Where focus should go after the next render; the element moves it and clears this. */
  focusTarget: 'summary' | 'success' | undefined;
  /** What the hidden honeypot field holds: empty for a person. */
  honeypot = '';
  /** Whether focus has entered the form: long option lists are rendered from then on, not at first paint. */
  engaged = false;
  /** The contract, once loaded. */
  contract: C | undefined;
  /** When the form first rendered (`performance.now()`), for the envelope's `elapsedMs`. */
  renderedAt: number | undefined;
  /** When the consent box was ticked, or `null`. */
  consentAt: string | null = null;
  /** The key of the content last sent, reused while the content stays the same. */
  idempotency: { readonly fingerprint: string; readonly key: string } | undefined;
  /** Aborts the request in flight when the element leaves the page. */
  abort: AbortController | undefined;
  #loading: Promise<C> | undefined;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FormControllerOptions<F, C>,
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

  hostUpdated(): void {
    if (this.renderedAt !== undefined) return;
    this.renderedAt = performance.now();
    // Right after the first paint, so that the rules are there before anyone leaves a field.
    this.ready().catch(() => {});
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Resolves when the contract has loaded; a failed load is tried again on the next call. */
  ready(): Promise<C> {
    this.#loading ??= this.options.load().then(
      (contract) => {
        this.contract = contract;
        this.host.requestUpdate();
        return contract;
      },
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }

  value(name: string): string {
    const value = this.values.get(name);
    return typeof value === 'string' ? value : '';
  }

  checked(name: string): boolean {
    return this.values.get(name) === true;
  }

  /** Sets a value as the person types. A shown error is checked again on blur; the summary waits for the submit. */
  set(name: string, value: string | boolean): void {
    this.values.set(name, value);
    if (name === CONSENT_FIELD) {
      this.consentAt = value === true ? new Date().toISOString() : null;
      // Ticking the box fixes its error at once: there is no blur to wait for.
      if (this.errorLines.has(name))
        void this.contract?.validateField(this as unknown as FormController, this.contract, name);
    }
    this.host.requestUpdate();
  }

  /**
   * Checks a field again when the person leaves it, if it has an error line: the line updates or hides in the space it
   * holds. A field without one gets its first error from the next submit, never from a blur, which would push the
   * control the person is clicking out from under the pointer.
   */
  async blur(name: string): Promise<void> {
    this.touched.add(name);
    if (!this.errorLines.has(name)) return;
    const contract = await this.ready().catch(() => undefined);
    await contract?.validateField(this as unknown as FormController, contract, name);
  }

  /**
   * Validates and sends (see `kit/form-submit.ts`). While a submission is under way a second call does nothing. On
   * invalid input it shows the errors and asks for focus on the summary; on success, on the thank-you.
   */
  async submit(context: SubmitContext): Promise<void> {
    if (this.state === 'submitting' || this.state === 'waiting' || this.state === 'offline') return;
    this.finish('submitting');
    for (const { name } of this.fields()) this.touched.add(name);
    let contract: C;
    try {
      contract = await this.ready();
    } catch {
      // The contract could not be downloaded (offline since the page loaded): nothing was sent, nothing is lost.
      this.fail('network');
      return;
    }
    await contract.submitForm(this as unknown as FormController, contract, context);
  }

  /** Dispatches a form event from the host: bubbling and composed, so a page sees it from outside every shadow root. */
  emit<K extends keyof IjmFormEventMap>(type: K, detail: IjmFormEventMap[K], cancelable = false): boolean {
    return this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  finish(state: FormState, failure?: FailureReason | 'host'): void {
    this.state = state;
    this.failure = failure;
    this.host.requestUpdate();
  }

  fail(reason: FailureReason | 'host', status?: number): void {
    this.finish('failed', reason);
    this.emit('ijm-error', {
      formId: this.formId,
      outcome: 'error',
      reason,
      ...(status === undefined ? {} : { status }),
    });
  }
}

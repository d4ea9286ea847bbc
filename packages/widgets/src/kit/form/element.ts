import type { FIELD_LIMITS, FormId, FormMessageKey } from '@ijm/core/forms';
import type { Catalog, Locale } from '@ijm/core/i18n';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { checkEndpoint } from '../endpoint.js';
import { LocaleController } from '../localize.js';
import { hostStyles } from '../tokens.js';
import { FormController } from './controller.js';
import { type FieldContext, fieldId, renderField, renderHoneypot, syncOptions } from './fields.js';
import type { BundledCatalog, FieldMessage, FirstPaintKey, FormMessages } from './messages.js';
import { CONSENT_FIELD, type FeedbackView, type FieldSpec, type FormRuntime, type MessageArgs } from './model.js';
import { formStyles } from './styles.js';

/**
 * How a form widget declares itself to the kit: its id, how to load its contract, and its messages. English is bundled
 * (its feedback messages come with the contract); other locales load on demand, before the first render in that locale.
 */
export interface FormDefinition<F extends FormId, M extends FormMessages, R extends FormRuntime> {
  readonly formId: F;
  /** `() => import('./my-form.contract.js')`: a module exporting `schema` and re-exporting `kit/form/runtime.js`. */
  readonly load: () => Promise<R>;
  /** Recorded with consent given to the built-in consent text; a host that sets its own text sets its own version. */
  readonly consentVersion: string;
  readonly en: BundledCatalog<M>;
  readonly locales: { readonly [L in Exclude<Locale, 'en'>]?: () => Promise<Catalog<M>> };
}

/** A message, called with `args` when it is a function (a host may override any message with a plain string). */
function say(message: unknown, args: readonly unknown[]): string {
  return typeof message === 'function' ? message(...args) : String(message);
}

/** A text attribute's value, trimmed, or `undefined` when it is missing, blank or not a string at all. */
const given = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * The base of every form widget. A subclass passes its definition to `super()`, returns its fields from `fields()` and
 * may add to the thank-you with `renderSuccessBody()`. The kit renders the heading, the error summary, each field with
 * its hint and error, the consent checkbox, a honeypot, the submit button and the status region; the controller owns
 * the state and sends the envelope. Each widget documents the attributes and events in its own JSDoc.
 */
export abstract class IjmFormElement<
  F extends FormId,
  M extends FormMessages,
  R extends FormRuntime = FormRuntime,
> extends LitElement {
  static override styles = [hostStyles, formStyles];

  static override properties = {
    endpoint: {},
    timeout: { type: Number },
    consentText: { attribute: 'consent-text' },
    consentVersion: { attribute: 'consent-version' },
    privacyUrl: { attribute: 'privacy-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    messages: { attribute: false },
  };

  /** Where to POST the submission envelope: `https:` (`http:` only for localhost). Without it, handle `ijm-submit`. */
  endpoint: string | undefined;
  /** Milliseconds to wait for each attempt before giving up on it, from 1000 to 120000 (default 10000). */
  timeout = 10_000;
  /** The consent text to show and record, in the page's language. Plain text. */
  consentText: string | undefined;
  /** The version of the consent text, recorded with the consent. Set it whenever you set `consent-text`. */
  consentVersion: string | undefined;
  /** An `https:` link to the privacy notice, shown under the consent checkbox and opened in a new tab. */
  privacyUrl: string | undefined;
  /** The level of the form's heading (1 to 6); the error summary and thank-you headings are one level below. */
  headingLevel = 2;
  /** Messages to use instead of the built-in ones, by key (for example `{ title: '…', 'email.required': '…' }`). */
  messages: (Partial<M> & { [rule: `${string}.${FormMessageKey}`]: FieldMessage }) | undefined;
  /** The first backoff between retries, in milliseconds (tests shorten it). */
  retryBaseMs: number | undefined;

  protected readonly localize: LocaleController;
  /** The form's values, errors and state. */
  readonly form: FormController<F, R>;
  readonly #definition: FormDefinition<F, M, R>;
  readonly #catalogs: { en: BundledCatalog<M> } & { [L in Exclude<Locale, 'en'>]?: Catalog<M> };
  readonly #internals: ElementInternals;

  constructor(definition: FormDefinition<F, M, R>) {
    super();
    this.#definition = definition;
    this.#catalogs = { en: definition.en };
    this.localize = new LocaleController(this);
    this.form = new FormController<F, R>(this, {
      formId: definition.formId,
      load: definition.load,
      fields: () => this.fields(),
    });
    this.#internals = this.attachInternals();
  }

  /** The fields to show now, in order, with their text in the current locale. The consent checkbox comes after them. */
  protected abstract fields(): readonly FieldSpec[];

  /** More of the thank-you, under its heading. */
  protected renderSuccessBody(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** The contract's length limits, once the contract has loaded (right after the first render). */
  protected get limits(): typeof FIELD_LIMITS | undefined {
    return this.form.runtime?.FIELD_LIMITS;
  }

  /** Waits for the catalog of the element's locale, so that a page in Malay never flashes English. */
  protected override async scheduleUpdate(): Promise<void> {
    const { locale } = this.localize;
    const load = locale === 'en' ? undefined : this.#definition.locales[locale];
    if (locale !== 'en' && load !== undefined && this.#catalogs[locale] === undefined) {
      try {
        this.#catalogs[locale] = await load();
      } catch {
        // Offline or blocked: English, which is bundled, rather than no form.
      }
    }
    super.scheduleUpdate();
  }

  /**
   * The one message lookup: the host's override, then the locale's catalog, then the bundled English; `undefined`
   * when none has it (a feedback message before the contract arrives).
   */
  #lookup(key: string): unknown {
    const { locale } = this.localize;
    for (const messages of [
      this.messages,
      locale === 'en' ? undefined : this.#catalogs[locale]?.messages,
      this.#catalogs.en.messages,
    ]) {
      const message = (messages as Record<string, unknown> | undefined)?.[key];
      if (message !== undefined) return message;
    }
    return undefined;
  }

  /**
   * A message the first paint may use. Every catalog must have every such key (`BundledCatalog` and `Catalog` make a
   * missing one a type error), so the lookup always ends at least in the bundled English.
   */
  protected term<K extends FirstPaintKey<M> | FirstPaintKey<FormMessages>>(
    key: K,
    ...args: K extends FirstPaintKey<FormMessages> ? [] : MessageArgs<M[K & keyof M]>
  ): string {
    return say(this.#lookup(key), args);
  }

  #consentText(): string {
    return given(this.consentText) ?? this.term('consentText');
  }

  #consentSpec(): FieldSpec {
    return { name: CONSENT_FIELD, kind: 'checkbox', label: this.#consentText() };
  }

  #onInput = (event: Event) => {
    const target = event.target as HTMLInputElement;
    const { name } = target;
    this.form.set(name, target.type === 'checkbox' ? target.checked : target.value);
    const spec = this.fields().find((field) => field.name === name);
    const { runtime } = this.form;
    if (spec?.counter && spec.maxLength !== undefined && runtime !== undefined)
      this.form.announceLater(name, () => runtime.counter(this.#feedbackView(runtime), spec).shown);
  };

  #onBlur = (event: Event) => void this.form.blur((event.target as HTMLInputElement).name);

  #engage = () => this.form.engage();

  #onHoneypot = (event: Event) => this.form.setHoneypot((event.target as HTMLInputElement).value);

  /** The `endpoint` as given, unless blank: a blank endpoint is a missing one. */
  #endpointText(): string | undefined {
    return given(this.endpoint);
  }

  #submit = (event: Event) => {
    event.preventDefault();
    const endpointText = this.#endpointText();
    void this.form.submit({
      endpointText,
      endpoint: endpointText === undefined ? undefined : checkEndpoint(endpointText),
      timeout: this.timeout,
      retryBaseMs: this.retryBaseMs,
      locale: this.localize.locale,
      consent: {
        text: this.#consentText(),
        version:
          given(this.consentVersion) ??
          (given(this.consentText) === undefined ? this.#definition.consentVersion : 'host-unversioned'),
      },
    });
  };

  #statusText(): string {
    const { state, failure, runtime } = this.form;
    // Sending, and a failed download of the form's own code, can come before the contract: their words are bundled.
    if (state === 'submitting') return this.term('sending');
    if (state === 'failed' && failure === 'load') return this.term('failLoad');
    return runtime === undefined ? '' : runtime.statusText(this.#feedbackView(runtime));
  }

  #feedbackView(runtime: R): FeedbackView {
    const english = runtime.formFeedbackEn;
    return {
      form: this.form,
      hostName: this.localName,
      locale: this.localize.locale,
      level: this.#level(1),
      specs: [...this.fields(), this.#consentSpec()],
      term: (key, ...args) => say(this.#lookup(key) ?? english[key], args),
      message: (key) => (this.#lookup(key) ?? english[key]) as FieldMessage,
      fieldMessage: (field, key) => this.#lookup(`${field}.${key}`) as FieldMessage | undefined,
      fieldId,
      root: this.renderRoot,
    };
  }

  #level(offset: number): number {
    const level = Number.isInteger(this.headingLevel) ? this.headingLevel : 2;
    return Math.min(6, Math.max(1, level) + offset);
  }

  override render() {
    const { state, runtime } = this.form;
    const title = this.term('title');
    const intro = this.term('intro');
    const fields = this.fields();
    const { busy } = this.form;
    const privacyUrl = given(this.privacyUrl);
    const privacy = privacyUrl === undefined ? undefined : checkEndpoint(privacyUrl);
    const endpointText = this.#endpointText();
    const refusedEndpoint =
      endpointText !== undefined && checkEndpoint(endpointText) === undefined ? endpointText : undefined;
    const view = runtime === undefined ? undefined : this.#feedbackView(runtime);
    const ctx: FieldContext = {
      value: (name) => this.form.value(name),
      checked: (name) => this.form.checked(name),
      feedback: (spec) => (view === undefined ? undefined : runtime?.fieldFeedback(view, spec)),
      optionalText: this.term('optional'),
      selectPrompt: this.term('selectPrompt'),
      onInput: this.#onInput,
      onBlur: this.#onBlur,
    };
    const body =
      state === 'success' && view !== undefined
        ? runtime?.renderSuccess(view, this.term('successTitle'), this.renderSuccessBody())
        : html`${intro === '' ? nothing : html`<p class="intro">${intro}</p>`}
            ${view === undefined ? nothing : runtime?.endpointNotice(view, refusedEndpoint)}
            ${view === undefined ? nothing : runtime?.renderSummary(view)}
            <form part="form" novalidate aria-labelledby=${title === '' ? nothing : 'title'} @submit=${this.#submit}
              @focusin=${this.#engage}>
              ${fields.map((spec) => renderField(spec, ctx))} ${renderField(this.#consentSpec(), ctx)}
              ${
                privacy?.protocol === 'https:'
                  ? html`<p><a href=${privacy.href} target="_blank" rel="noopener noreferrer">${this.term('privacyLink')}</a></p>`
                  : nothing
              }
              ${renderHoneypot(this.term('honeypotLabel'), this.form.honeypot, this.#onHoneypot)}
              <button part="button" type="submit" class=${busy ? 'busy' : ''}>
                ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
                ${this.term(busy ? 'sending' : state === 'failed' ? 'retry' : 'submit')}
              </button>
            </form>`;
    return html`<div class="form" lang=${this.localize.locale}>
      ${title === '' ? nothing : html`<div role="heading" aria-level=${this.#level(0)} id="title" class="title">${title}</div>`}
      ${body}
      <div part="status" role="status" class="status ${state === 'failed' ? 'failed' : ''}">${this.#statusText()}</div>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { runtime } = this.form;
    // Options are added to their select after each render, and the selected one set, from the form's value.
    const specs = this.fields();
    for (const select of this.renderRoot.querySelectorAll('select')) {
      syncOptions(select, specs.find((spec) => spec.name === select.name)?.options ?? []);
      const value = this.form.value(select.name);
      if (select.value !== value) select.value = value;
    }
    const sheet = runtime?.feedbackStyles.styleSheet;
    const root = this.shadowRoot;
    if (sheet !== undefined && root !== null && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    runtime?.syncStates(this.form, this.#internals);
    const focusTarget = this.form.takeFocusTarget();
    if (focusTarget === undefined) return;
    this.renderRoot
      .querySelector<HTMLElement>(focusTarget === 'summary' ? '[part="error-summary"]' : '.success-title')
      ?.focus();
  }
}

import type { FIELD_LIMITS, FormId, FormMessageKey } from '@ijm/core/forms';
import type { Catalog, Locale } from '@ijm/core/i18n';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { checkEndpoint } from './endpoint.js';
import { CONSENT_FIELD, type FormContract, FormController } from './form-controller.js';
import type { FeedbackView } from './form-feedback.js';
import {
  type FieldContext,
  type FieldOption,
  type FieldSpec,
  fieldId,
  renderField,
  renderHoneypot,
} from './form-fields.js';
import type { BundledCatalog, FieldMessage, FormMessages } from './form-messages.js';
import { formStyles } from './form-styles.js';
import { LocalizeController } from './localize.js';
import { hostStyles } from './tokens.js';

/**
 * How a form widget declares itself to the kit: its id, how to load its contract, and its messages. English is bundled
 * (its feedback messages come with the contract); other locales load on demand, before the first render in that locale.
 */
export interface FormDefinition<F extends FormId, M extends FormMessages, C extends FormContract> {
  readonly formId: F;
  /** `() => import('./my-form.contract.js')`: a module exporting `schema` and re-exporting `kit/form-runtime.js`. */
  readonly load: () => Promise<C>;
  /** Recorded with consent given to the built-in consent text; a host that sets its own text sets its own version. */
  readonly consentVersion: string;
  readonly en: BundledCatalog<M>;
  readonly locales: { readonly [L in Exclude<Locale, 'en'>]?: () => Promise<Catalog<M>> };
}

type AnyMessage = string | ((...args: never[]) => string) | undefined;

const BUSY = new Set(['submitting', 'waiting', 'offline']);

/**
 * The base of every form widget. A subclass passes its definition to `super()`, returns its fields from `fields()` and
 * may add to the thank-you with `renderSuccessBody()`. The kit renders the heading, the error summary, each field with
 * its hint and error, the consent checkbox, a honeypot, the submit button and the status region, and sends the
 * envelope. Each widget documents the attributes and events in its own JSDoc.
 */
export abstract class IjmFormElement<
  F extends FormId,
  M extends FormMessages,
  C extends FormContract = FormContract,
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

  protected readonly localize: LocalizeController<M>;
  /** The form's values, errors and state. */
  readonly form: FormController<F, C>;
  readonly #definition: FormDefinition<F, M, C>;
  readonly #catalogs: { en: Catalog<M> } & Partial<Record<Locale, Catalog<M>>>;
  readonly #internals: ElementInternals;
  readonly #optionNodes = new WeakMap<readonly FieldOption[], DocumentFragment>();

  constructor(definition: FormDefinition<F, M, C>) {
    super();
    this.#definition = definition;
    // The bundled English catalog lacks the feedback messages; `text()` finds them in the contract.
    this.#catalogs = { en: definition.en as unknown as Catalog<M> };
    this.localize = new LocalizeController<M>(this, this.#catalogs);
    this.form = new FormController<F, C>(this, {
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
    return this.form.contract?.FIELD_LIMITS;
  }

  /** Waits for the catalog of the element's locale, so that a page in Malay never flashes English. */
  protected override async scheduleUpdate(): Promise<void> {
    const { locale } = this.localize;
    const load = locale === 'en' ? undefined : this.#definition.locales[locale];
    if (load !== undefined && this.#catalogs[locale] === undefined) {
      try {
        this.#catalogs[locale] = await load();
      } catch {
        // Offline or blocked: English, which is bundled, rather than no form.
      }
    }
    super.scheduleUpdate();
  }

  /**
   * A message by key: the host's override, then the locale's catalog, then English, then the English feedback that
   * came with the contract; `undefined` if none has it.
   */
  protected text(key: string): AnyMessage {
    const lookup = (messages: object | undefined) => (messages as Record<string, AnyMessage> | undefined)?.[key];
    return (
      lookup(this.messages) ??
      lookup(this.localize.catalog.messages) ??
      lookup(this.#catalogs.en.messages) ??
      lookup(this.form.contract?.formFeedbackEn)
    );
  }

  /** A message, called with `args` when it is a function; a host may override any message with a plain string. */
  protected term(key: keyof M & string, ...args: never[]): string {
    const message = this.text(key);
    return typeof message === 'function' ? message(...args) : (message ?? '');
  }

  #consentText(): string {
    return this.consentText?.trim() || this.term('consentText');
  }

  #consentSpec(): FieldSpec {
    return { name: CONSENT_FIELD, kind: 'checkbox', label: this.#consentText() };
  }

  #onInput = (event: Event) => {
    const target = event.target as HTMLInputElement;
    const { name } = target;
    this.form.set(name, target.type === 'checkbox' ? target.checked : target.value);
    this.form.contract?.noteInput(this.#feedbackView(), name);
  };

  #onBlur = (event: Event) => void this.form.blur((event.target as HTMLInputElement).name);

  #engage = () => {
    if (this.form.engaged) return;
    this.form.engaged = true;
    this.requestUpdate();
  };

  #onHoneypot = (event: Event) => {
    this.form.honeypot = (event.target as HTMLInputElement).value;
  };

  /** The `endpoint` as given, unless blank: a blank endpoint is a missing one. */
  #endpointText(): string | undefined {
    return typeof this.endpoint === 'string' && this.endpoint.trim() !== '' ? this.endpoint : undefined;
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
          this.consentVersion?.trim() ||
          (this.consentText?.trim() ? 'host-unversioned' : this.#definition.consentVersion),
      },
    });
  };

  #statusText(): string {
    const { state } = this.form;
    // "Sending" is bundled, as a submit can come before the contract; the other statuses come after it.
    if (state === 'submitting') return this.term('sending');
    return this.form.contract?.statusText(this.#feedbackView()) ?? '';
  }

  #feedbackView(): FeedbackView {
    return {
      form: this.form as unknown as FormController,
      locale: this.localize.locale,
      level: this.#level(1),
      specs: [...this.fields(), this.#consentSpec()],
      text: (key) => this.text(key),
      term: (key, ...args) => this.term(key as keyof M & string, ...args),
      fieldId,
      root: this.renderRoot,
    };
  }

  #level(offset: number): number {
    const level = Number.isInteger(this.headingLevel) ? this.headingLevel : 2;
    return Math.min(6, Math.max(1, level) + offset);
  }

  override render() {
    const { state } = this.form;
    const title = this.term('title');
    const intro = this.term('intro');
    const fields = this.fields();
    const busy = BUSY.has(state);
    const privacy = this.privacyUrl === undefined ? undefined : checkEndpoint(this.privacyUrl);
    const endpointText = this.#endpointText();
    const refusedEndpoint = endpointText !== undefined && checkEndpoint(endpointText) === undefined;
    const { contract } = this.form;
    const view = contract === undefined ? undefined : this.#feedbackView();
    const ctx: FieldContext = {
      value: (name) => this.form.value(name),
      checked: (name) => this.form.checked(name),
      feedback: (spec) => view && contract?.fieldFeedback(view, spec),
      optionalText: this.term('optional'),
      selectPrompt: this.term('selectPrompt'),
      optionNodes: this.#optionNodes,
      onInput: this.#onInput,
      onBlur: this.#onBlur,
    };
    const body =
      state === 'success' && view !== undefined
        ? contract?.renderSuccess(this.#feedbackView(), this.renderSuccessBody())
        : html`${intro === '' ? nothing : html`<p class="intro">${intro}</p>`}
            ${view === undefined || !refusedEndpoint ? nothing : contract?.endpointNotice(view, endpointText)}
            ${view === undefined ? nothing : contract?.renderSummary(view)}
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
    const { focusTarget, contract } = this.form;
    // Options arrive as nodes after their select, so the selected one is set here, from the form's value.
    for (const select of this.renderRoot.querySelectorAll('select')) {
      const value = this.form.value(select.name);
      if (select.value !== value) select.value = value;
    }
    const sheet = contract?.feedbackStyles.styleSheet;
    const root = this.shadowRoot;
    if (sheet !== undefined && root !== null && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    contract?.syncStates(this.form as unknown as FormController, this.#internals);
    if (focusTarget === undefined) return;
    this.form.focusTarget = undefined;
    this.renderRoot
      .querySelector<HTMLElement>(focusTarget === 'summary' ? '[part="error-summary"]' : '.success-title')
      ?.focus();
  }
}

import type { Catalog, Locale, Message } from '@ijm/core/i18n';
import type { SelfCheckMessageKey, SelfCheckMessages } from '@ijm/core/self-check';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { LocaleController } from '../../kit/localize.js';
import {
  exitButton,
  exitButtonStyles,
  exitUrl,
  quickExit,
  SHIFT_PRESSES,
  ShiftExitController,
} from '../../kit/quick-exit.js';
import { hostStyles } from '../../kit/tokens.js';
import { type QuickExitMessages, quickExitCatalogs } from '../quick-exit/quick-exit.messages.js';
import type * as Helplines from './indicator-self-check.helplines.js';
import { type SelfCheckUiMessages, selfCheckUiEn, type Term } from './indicator-self-check.messages.js';
import type { IjmSelfCheckStepDetail, Session } from './indicator-self-check.model.js';
import type * as Professional from './indicator-self-check.professional.js';
import type * as Steps from './indicator-self-check.steps.js';
import { selfCheckStyles } from './indicator-self-check.styles.js';

const FRESH: Session = { step: 'safety', page: 0, answers: {}, checked: new Set() };

/** Everything the check needs from the first question on, downloaded together on the safety screen. */
interface Loaded {
  readonly locale: Locale;
  readonly ui: Catalog<SelfCheckUiMessages>;
  readonly questions: Catalog<SelfCheckMessages>;
  readonly steps: typeof Steps;
  readonly helplines: typeof Helplines;
  readonly professional?: typeof Professional | undefined;
}

const languages: Partial<Record<Locale, () => Promise<{ language: Pick<Loaded, 'ui' | 'questions'> }>>> = {
  ms: () => import('./indicator-self-check.lang.ms.js'),
  es: () => import('./indicator-self-check.lang.es.js'),
};

async function loadEverything(locale: Locale, professional: boolean): Promise<Loaded> {
  const [language, steps, helplines, pro] = await Promise.all([
    languages[locale]?.().then((module) => module.language),
    import('./indicator-self-check.steps.js'),
    import('./indicator-self-check.helplines.js'),
    professional ? import('./indicator-self-check.professional.js') : undefined,
  ]);
  return {
    locale,
    ui: language?.ui ?? selfCheckUiEn,
    questions: language?.questions ?? steps.selfCheckEn,
    steps,
    helplines,
    professional: pro,
  };
}

type Overrides = Partial<
  Record<keyof SelfCheckUiMessages | keyof Professional.ProfessionalMessages | SelfCheckMessageKey, Message>
>;

/**
 * @summary A private check of whether a work situation, the person's own or someone else's, shows signs of forced
 * labour or trafficking: a safety screen, a few questions at a time, a review, and a result in plain words with a
 * helpline for the country. Nothing is stored or sent: everything it needs downloads on the safety screen, and no
 * request is made from the first answer on. A quick exit (button, or Shift 3 times) is always first and in view.
 * `mode="professional"` is the Delphi indicator checklist for trained staff, with the combination rule's outcome.
 * @tag ijm-indicator-self-check
 * @since 0.2.0
 *
 * @attr mode - `public` (default): the questionnaire. `professional`: the Delphi checklist.
 * @attr country - The helpline country to show first (ISO 3166-1 alpha-2 or alpha-3); the person can change it.
 * @attr exit-url - Where the quick exit goes: an `https:` address (default `https://www.google.com/`).
 *
 * @event ijm-self-check-step - `{ step }` when a step is reached: `safety`, `perspective`, `questions`, `review`,
 * `result` or `checklist`. It never carries an answer.
 * @event ijm-quick-exit - Before leaving by the quick exit, after the check has cleared its answers.
 *
 * @csspart exit - The quick exit button.
 * @csspart frame - The box around the check.
 *
 * @cssprop --ijm-self-check-max-width - The widest the check grows (default 40rem).
 * @cssprop --ijm-quick-exit-background - Background of the exit button.
 * @cssprop --ijm-quick-exit-color - Text colour of the exit button.
 */
export class IjmIndicatorSelfCheck extends LitElement {
  static override styles = [hostStyles, exitButtonStyles, selfCheckStyles];

  static override properties = {
    mode: { reflect: true },
    country: {},
    exitUrl: { attribute: 'exit-url' },
    messages: { attribute: false },
    session: { state: true },
    loading: { state: true },
    pressed: { state: true },
  };

  /** `public` (default) or `professional`. */
  declare mode: string | undefined;
  /** The helpline country to show first: ISO 3166-1 alpha-2 or alpha-3. */
  declare country: string | undefined;
  /** Where the quick exit goes: an `https:` address; anything else falls back to the default, with a warning. */
  declare exitUrl: string | undefined;
  /** Messages to use instead of the built-in ones, by key (the element's own and the core's self-check keys). */
  declare messages: Overrides | undefined;
  declare protected session: Session;
  declare protected loading: 'loading' | 'ready' | 'failed';
  declare protected pressed: number;

  readonly #locale = new LocaleController(this);
  #loaded: Loaded | undefined;
  #pending: Promise<Loaded> | undefined;
  #focusStep = false;

  constructor() {
    super();
    this.session = FRESH;
    this.loading = 'loading';
    this.pressed = 0;
    new ShiftExitController(
      this,
      () => this.exit(),
      (pressed) => {
        this.pressed = pressed;
      },
    );
  }

  get #professional(): boolean {
    return this.mode === 'professional';
  }

  /** Clears every answer and goes back to the safety screen. */
  reset(): void {
    this.#go({ ...FRESH });
  }

  /** Clears the answers, then leaves the page, as the exit button and Shift ×3 do. */
  exit(): void {
    this.session = FRESH;
    quickExit(this, exitUrl(this, this.exitUrl));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const wanted = this.#locale.locale;
    const stale =
      this.#loaded === undefined ||
      (this.#loaded.locale !== wanted && this.session.step === 'safety') ||
      (this.#professional && this.#loaded.professional === undefined);
    if (changed.has('mode') && changed.get('mode') !== undefined) this.session = FRESH;
    if (stale && this.#pending === undefined && this.loading !== 'failed') this.#load();
  }

  protected override updated(): void {
    if (!this.#focusStep) return;
    this.#focusStep = false;
    this.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }

  #load(): Promise<Loaded> {
    const locale = this.#locale.locale;
    this.loading = 'loading';
    const pending = loadEverything(locale, this.#professional);
    this.#pending = pending;
    pending.then(
      (loaded) => {
        if (this.#pending !== pending) return;
        this.#pending = undefined;
        this.#loaded = loaded;
        this.loading = 'ready';
      },
      () => {
        if (this.#pending !== pending) return;
        this.#pending = undefined;
        this.loading = 'failed';
      },
    );
    return pending;
  }

  #go(session: Session): void {
    const stepChanged = session.step !== this.session.step;
    this.session = session;
    this.#focusStep = true;
    if (stepChanged)
      this.dispatchEvent(
        new CustomEvent<IjmSelfCheckStepDetail>('ijm-self-check-step', {
          detail: { step: session.step },
          bubbles: true,
          composed: true,
        }),
      );
  }

  async #start(): Promise<void> {
    if (this.loading !== 'ready') {
      try {
        await (this.#pending ?? this.#load());
      } catch {
        return;
      }
    }
    this.#go({ ...this.session, step: this.#professional ? 'checklist' : 'perspective' });
  }

  #term: Term = (key, ...args) => {
    const message = this.messages?.[key] ?? this.#loaded?.ui.messages[key] ?? selfCheckUiEn.messages[key];
    return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : String(message);
  };

  #text(key: SelfCheckMessageKey): string {
    const override = this.messages?.[key];
    return typeof override === 'string' ? override : (this.#loaded?.questions.messages[key] ?? '');
  }

  #steps(): Steps.StepContext {
    return {
      session: this.session,
      term: this.#term,
      text: (key) => this.#text(key),
      heading: (text) => this.#heading(text),
      go: (session) => this.#go(session),
      set: (session) => {
        this.session = session;
      },
      hotlineCard: () => this.#hotlineCard(),
      reset: () => this.reset(),
    };
  }

  // All three languages are bundled: the way out never waits for a download.
  #exitCatalog(): Catalog<QuickExitMessages> {
    return quickExitCatalogs[(this.#loaded?.locale ?? this.#locale.locale) as 'en'] ?? quickExitCatalogs.en;
  }

  #exitTerm(key: 'label' | 'hint'): string {
    return this.#exitCatalog().messages[key];
  }

  override render() {
    const { step } = this.session;
    const lang = this.#loaded?.locale ?? 'en';
    return html`${exitButton('exit', this.#exitTerm('label'), this.#exitTerm('hint'), () => this.exit())}
      <p class="visually-hidden" role="status">
        ${this.pressed > 0 ? this.#exitCatalog().messages.pressesLeft(SHIFT_PRESSES - this.pressed) : ''}
      </p>
      <section part="frame" class="frame" lang=${lang} aria-labelledby="title">
        <h2 id="title">${this.#term(this.#professional ? 'proHeading' : 'title')}</h2>
        ${
          step === 'safety'
            ? this.#renderSafety()
            : step === 'checklist'
              ? this.#renderChecklist()
              : step === 'result'
                ? this.#renderResult()
                : this.#renderStep(step)
        }
      </section>`;
  }

  #heading(text: string) {
    return html`<h3 tabindex="-1" data-step-heading>${text}</h3>`;
  }

  #renderSafety() {
    const t = this.#term;
    return html`${this.#heading(t('safetyHeading'))}
      <ul class="safety">
        <li>${this.#professional ? t('proIntro') : t('safetyWhat')}</li>
        <li>${t('safetyPrivate')}</li>
        <li>${t('safetyExit')}</li>
        <li>${t('safetyHistory')}</li>
      </ul>
      <p class="status" role="status">
        ${this.loading === 'failed' ? t('loadFailed') : this.loading === 'loading' ? t('loading') : ''}
      </p>
      <div class="actions">
        ${
          this.loading === 'failed'
            ? html`<button type="button" class="primary" @click=${() => this.#load()}>${t('retry')}</button>`
            : html`<button type="button" class="primary" @click=${() => this.#start()}>${t('start')}</button>`
        }
      </div>`;
  }

  #hotlineCard() {
    const loaded = this.#loaded;
    if (loaded === undefined) return nothing;
    return loaded.helplines.renderHotlineCard({
      term: this.#term,
      locale: loaded.locale,
      chosen: this.session.country,
      attribute: this.country,
      onCountry: (country) => {
        this.session = { ...this.session, country };
      },
    });
  }

  #renderStep(step: 'perspective' | 'questions' | 'review') {
    const steps = this.#loaded?.steps;
    if (steps === undefined) return this.#renderSafety();
    const render = {
      perspective: steps.renderPerspective,
      questions: steps.renderQuestions,
      review: steps.renderReview,
    };
    return render[step](this.#steps());
  }

  #renderResult() {
    if (this.#professional) return this.#renderProfessionalResult();
    return this.#loaded?.steps.renderResult(this.#steps()) ?? this.#renderSafety();
  }

  #proTerm: Professional.ProfessionalTerm = (key, ...args) => {
    const catalogs = this.#loaded?.professional?.professionalCatalogs;
    const message =
      this.messages?.[key] ?? catalogs?.[this.#loaded?.locale ?? 'en']?.messages[key] ?? catalogs?.en.messages[key];
    return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : String(message);
  };

  #renderChecklist() {
    const t = this.#proTerm;
    const professional = this.#loaded?.professional;
    if (professional === undefined) return this.#renderSafety();
    const list = professional.isList(this.session.list) ? this.session.list : professional.defaultList;
    return html`${this.#heading(t('proList'))}
      <p>${this.#term('proIntro')}</p>
      ${professional.renderChecklist({
        term: t,
        list,
        checked: this.session.checked,
        onList: (next) => {
          this.session = { ...this.session, list: next, checked: new Set() };
        },
        onToggle: (id, present) => {
          const checked = new Set(this.session.checked);
          if (present) checked.add(id);
          else checked.delete(id);
          this.session = { ...this.session, list, checked };
        },
      })}
      <div class="actions">
        <button type="button" @click=${() => this.#go({ ...this.session, step: 'safety' })}>
          ${this.#term('back')}
        </button>
        <button type="button" class="primary" @click=${() => this.#go({ ...this.session, list, step: 'result' })}>
          ${t('proAssess')}
        </button>
      </div>`;
  }

  #renderProfessionalResult() {
    const t = this.#term;
    const pro = this.#proTerm;
    const professional = this.#loaded?.professional;
    if (professional === undefined) return this.#renderSafety();
    const list = professional.isList(this.session.list) ? this.session.list : professional.defaultList;
    return html`${this.#heading(pro('proAssess'))}
      ${professional.renderOutcome(pro, list, this.session.checked)}
      <div class="actions">
        <button type="button" @click=${() => this.#go({ ...this.session, step: 'checklist' })}>${t('back')}</button>
        <button type="button" class="primary" @click=${() => this.reset()}>${t('again')}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ijm-indicator-self-check': IjmIndicatorSelfCheck;
  }
  interface GlobalEventHandlersEventMap {
    'ijm-self-check-step': CustomEvent<IjmSelfCheckStepDetail>;
  }
}

export type { IjmSelfCheckStepDetail, SelfCheckStep } from './indicator-self-check.model.js';

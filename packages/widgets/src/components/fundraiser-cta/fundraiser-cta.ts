import type { CampaignProgress } from '@ijm/core/forms';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { checkEndpoint } from '../../kit/endpoint.js';
import { LocalizeController } from '../../kit/localize.js';
import { hostStyles } from '../../kit/tokens.js';
import { type FundraiserCtaMessages, fundraiserCtaCatalogs } from './fundraiser-cta.messages.js';
import { fundraiserCtaStyles } from './fundraiser-cta.styles.js';

/** The lead form's module, which defines `<ijm-fundraiser-lead>`: asked for when the page is idle or the button pressed. */
let leadForm: Promise<unknown> | undefined;
function loadLeadForm(): Promise<unknown> {
  leadForm ??= import('../../define/fundraiser-lead.js').catch((error: unknown) => {
    leadForm = undefined;
    throw error;
  });
  return leadForm;
}

/** The attributes the call to action hands to its lead form, as they are named there. */
const FORWARDED = [
  'endpoint',
  'timeout',
  'consent-text',
  'consent-version',
  'privacy-url',
  'guide-href',
  'guide-label',
  'currency',
] as const;

const warned = new WeakSet<HTMLElement>();

/** Figures that draw an honest bar: a positive goal, a raised amount of at least 0, a currency code. */
function checkedProgress(progress: Partial<CampaignProgress>): CampaignProgress | undefined {
  const { goal, raised, currency, updatedAt } = progress;
  if (typeof goal !== 'number' || !Number.isFinite(goal) || goal <= 0) return undefined;
  if (typeof raised !== 'number' || !Number.isFinite(raised) || raised < 0) return undefined;
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return undefined;
  const date = typeof updatedAt === 'string' && !Number.isNaN(Date.parse(updatedAt)) ? { updatedAt } : {};
  return { goal, raised, currency, ...date };
}

/** The figures as attributes give them, or `undefined` when there are none or they cannot draw an honest bar. */
function attributeProgress(element: IjmFundraiserCta): CampaignProgress | undefined {
  if (element.goal === undefined && element.raised === undefined) return undefined;
  const progress = checkedProgress({
    goal: Number(element.goal),
    raised: Number(element.raised ?? 0),
    currency: String(element.currency ?? '')
      .trim()
      .toUpperCase(),
    ...(element.updatedAt === undefined ? {} : { updatedAt: String(element.updatedAt) }),
  });
  if (progress === undefined && !warned.has(element)) {
    warned.add(element);
    console.warn(
      '<ijm-fundraiser-cta>: goal must be a number above 0, raised a number from 0, currency a code like MYR; no progress bar is shown.',
    );
  }
  return progress;
}

/**
 * @summary A call to action to start a fundraiser, with an optional, honest campaign progress bar. Its button opens the
 * "start a fundraiser" lead form (`<ijm-fundraiser-lead>`) in its place, which ends in a thank-you with the host's
 * guide for new fundraisers.
 * @tag ijm-fundraiser-cta
 * @since 0.2.0
 *
 * @slot heading - Replaces the heading ("Make an Impact").
 * @slot - Replaces the text under the heading.
 *
 * @attr heading-level - The level of the heading, 1 to 6 (default 2); the lead form's is the same.
 * @attr goal - The campaign's goal, a number above 0.
 * @attr raised - The amount raised so far, from 0 (above the goal, the bar says "goal exceeded").
 * @attr currency - The campaign's currency (ISO 4217, for example `MYR`); also the lead form's first choice of currency.
 * @attr updated-at - When the figures were last updated (ISO 8601), shown under the bar.
 * @attr progress-src - An `https:` address (`http:` only for localhost) of JSON `{ goal, raised, currency, updatedAt? }`, fetched once instead of the attributes; any failure shows no bar.
 * @attr endpoint - Given to the lead form: where to POST its submission envelope.
 * @attr timeout - Given to the lead form.
 * @attr consent-text - Given to the lead form.
 * @attr consent-version - Given to the lead form.
 * @attr privacy-url - Given to the lead form.
 * @attr guide-href - Given to the lead form: an `https:` link to your guide, offered in its thank-you.
 * @attr guide-label - Given to the lead form: the guide link's text (default "25 Tips for the Novice Fundraiser").
 *
 * @event ijm-submit - From the lead form (cancelable); see `<ijm-fundraiser-lead>`.
 * @event ijm-success - From the lead form.
 * @event ijm-error - From the lead form; the person's input is kept.
 * @event ijm-invalid - From the lead form.
 *
 * @csspart heading - The heading.
 * @csspart button - The call to action's button.
 * @csspart progress - The progress figures and bar.
 * @csspart lead-form - The lead form, once open.
 *
 * @cssprop --ijm-fundraiser-cta-background - Background of the call to action.
 * @cssprop --ijm-fundraiser-cta-bar-color - Colour of the progress bar's filled part.
 */
export class IjmFundraiserCta extends LitElement {
  static override styles = [hostStyles, fundraiserCtaStyles];

  static override properties = {
    headingLevel: { attribute: 'heading-level', type: Number },
    goal: { type: Number },
    raised: { type: Number },
    currency: {},
    updatedAt: { attribute: 'updated-at' },
    progressSrc: { attribute: 'progress-src' },
    messages: { attribute: false },
    open: { state: true },
    fetched: { state: true },
    progressPending: { state: true },
    loadFailed: { state: true },
  };

  /** The level of the heading, 1 to 6. */
  headingLevel = 2;
  /** The campaign's goal. */
  goal: number | undefined;
  /** The amount raised so far. */
  raised: number | undefined;
  /** The campaign's currency (ISO 4217). */
  currency: string | undefined;
  /** When the figures were last updated (ISO 8601). */
  updatedAt: string | undefined;
  /** An `https:` address (`http:` only for localhost) of the campaign's figures as JSON, fetched once. */
  progressSrc: string | undefined;
  /** Messages to use instead of the built-in ones, by key. */
  messages: Partial<FundraiserCtaMessages> | undefined;
  /** Whether the lead form has replaced the call to action. */
  declare open: boolean;
  /** The figures from `progress-src`, once fetched and checked. */
  declare fetched: CampaignProgress | undefined;
  /**
   * `progress-src` is being fetched and no figures are shown yet: the bar's space is kept, so nothing below moves when
   * it arrives. Set only while `fetched` is undefined, and cleared when the fetch settles.
   */
  declare progressPending: boolean;
  /** The lead form could not be downloaded when the button was pressed. */
  declare loadFailed: boolean;

  readonly #localize = new LocalizeController<FundraiserCtaMessages>(this, fundraiserCtaCatalogs);
  #fetching: AbortController | undefined;
  #fetchedFrom: string | undefined;
  #leadForm: HTMLElement | undefined;

  constructor() {
    super();
    this.open = false;
    this.progressPending = false;
    this.loadFailed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The lead form is not part of the first paint; it is there before anyone presses the button.
    (globalThis.requestIdleCallback ?? setTimeout)(() => {
      loadLeadForm().catch(() => {});
    });
    if (this.hasUpdated) this.#fetch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#fetching?.abort();
    this.#fetchedFrom = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('progressSrc')) this.#fetch();
  }

  #fetch(): void {
    const source = typeof this.progressSrc === 'string' ? this.progressSrc.trim() : '';
    const url = source === '' ? undefined : checkEndpoint(source);
    if (url === undefined) {
      if (source !== '') console.warn('<ijm-fundraiser-cta>: progress-src must be an https: address.');
      this.fetched = undefined;
      this.progressPending = false;
      return;
    }
    if (this.#fetchedFrom === url.href) return;
    this.#fetchedFrom = url.href;
    this.#fetching?.abort();
    const fetching = new AbortController();
    this.#fetching = fetching;
    this.progressPending = this.fetched === undefined;
    import('./fundraiser-cta.progress.js')
      .then(({ fetchProgress }) => fetchProgress(url.href, fetching.signal))
      .then((progress) => {
        if (!fetching.signal.aborted) this.fetched = progress;
      })
      .catch(() => {})
      .finally(() => {
        if (!fetching.signal.aborted) this.progressPending = false;
      });
  }

  #level(): number {
    return Number.isInteger(this.headingLevel) ? Math.min(6, Math.max(1, this.headingLevel)) : 2;
  }

  #term<K extends keyof FundraiserCtaMessages & string>(
    key: K,
    ...args: FundraiserCtaMessages[K] extends (...a: infer A) => string ? A : []
  ): string {
    return this.#localize.term(key, ...args);
  }

  async #openForm(): Promise<void> {
    try {
      await loadLeadForm();
    } catch {
      // Offline, or blocked: the call to action stays, says so, and the next press tries again.
      this.loadFailed = true;
      return;
    }
    this.loadFailed = false;
    this.open = true;
    await this.updateComplete;
    const form = this.renderRoot.querySelector('ijm-fundraiser-lead');
    await form?.updateComplete;
    // Focus goes to the form's heading: the person hears where they are, then tabs into its first field.
    const title = form?.shadowRoot?.querySelector<HTMLElement>('#title');
    title?.setAttribute('tabindex', '-1');
    title?.focus();
  }

  #renderProgress() {
    if (this.progressPending)
      return html`<div part="progress" class="progress pending" aria-hidden="true">
        <p class="figures">&nbsp;</p><span class="bar"></span><p class="updated">&nbsp;</p>
      </div>`;
    const progress = this.progressSrc === undefined ? attributeProgress(this) : this.fetched;
    if (progress === undefined) return nothing;
    const { locale } = this.#localize;
    const money = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: progress.currency,
      maximumFractionDigits: 0,
    });
    const raised = money.format(progress.raised);
    const goal = money.format(progress.goal);
    const exceeded = progress.raised > progress.goal;
    const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
      progress.raised / progress.goal,
    );
    const figures = exceeded ? this.#term('goalExceeded', raised, goal) : this.#term('raisedOfGoal', raised, goal);
    const updated =
      progress.updatedAt === undefined
        ? undefined
        : new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(progress.updatedAt));
    return html`<div part="progress" class="progress">
      <p class="figures" id="figures">${figures}</p>
      <progress max=${progress.goal} .value=${Math.min(progress.raised, progress.goal)} aria-label=${this.#term('progressLabel')}
        aria-describedby="figures" aria-valuetext=${`${figures} (${this.#term('percentRaised', share)})`}></progress>
      ${
        updated === undefined
          ? nothing
          : html`<p class="updated"><time datetime=${progress.updatedAt ?? ''}>${this.#term('updated', updated)}</time></p>`
      }
    </div>`;
  }

  #renderLeadForm() {
    // The form is created once, with the call to action's settings as its own attributes.
    const form = document.createElement('ijm-fundraiser-lead');
    for (const name of FORWARDED) {
      const value = this.getAttribute(name);
      if (value !== null) form.setAttribute(name, value);
    }
    form.setAttribute('heading-level', String(this.#level()));
    form.setAttribute('part', 'lead-form');
    return form;
  }

  override render() {
    if (this.open) {
      this.#leadForm ??= this.#renderLeadForm();
      return html`${this.#leadForm}`;
    }
    // While progress-src loads, the card keeps the height reserve-space.css reserved (if the page links it), the
    // progress row taking what the figures will need, so neither the card nor its button moves when they arrive.
    return html`<section class=${this.progressPending ? 'cta waiting' : 'cta'} aria-labelledby="heading">
      <div role="heading" aria-level=${this.#level()} id="heading" part="heading" class="heading">
        <slot name="heading">${this.#term('heading')}</slot>
      </div>
      <div class="text"><slot><p>${this.#term('text')}</p></slot></div>
      ${this.#renderProgress()}
      <button part="button" type="button" @click=${() => this.#openForm()}>${this.#term('button')}</button>
      <p role="status" class="status">${this.loadFailed ? this.#term('loadFailed') : ''}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ijm-fundraiser-cta': IjmFundraiserCta;
  }
}

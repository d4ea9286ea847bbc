import type { FundraiserIdea } from '@ijm/core/forms';
import { html, nothing } from 'lit';
import { countrySelectOptions } from '../../kit/form/countries.js';
import { IjmFormElement } from '../../kit/form/element.js';
import type { FieldOption, FieldSpec } from '../../kit/form/model.js';
import { type FundraiserLeadMessages, fundraiserLeadEn } from './fundraiser-lead.messages.js';

type FundraiserLeadContract = typeof import('./fundraiser-lead.contract.js');

// The core's `FUNDRAISER_IDEAS`, in its order, as keys (a value import from `@ijm/core/forms` would bring zod into the
// first paint); `satisfies` keeps the two in step.
const IDEA_MESSAGES = {
  birthday: 'ideaBirthday',
  'athletic-challenge': 'ideaAthletic',
  'polar-dip': 'ideaPolarDip',
  other: 'ideaOther',
} as const satisfies Record<FundraiserIdea, keyof FundraiserLeadMessages>;

/**
 * Currencies offered for a goal: those of the countries where IJM and its partners work most, then the widely used
 * ones. A host's `currency` is added (and chosen) when it is not among them.
 */
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'MYR', 'PHP', 'THB', 'INR', 'KES', 'UGX', 'GHS', 'DOP', 'GTQ'];

/** The local date as `YYYY-MM-DD`, for the date picker's `min`. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An `https:` address, or `undefined`. */
function httpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @summary "Start a fundraiser": a lead form for a supporter with an idea (name, email, the idea, and optionally a
 * target date and a goal), with a consent checkbox; the thank-you offers the host's guide for new fundraisers.
 * `<ijm-fundraiser-cta>` opens it from its call to action; it also works alone.
 * @tag ijm-fundraiser-lead
 * @since 0.2.0
 *
 * @attr endpoint - Where to POST the submission envelope (`https:`; `http:` only for localhost). Without it, handle `ijm-submit`.
 * @attr timeout - Milliseconds to wait for each attempt (default 10000).
 * @attr consent-text - The consent text to show and record. Plain text.
 * @attr consent-version - The version of your consent text, recorded with the consent.
 * @attr privacy-url - An `https:` link to your privacy notice, shown under the consent checkbox.
 * @attr heading-level - The level of the form's heading, 1 to 6 (default 2).
 * @attr currency - The goal's currency chosen at first (ISO 4217, for example `MYR`).
 * @attr guide-href - An `https:` link to your guide for new fundraisers, offered in the thank-you.
 * @attr guide-label - The guide link's text (default "25 Tips for the Novice Fundraiser").
 *
 * @event ijm-submit - Cancelable; `detail`: `{ formId, data, envelope, respondWith(promise) }`.
 * @event ijm-success - `detail`: `{ formId, outcome: 'success', status? }`.
 * @event ijm-error - `detail`: `{ formId, outcome: 'error', reason, status? }`; the person's input is kept.
 * @event ijm-invalid - `detail`: `{ formId, outcome: 'invalid', source, errors: [{ field, key }] }`.
 *
 * @csspart form - The `<form>`.
 * @csspart field - Each field: label, hint, error and control.
 * @csspart label - Each label.
 * @csspart input - Each input, select and checkbox.
 * @csspart button - The submit button.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart status - The polite live region: sending, waiting, failure messages.
 * @csspart success - The thank-you that replaces the form.
 *
 * @cssprop --ijm-form-max-width - Maximum width of the form (default 36rem).
 * @cssprop --ijm-form-gap - Space between fields.
 * @cssprop --ijm-form-input-background - Background of inputs.
 * @cssprop --ijm-form-button-background - Background of the submit button.
 * @cssprop --ijm-form-button-color - Text colour of the submit button.
 */
export class IjmFundraiserLead extends IjmFormElement<
  'fundraiser-lead',
  FundraiserLeadMessages,
  FundraiserLeadContract
> {
  static override properties = {
    ...IjmFormElement.properties,
    currency: {},
    guideHref: { attribute: 'guide-href' },
    guideLabel: { attribute: 'guide-label' },
  };

  /** The goal's currency chosen at first (ISO 4217). */
  currency: string | undefined;
  /** An `https:` link to the host's guide for new fundraisers, offered in the thank-you. */
  guideHref: string | undefined;
  /** The guide link's text. */
  guideLabel: string | undefined;

  #currencies: { locale: string; first: string | undefined; options: readonly FieldOption[] } | undefined;

  constructor() {
    super({
      formId: 'fundraiser-lead',
      load: () => import('./fundraiser-lead.contract.js'),
      consentVersion: 'ijm-fundraiser-lead-default-1',
      en: fundraiserLeadEn,
      locales: {
        ms: () => import('./fundraiser-lead.messages.ms.js').then((module) => module.fundraiserLeadMs),
        es: () => import('./fundraiser-lead.messages.es.js').then((module) => module.fundraiserLeadEs),
      },
    });
  }

  /** The host's currency, if it is a currency code. */
  #hostCurrency(): string | undefined {
    const code = typeof this.currency === 'string' ? this.currency.trim().toUpperCase() : '';
    return /^[A-Z]{3}$/.test(code) ? code : undefined;
  }

  /** The currencies, named in the reader's language, built again only when the language or the host's choice changes. */
  #currencyOptions(): readonly FieldOption[] {
    const { locale } = this.localize;
    const first = this.#hostCurrency();
    const cached = this.#currencies;
    if (cached !== undefined && cached.locale === locale && cached.first === first) return cached.options;
    const names = new Intl.DisplayNames(locale, { type: 'currency', fallback: 'code' });
    const codes = first === undefined || CURRENCIES.includes(first) ? CURRENCIES : [first, ...CURRENCIES];
    const options = codes.map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` }));
    this.#currencies = { locale, first, options };
    return options;
  }

  override willUpdate(): void {
    // The host's currency is the first choice, until the person picks another.
    const first = this.#hostCurrency();
    if (first !== undefined && this.form.value('goalCurrency') === '') this.form.set('goalCurrency', first);
  }

  protected override fields(): readonly FieldSpec[] {
    const ideas = Object.entries(IDEA_MESSAGES).map(([value, key]) => ({ value, label: this.term(key) }));
    const other: FieldSpec[] =
      this.form.value('idea') === 'other'
        ? [
            {
              name: 'ideaOther',
              kind: 'text',
              label: this.term('ideaOtherLabel'),
              maxLength: this.limits?.ideaOther,
            },
          ]
        : [];
    return [
      { name: 'name', kind: 'text', label: this.term('nameLabel'), autocomplete: 'name', maxLength: this.limits?.name },
      {
        name: 'email',
        kind: 'email',
        label: this.term('emailLabel'),
        autocomplete: 'email',
        inputmode: 'email',
        maxLength: this.limits?.email,
      },
      { name: 'idea', kind: 'select', label: this.term('ideaLabel'), options: ideas },
      ...other,
      {
        name: 'targetDate',
        kind: 'date',
        label: this.term('targetDateLabel'),
        hint: this.term('targetDateHint'),
        optional: true,
        autocomplete: 'off',
        min: localToday(),
      },
      {
        name: 'goalAmount',
        kind: 'number',
        label: this.term('goalAmountLabel'),
        optional: true,
        inputmode: 'decimal',
        min: '1',
      },
      {
        name: 'goalCurrency',
        kind: 'select',
        label: this.term('goalCurrencyLabel'),
        hint: this.term('goalCurrencyHint'),
        optional: true,
        options: this.#currencyOptions(),
      },
      {
        name: 'country',
        kind: 'select',
        label: this.term('countryLabel'),
        autocomplete: 'country',
        options: countrySelectOptions(this, this.localize.locale),
      },
    ];
  }

  protected override renderSuccessBody() {
    const guide = httpsUrl(this.guideHref);
    const label = typeof this.guideLabel === 'string' && this.guideLabel.trim() !== '' ? this.guideLabel.trim() : '';
    return html`<p>${this.term('successBody')}</p>
      ${
        guide === undefined
          ? nothing
          : html`<p>${this.term('guideIntro')} <a part="guide" href=${guide}>${label || this.term('guideLabel')}</a></p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ijm-fundraiser-lead': IjmFundraiserLead;
  }
}

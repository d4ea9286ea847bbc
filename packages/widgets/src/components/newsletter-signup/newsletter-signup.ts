import { html } from 'lit';
import { countrySelectOptions } from '../../kit/form/countries.js';
import { IjmFormElement } from '../../kit/form/element.js';
import type { FieldSpec } from '../../kit/form/model.js';
import { type NewsletterSignupMessages, newsletterSignupEn } from './newsletter-signup.messages.js';

type NewsletterContract = typeof import('./newsletter-signup.contract.js');

/**
 * @summary A newsletter sign-up form: an email address and consent, an optional country (required with
 * `require-country`) and, if asked for, first and last name.
 * After it is sent, it tells the person to confirm from their inbox (the intake service sends the confirmation email).
 * @tag ijm-newsletter-signup
 * @since 0.1.0
 *
 * @attr endpoint - Where to POST the submission envelope (`https:`; `http:` only for localhost). Without it, handle `ijm-submit`.
 * @attr timeout - Milliseconds to wait for each attempt (default 10000).
 * @attr consent-text - The consent text to show and record. Plain text. Default: a sentence about IJM's emails.
 * @attr consent-version - The version of your consent text, recorded with the consent.
 * @attr privacy-url - An `https:` link to your privacy notice, shown under the consent checkbox.
 * @attr heading-level - The level of the form's heading, 1 to 6 (default 2).
 * @attr show-names - Shows optional first and last name fields.
 * @attr require-country - Makes the country required (it is optional by default).
 *
 * @event ijm-submit - Cancelable; `detail`: `{ formId, data, envelope, respondWith(promise) }`. Without an endpoint, call `respondWith` with a promise that settles when you have sent the envelope.
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
export class IjmNewsletterSignup extends IjmFormElement<
  'newsletter-signup',
  NewsletterSignupMessages,
  NewsletterContract
> {
  static override properties = {
    ...IjmFormElement.properties,
    showNames: { type: Boolean, attribute: 'show-names' },
    requireCountry: { type: Boolean, attribute: 'require-country' },
  };

  /** Shows optional first and last name fields, for emails that greet people by name. */
  showNames = false;
  /** Makes the country required, for partners whose consent rules or mailing lists depend on where a person lives. */
  requireCountry = false;

  constructor() {
    super({
      formId: 'newsletter-signup',
      load: () => import('./newsletter-signup.contract.js'),
      consentVersion: 'ijm-newsletter-default-1',
      en: newsletterSignupEn,
      locales: {
        ms: () => import('./newsletter-signup.messages.ms.js').then((module) => module.newsletterSignupMs),
        es: () => import('./newsletter-signup.messages.es.js').then((module) => module.newsletterSignupEs),
      },
    });
  }

  protected override fields(): readonly FieldSpec[] {
    const names: FieldSpec[] = this.showNames
      ? [
          {
            name: 'givenName',
            kind: 'text',
            label: this.term('givenNameLabel'),
            optional: true,
            autocomplete: 'given-name',
            maxLength: this.limits?.personName,
          },
          {
            name: 'familyName',
            kind: 'text',
            label: this.term('familyNameLabel'),
            optional: true,
            autocomplete: 'family-name',
            maxLength: this.limits?.personName,
          },
        ]
      : [];
    return [
      {
        name: 'email',
        kind: 'email',
        label: this.term('emailLabel'),
        autocomplete: 'email',
        inputmode: 'email',
        maxLength: this.limits?.email,
      },
      ...names,
      {
        name: 'country',
        kind: 'select',
        label: this.term('countryLabel'),
        optional: !this.requireCountry,
        autocomplete: 'country',
        options: countrySelectOptions(this, this.localize.locale),
      },
    ];
  }

  protected override renderSuccessBody() {
    return html`<p>${this.term('successBody', this.form.value('email').trim() as never)}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ijm-newsletter-signup': IjmNewsletterSignup;
  }
}

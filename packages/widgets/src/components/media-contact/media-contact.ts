import { html } from 'lit';
import { IjmFormElement } from '../../kit/form/element.js';
import type { FieldOption, FieldSpec } from '../../kit/form/model.js';
import { type MediaContactMessages, mediaContactEn } from './media-contact.messages.js';

/** The topics offered unless the host sets its own: values sent as `topic`, with their message keys. */
export const DEFAULT_MEDIA_TOPICS = {
  interview: 'topicInterview',
  'data-or-research': 'topicData',
  'story-or-case': 'topicStory',
  event: 'topicEvent',
  other: 'topicOther',
} as const satisfies Record<string, keyof MediaContactMessages>;

/** Reads `topics` from its attribute as JSON, and refuses anything but a list of `{ value, label }` strings. */
const topicsConverter = {
  fromAttribute(value: string | null): FieldOption[] | undefined {
    if (value === null) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (
        Array.isArray(parsed) &&
        parsed.every((item) => typeof item?.value === 'string' && typeof item?.label === 'string')
      )
        return parsed.map((item: FieldOption) => ({ value: item.value, label: item.label }));
    } catch {
      // Reported below.
    }
    console.error('<ijm-media-contact>: `topics` must be JSON like [{"value":"interview","label":"Interview"}].');
    return undefined;
  },
};

/** The local date as `YYYY-MM-DD`, for the date picker's `min`. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * @summary A contact form for journalists: name, email, outlet, optional phone and deadline, topic and message (up to
 * 5,000 characters, with a counter), with a consent checkbox.
 * @tag ijm-media-contact
 * @since 0.1.0
 *
 * @attr endpoint - Where to POST the submission envelope (`https:`; `http:` only for localhost). Without it, handle `ijm-submit`.
 * @attr timeout - Milliseconds to wait for each attempt (default 10000).
 * @attr consent-text - The consent text to show and record. Plain text.
 * @attr consent-version - The version of your consent text, recorded with the consent.
 * @attr privacy-url - An `https:` link to your privacy notice, shown under the consent checkbox.
 * @attr heading-level - The level of the form's heading, 1 to 6 (default 2).
 *
 * @event ijm-submit - Cancelable; `detail`: `{ formId, data, envelope, respondWith(promise) }`. Without an endpoint, call `respondWith` with a promise that settles when you have sent the envelope.
 * @event ijm-success - `detail`: `{ formId, outcome: 'success', status? }`.
 * @event ijm-error - `detail`: `{ formId, outcome: 'error', reason, status? }`; the person's input is kept.
 * @event ijm-invalid - `detail`: `{ formId, outcome: 'invalid', source, errors: [{ field, key }] }`.
 *
 * @csspart form - The `<form>`.
 * @csspart field - Each field: label, hint, error and control.
 * @csspart label - Each label.
 * @csspart input - Each input, select, textarea and checkbox.
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
export class IjmMediaContact extends IjmFormElement<'media-contact', MediaContactMessages> {
  static override properties = { ...IjmFormElement.properties, topics: { converter: topicsConverter } };

  /**
   * The topics to offer, as `{ value, label }` (attribute: JSON). Default: interview, data or research, a story or
   * case, an event, something else, in the reader's language.
   */
  topics: readonly FieldOption[] | undefined;

  constructor() {
    super({
      formId: 'media-contact',
      load: () => import('./media-contact.contract.js'),
      consentVersion: 'ijm-media-contact-default-1',
      en: mediaContactEn,
      locales: {
        ms: () => import('./media-contact.messages.ms.js').then((module) => module.mediaContactMs),
        es: () => import('./media-contact.messages.es.js').then((module) => module.mediaContactEs),
      },
    });
  }

  #defaultTopics: { locale: string; messages: unknown; options: readonly FieldOption[] } | undefined;

  /**
   * The default topics in the reader's language, built again only when the language or the host's messages change: the
   * same list keeps the select's option nodes, which are cached by list.
   */
  #topicOptions(): readonly FieldOption[] {
    if (this.topics !== undefined) return this.topics;
    const { locale } = this.localize;
    const cached = this.#defaultTopics;
    if (cached?.locale === locale && cached.messages === this.messages) return cached.options;
    const options = Object.entries(DEFAULT_MEDIA_TOPICS).map(([value, key]) => ({ value, label: this.term(key) }));
    this.#defaultTopics = { locale, messages: this.messages, options };
    return options;
  }

  protected override fields(): readonly FieldSpec[] {
    const topics = this.#topicOptions();
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
      {
        name: 'organization',
        kind: 'text',
        label: this.term('organizationLabel'),
        autocomplete: 'organization',
        maxLength: this.limits?.organization,
      },
      {
        name: 'phone',
        kind: 'tel',
        label: this.term('phoneLabel'),
        optional: true,
        autocomplete: 'tel',
        inputmode: 'tel',
        maxLength: this.limits?.phone,
      },
      {
        name: 'deadline',
        kind: 'date',
        label: this.term('deadlineLabel'),
        hint: this.term('deadlineHint'),
        optional: true,
        autocomplete: 'off',
        min: localToday(),
      },
      { name: 'topic', kind: 'select', label: this.term('topicLabel'), options: topics, maxLength: this.limits?.topic },
      {
        name: 'message',
        kind: 'textarea',
        label: this.term('messageLabel'),
        maxLength: this.limits?.message,
        counter: true,
        rows: 8,
      },
    ];
  }

  protected override renderSuccessBody() {
    return html`<p>${this.term('successBody')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ijm-media-contact': IjmMediaContact;
  }
}

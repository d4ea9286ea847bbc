import type { Catalog, TranslationStatus } from '@ijm/core/i18n';

/**
 * A rule's message: the field's label and its limit (already formatted for the locale) are offered to every message,
 * which uses what it needs. A form may give one field its own wording under the key `<field>.<rule>`, for example
 * `email.required`.
 */
export type FieldMessage = string | ((label: string, limit: string) => string);

/**
 * The messages a form needs only once someone interacts with it: rule errors, the error summary, the sending and
 * failure statuses, the character counter. English ones load with the form's contract, after the first render.
 */
export type FormFeedbackMessages = {
  errorSummaryTitle: string;
  errorPrefix: string;
  required: FieldMessage;
  tooLong: FieldMessage;
  controlCharacters: FieldMessage;
  emailInvalid: FieldMessage;
  phoneInvalid: FieldMessage;
  countryInvalid: FieldMessage;
  dateInvalid: FieldMessage;
  dateInPast: FieldMessage;
  dateTooFar: FieldMessage;
  optionInvalid: FieldMessage;
  amountInvalid: FieldMessage;
  currencyInvalid: FieldMessage;
  consentRequired: FieldMessage;
  unknownField: FieldMessage;
  invalid: FieldMessage;
  formProblem: string;
  retrying: string;
  offline: string;
  failNetwork: string;
  failTimeout: string;
  failRateLimited: string;
  failServer: string;
  failRejected: string;
  failConfig: string;
  configEndpoint: string;
  counterHint: (max: string) => string;
  charactersLeft: (count: number) => string;
  charactersOver: (count: number) => string;
};

/**
 * The messages every form needs from its first paint, before its contract arrives: including what to say when that
 * contract (or the sending code) cannot be downloaded, and the label of the button that tries again.
 */
export type FormFirstPaintMessages = {
  optional: string;
  sending: string;
  honeypotLabel: string;
  privacyLink: string;
  selectPrompt: string;
  retry: string;
  failLoad: string;
};

/** The messages every form shares. A form's messages extend this shape, so one `messages` override reaches both. */
export type FormKitMessages = FormFeedbackMessages & FormFirstPaintMessages;

/** A form's message keys that its first paint may use: all but the feedback, which comes with the contract. */
export type FirstPaintKey<M extends FormMessages> = Exclude<keyof M, keyof FormFeedbackMessages> & string;

/** What a form's own messages must add: its title, intro, button and consent wording, and its thank-you. */
export type FormMessages = FormKitMessages & {
  title: string;
  intro: string;
  submit: string;
  consentText: string;
  successTitle: string;
};

/** A form's English catalog as bundled: everything but the feedback, which comes with the contract. */
export interface BundledCatalog<M extends FormMessages> {
  readonly locale: 'en';
  readonly status: TranslationStatus;
  readonly messages: Omit<M, keyof FormFeedbackMessages>;
}

const en: Catalog<FormFirstPaintMessages> = {
  locale: 'en',
  status: 'source',
  messages: {
    optional: '(optional)',
    sending: 'Sending…',
    honeypotLabel: 'Leave this field empty',
    privacyLink: 'How we use your information',
    selectPrompt: 'Select',
    retry: 'Try again',
    failLoad:
      'Part of this form could not be downloaded. Check your connection and try again. What you typed is still here.',
  },
};

/** The kit's shared messages in English; a form spreads them into its own English catalog. */
export const formKitEn = en;

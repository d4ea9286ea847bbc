import * as z from 'zod/mini';
import { define } from '../define-schema.js';
import {
  amount,
  countryCode,
  currencyCode,
  email,
  FIELD_LIMITS,
  type FormMessageKey,
  futureDate,
  multilineText,
  option,
  phone,
  text,
} from './rules.js';

/** The forms that share this contract. The id travels in every envelope as `formId`. */
export const FORM_IDS = /* @__PURE__ */ Object.freeze([
  'newsletter-signup',
  'media-contact',
  'fundraiser-lead',
] as const);

export type FormId = (typeof FORM_IDS)[number];

export function isFormId(value: unknown): value is FormId {
  return typeof value === 'string' && (FORM_IDS as readonly string[]).includes(value);
}

// Unknown keys are refused (a client that sends more than the form asks for is broken or probing), with a message key.
const strict = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.strictObject(shape, {
    error: (issue): FormMessageKey => (issue.code === 'unrecognized_keys' ? 'unknownField' : 'invalid'),
  });

/**
 * Newsletter sign-up: an email address, and optionally first and last names and a country. With the envelope's consent
 * record, the smallest sign-up is an email address and consent; a widget can make the country required for partners
 * whose lists or consent rules depend on it (`<ijm-newsletter-signup require-country>`), while the contract itself
 * accepts a sign-up without one.
 */
export const newsletterSignup = /* @__PURE__ */ define(() =>
  strict({
    email: email(),
    givenName: z.optional(text(FIELD_LIMITS.personName)),
    familyName: z.optional(text(FIELD_LIMITS.personName)),
    country: z.optional(countryCode()),
  }),
);

export type NewsletterSignup = z.output<typeof newsletterSignup>;

/**
 * Media contact: who is asking, from which outlet, how to reach them, by when, about what, and the question. The
 * topic is free text (1 to 100 characters): the options are the host's to choose, the widget only suggests some.
 */
export const mediaContact = /* @__PURE__ */ define(() =>
  strict({
    name: text(FIELD_LIMITS.name),
    email: email(),
    organization: text(FIELD_LIMITS.organization),
    phone: z.optional(phone()),
    deadline: z.optional(futureDate(2)),
    topic: text(FIELD_LIMITS.topic),
    message: multilineText(FIELD_LIMITS.message),
  }),
);

export type MediaContact = z.output<typeof mediaContact>;

/** The kinds of fundraiser a supporter can propose; `other` asks for a description. */
export const FUNDRAISER_IDEAS = /* @__PURE__ */ Object.freeze([
  'birthday',
  'athletic-challenge',
  'polar-dip',
  'other',
] as const);

export type FundraiserIdea = (typeof FUNDRAISER_IDEAS)[number];

/** The largest goal a lead form accepts; anything bigger is a typo or a conversation, not a form. */
export const MAX_FUNDRAISER_GOAL = 10_000_000;

/**
 * "Start a fundraiser" lead: name, email, the idea (with a description when it is `other`), an optional target date
 * and goal (an amount needs its currency), and a country.
 */
export const fundraiserLead = /* @__PURE__ */ define(() =>
  strict({
    name: text(FIELD_LIMITS.name),
    email: email(),
    idea: option(FUNDRAISER_IDEAS),
    ideaOther: z.optional(text(FIELD_LIMITS.ideaOther)),
    targetDate: z.optional(futureDate(3)),
    goalAmount: z.optional(amount(MAX_FUNDRAISER_GOAL)),
    goalCurrency: z.optional(currencyCode()),
    country: countryCode(),
  }).check(
    z.superRefine(
      (lead, ctx) => {
        if (lead.idea === 'other' && lead.ideaOther === undefined)
          ctx.addIssue({ code: 'custom', message: 'required', path: ['ideaOther'], input: undefined });
        if (lead.idea !== 'other' && lead.ideaOther !== undefined)
          ctx.addIssue({ code: 'custom', message: 'invalid', path: ['ideaOther'], input: lead.ideaOther });
        if (lead.goalAmount !== undefined && lead.goalCurrency === undefined)
          ctx.addIssue({ code: 'custom', message: 'required', path: ['goalCurrency'], input: undefined });
      },
      // Runs alongside field errors, so that a person sees every problem at once.
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    ),
  ),
);

export type FundraiserLead = z.output<typeof fundraiserLead>;

/**
 * Each form's data schema, by form id. The table is frozen; the schemas in it are not, because zod fills in parts of a
 * schema the first time it is used.
 */
export const FORM_SCHEMAS = /* @__PURE__ */ Object.freeze({
  'newsletter-signup': newsletterSignup,
  'media-contact': mediaContact,
  'fundraiser-lead': fundraiserLead,
} as const satisfies Record<FormId, z.core.$ZodType>);

/** The data of a form, after normalisation. */
export type FormData<F extends FormId> = z.output<(typeof FORM_SCHEMAS)[F]>;

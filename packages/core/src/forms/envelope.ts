import * as z from 'zod/mini';
import { define } from '../define-schema.js';
import { SUPPORTED_LOCALES } from '../i18n/locale.js';
import { InvalidInputError } from '../input-error.js';
import { FIELD_LIMITS, type FormMessageKey, multilineText, text } from './rules.js';
import { FORM_IDS, FORM_SCHEMAS, type FormId, isFormId } from './schemas.js';

/** Bumped when the envelope or a form's data changes in a way an older intake service would refuse. */
export const FORM_CONTRACT_VERSION = 1;

const invalid = { error: (): FormMessageKey => 'invalid' };

const strict = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.strictObject(shape, {
    error: (issue): FormMessageKey => (issue.code === 'unrecognized_keys' ? 'unknownField' : 'invalid'),
  });

/**
 * What the person was asked to agree to and whether they did: the exact text shown (in the language shown), the
 * version of that text the host set, and the time they gave it (`null` when not given).
 */
export const consentRecord = /* @__PURE__ */ consentRecordSchema(false);

/** A consent record whose `given` must be `true`: the form cannot be sent without it (`consentRequired`). */
export const givenConsentRecord = /* @__PURE__ */ consentRecordSchema(true);

function consentRecordSchema(required: boolean) {
  return strict({
    text: multilineText(FIELD_LIMITS.consentText),
    version: text(FIELD_LIMITS.consentVersion),
    given: required
      ? z.literal(true, { error: (): FormMessageKey => 'consentRequired' })
      : z.boolean({ error: (issue): FormMessageKey => (issue.input === undefined ? 'required' : 'invalid') }),
    at: z.nullable(z.iso.datetime(invalid)),
  }).check(
    z.refine((consent: { given: boolean; at: string | null }) => consent.given === (consent.at !== null), {
      error: 'invalid',
      path: ['at'],
    }),
  );
}

export type ConsentRecord = z.output<typeof consentRecord>;

/** An ISO 8601 UTC timestamp such as `2025-05-01T09:30:00.000Z`. */
const timestamp = () => z.iso.datetime(invalid);

/** The page the form was on: its origin and path, never its query string or fragment (they can hold personal data). */
export const pageRecord = /* @__PURE__ */ define(() =>
  strict({
    origin: z
      .string(invalid)
      .check(z.maxLength(FIELD_LIMITS.pageOrigin, 'tooLong'), z.regex(/^https?:\/\/[^/?#\s]+$/, 'invalid')),
    path: z.string(invalid).check(z.maxLength(FIELD_LIMITS.pagePath, 'tooLong'), z.regex(/^\/[^?#\s]*$/, 'invalid')),
  }),
);

export type PageRecord = z.output<typeof pageRecord>;

/**
 * Builds the envelope schema of one form. Throws `InvalidInputError` for an unknown form id or a `data` that is not a
 * zod schema.
 */
export function envelopeSchema<F extends FormId, D extends z.core.$ZodType>(formId: F, data: D) {
  if (!isFormId(formId))
    throw new InvalidInputError(formId, `envelopeSchema() needs a form id: ${FORM_IDS.join(', ')}.`);
  if (typeof data !== 'object' || data === null || (data as { _zod?: unknown })._zod === undefined)
    throw new InvalidInputError(data, 'envelopeSchema() needs a zod schema for the data.');
  return strict({
    formId: z.literal(formId, invalid),
    contractVersion: z.literal(FORM_CONTRACT_VERSION, invalid),
    /** A UUID v4, the same for every retry of one content, new when the content changes. */
    idempotencyKey: z.uuidv4(invalid),
    submittedAt: timestamp(),
    locale: z.enum(SUPPORTED_LOCALES, invalid),
    page: pageRecord,
    consent: givenConsentRecord,
    /** What the hidden honeypot field held: empty for a person. The service decides what to do with anything else. */
    honeypot: z.string(invalid).check(z.maxLength(FIELD_LIMITS.honeypot, 'tooLong')),
    /** Milliseconds from the form's first render to the submit, a cheap signal of automated submissions. */
    elapsedMs: z.int(invalid).check(z.gte(0, 'invalid')),
    data,
  });
}

/**
 * Every envelope the intake service accepts, told apart by `formId`. Parse a request body with it to get the form's
 * typed, normalised data.
 */
export const submissionEnvelope = /* @__PURE__ */ define(() =>
  z.discriminatedUnion(
    'formId',
    [
      envelopeSchema('newsletter-signup', FORM_SCHEMAS['newsletter-signup']),
      envelopeSchema('media-contact', FORM_SCHEMAS['media-contact']),
      envelopeSchema('fundraiser-lead', FORM_SCHEMAS['fundraiser-lead']),
    ],
    { error: (): FormMessageKey => 'invalid' },
  ),
);

export type SubmissionEnvelope = z.output<typeof submissionEnvelope>;

/** The envelope of one form. */
export type EnvelopeOf<F extends FormId> = Extract<SubmissionEnvelope, { formId: F }>;

/** What a client puts in the envelope before the contract normalises it (for example an untrimmed email address). */
export type SubmissionEnvelopeInput = z.input<typeof submissionEnvelope>;

/**
 * A random UUID v4 for the `Idempotency-Key` header and the envelope. Uses `crypto.getRandomValues`, which, unlike
 * `crypto.randomUUID`, also exists on pages served over plain HTTP.
 */
export function createIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createIdempotencyKey,
  FIELD_LIMITS,
  FORM_CONTRACT_VERSION,
  FORM_IDS,
  FORM_MESSAGE_KEYS,
  FORM_SCHEMAS,
  type FormMessageKey,
  fundraiserLead,
  isSaneEmail,
  issuesToFieldErrors,
  mediaContact,
  newsletterSignup,
  normalizeEmail,
  type SubmissionEnvelopeInput,
  submissionEnvelope,
  submissionReceipt,
  validationErrorBody,
} from './index.js';

type Schema = { safeParse(input: unknown): { success: boolean; error?: { issues: readonly unknown[] } } };

/** The `{ field, key }` pairs a schema reports for an input, or `[]` when it passes. */
function errorsOf(schema: Schema, input: unknown): Array<{ field: string; key: FormMessageKey }> {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return issuesToFieldErrors(result.error?.issues as Parameters<typeof issuesToFieldErrors>[0]);
}

const validNewsletter = { email: 'Ana@Example.ORG', country: 'my' };
const validMedia = {
  name: 'Ana Reporter',
  email: 'ana@news.example',
  organization: 'The Daily Example',
  topic: 'interview',
  message: 'Could we speak this week?',
};
const validLead = { name: 'Sam', email: 'sam@example.com', idea: 'polar-dip', country: 'US' };

describe('normalisation', () => {
  it('trims every text field and lower-cases only the email domain', () => {
    const result = newsletterSignup.parse({
      email: '  Ana.Maria@EXAMPLE.Org ',
      givenName: '  Ana ',
      familyName: ' María  ',
      country: ' my ',
    });
    expect(result).toEqual({ email: 'Ana.Maria@example.org', givenName: 'Ana', familyName: 'María', country: 'MY' });
  });

  it('keeps line breaks and tabs in a message, folding CRLF into LF', () => {
    const result = mediaContact.parse({ ...validMedia, message: '  Line one\r\n\tLine two\rLine three  ' });
    expect(result.message).toBe('Line one\n\tLine two\nLine three');
  });

  it('treats a field of only spaces as missing', () => {
    expect(errorsOf(newsletterSignup, { ...validNewsletter, email: '   ' })).toEqual([
      { field: 'email', key: 'required' },
    ]);
  });

  it('normalizeEmail leaves an address without @ as it is, trimmed', () => {
    expect(normalizeEmail(' Not-An-Email ')).toBe('Not-An-Email');
  });
});

describe('required fields and message keys', () => {
  it('reports each missing required field with `required`', () => {
    expect(errorsOf(mediaContact, {})).toEqual([
      { field: 'name', key: 'required' },
      { field: 'email', key: 'required' },
      { field: 'organization', key: 'required' },
      { field: 'topic', key: 'required' },
      { field: 'message', key: 'required' },
    ]);
  });

  it('reports a wrong type as `invalid`, not as missing', () => {
    expect(errorsOf(newsletterSignup, { ...validNewsletter, email: 42 })).toEqual([{ field: 'email', key: 'invalid' }]);
  });

  it('accepts the optional fields absent', () => {
    expect(errorsOf(newsletterSignup, validNewsletter)).toEqual([]);
    expect(errorsOf(mediaContact, validMedia)).toEqual([]);
    expect(errorsOf(fundraiserLead, validLead)).toEqual([]);
  });

  it('every key used by a rule is an exported key', () => {
    expect(new Set(FORM_MESSAGE_KEYS).size).toBe(FORM_MESSAGE_KEYS.length);
    expect(FORM_IDS).toEqual(Object.keys(FORM_SCHEMAS));
  });
});

describe('length limits', () => {
  const cases: Array<[string, Schema, Record<string, unknown>, string, number]> = [
    ['newsletter givenName', newsletterSignup, validNewsletter, 'givenName', FIELD_LIMITS.personName],
    ['newsletter familyName', newsletterSignup, validNewsletter, 'familyName', FIELD_LIMITS.personName],
    ['media name', mediaContact, validMedia, 'name', FIELD_LIMITS.name],
    ['media organization', mediaContact, validMedia, 'organization', FIELD_LIMITS.organization],
    ['media topic', mediaContact, validMedia, 'topic', FIELD_LIMITS.topic],
    ['media message', mediaContact, validMedia, 'message', FIELD_LIMITS.message],
    ['lead name', fundraiserLead, validLead, 'name', FIELD_LIMITS.name],
    ['lead ideaOther', fundraiserLead, { ...validLead, idea: 'other' }, 'ideaOther', FIELD_LIMITS.ideaOther],
  ];
  for (const [label, schema, base, field, max] of cases) {
    it(`${label}: ${max} characters pass, ${max + 1} are refused with tooLong`, () => {
      expect(errorsOf(schema, { ...base, [field]: 'a'.repeat(max) })).toEqual([]);
      expect(errorsOf(schema, { ...base, [field]: 'a'.repeat(max + 1) })).toEqual([{ field, key: 'tooLong' }]);
      // Surrounding spaces are trimmed before the limit applies.
      expect(errorsOf(schema, { ...base, [field]: ` ${'a'.repeat(max)} ` })).toEqual([]);
    });
  }

  it('email: 254 characters at most, 64 in the local part', () => {
    const domain = `${'d'.repeat(60)}.${'e'.repeat(60)}.${'f'.repeat(60)}.example`;
    const local = 'l'.repeat(254 - domain.length - 1);
    expect(local.length).toBeLessThanOrEqual(64);
    expect(`${local}@${domain}`).toHaveLength(254);
    expect(errorsOf(newsletterSignup, { ...validNewsletter, email: `${local}@${domain}` })).toEqual([]);
    expect(errorsOf(newsletterSignup, { ...validNewsletter, email: `${local}x@${domain}` })).toEqual([
      { field: 'email', key: 'tooLong' },
    ]);
    expect(isSaneEmail(`${'l'.repeat(64)}@example.org`)).toBe(true);
    expect(isSaneEmail(`${'l'.repeat(65)}@example.org`)).toBe(false);
  });

  it('phone: at most 32 characters and 17 digits', () => {
    expect(errorsOf(mediaContact, { ...validMedia, phone: '+60 3-1234 5678' })).toEqual([]);
    expect(errorsOf(mediaContact, { ...validMedia, phone: `+1 ${'(0) '.repeat(8)}12` })).toEqual([
      { field: 'phone', key: 'tooLong' },
    ]);
    expect(errorsOf(mediaContact, { ...validMedia, phone: '123456789012345678' })).toEqual([
      { field: 'phone', key: 'phoneInvalid' },
    ]);
  });
});

describe('control characters', () => {
  const payloads = ['a\u0000b', 'a\u0007b', 'a\u001bb', 'a\u007fb', 'a\u0085b', 'a\ud800b'];
  for (const payload of payloads) {
    const shown = JSON.stringify(payload);
    it(`are refused in single-line fields: ${shown}`, () => {
      expect(errorsOf(mediaContact, { ...validMedia, name: payload })).toEqual([
        { field: 'name', key: 'controlCharacters' },
      ]);
      expect(errorsOf(newsletterSignup, { ...validNewsletter, email: `a${payload}@example.org` })).toEqual([
        { field: 'email', key: 'controlCharacters' },
      ]);
    });
    it(`are refused in a message: ${shown}`, () => {
      expect(errorsOf(mediaContact, { ...validMedia, message: payload })).toEqual([
        { field: 'message', key: 'controlCharacters' },
      ]);
    });
  }

  it('a line break is a control character in a single-line field, not in a message', () => {
    expect(errorsOf(mediaContact, { ...validMedia, name: 'Ana\nReporter' })).toEqual([
      { field: 'name', key: 'controlCharacters' },
    ]);
    expect(errorsOf(mediaContact, { ...validMedia, message: 'Hello\nthere' })).toEqual([]);
  });

  it('markup is plain text to the contract: it passes and is left as typed', () => {
    const payload = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    expect(mediaContact.parse({ ...validMedia, message: payload }).message).toBe(payload);
  });
});

describe('unknown keys', () => {
  it('are refused, one error per key', () => {
    expect(errorsOf(newsletterSignup, { ...validNewsletter, admin: true, __proto__x: 1 })).toEqual([
      { field: 'admin', key: 'unknownField' },
      { field: '__proto__x', key: 'unknownField' },
    ]);
  });

  it('are refused in the envelope and in the consent record', () => {
    const envelope = { ...validEnvelope(), extra: 1, consent: { ...validEnvelope().consent, tracking: true } };
    const errors = errorsOf(submissionEnvelope, envelope);
    expect(errors).toContainEqual({ field: 'extra', key: 'unknownField' });
    expect(errors).toContainEqual({ field: 'consent', key: 'unknownField' });
  });
});

describe('email shapes', () => {
  const good = [
    'a@b.co',
    'first.last@example.org',
    'first+tag@sub.example.co.uk',
    "o'brien@example.ie",
    'josé@ejemplo.es',
    'user@bücher.example',
    'user@xn--bcher-kva.example',
    'user@example.xn--p1ai',
    'UPPER@example.org',
  ];
  const bad = [
    'plainaddress',
    '@example.org',
    'user@',
    'user@localhost',
    'user@example',
    'user@example.c',
    'user@-example.org',
    'user@example-.org',
    'user@exa_mple.org',
    'user@example..org',
    'user@123.456',
    '.user@example.org',
    'user.@example.org',
    'us..er@example.org',
    'us er@example.org',
    'user@exam ple.org',
    'a"b@example.org',
    'user@@example.org',
    'user@example.org.',
    '<script>@example.org',
  ];
  for (const address of good)
    it(`accepts ${address}`, () =>
      expect(errorsOf(newsletterSignup, { ...validNewsletter, email: address })).toEqual([]));
  for (const address of bad)
    it(`refuses ${address}`, () =>
      expect(errorsOf(newsletterSignup, { ...validNewsletter, email: address })).toEqual([
        { field: 'email', key: 'emailInvalid' },
      ]));
});

describe('dates', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-10T12:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('accepts today and the future, and yesterday for time zones behind UTC', () => {
    for (const deadline of ['2026-03-09', '2026-03-10', '2026-12-31'])
      expect(errorsOf(mediaContact, { ...validMedia, deadline })).toEqual([]);
  });

  it('refuses the past, impossible dates, other formats and the far future', () => {
    expect(errorsOf(mediaContact, { ...validMedia, deadline: '2026-03-08' })).toEqual([
      { field: 'deadline', key: 'dateInPast' },
    ]);
    for (const deadline of ['2026-02-30', '2026-13-01', '10/03/2026', '2026-3-10'])
      expect(errorsOf(mediaContact, { ...validMedia, deadline })).toEqual([{ field: 'deadline', key: 'dateInvalid' }]);
    expect(errorsOf(mediaContact, { ...validMedia, deadline: '2029-01-01' })).toEqual([
      { field: 'deadline', key: 'dateTooFar' },
    ]);
  });
});

describe('countries, options and amounts', () => {
  it('country is a current two-letter code, any case in, upper case out', () => {
    expect(newsletterSignup.parse({ ...validNewsletter, country: 'es' }).country).toBe('ES');
    for (const country of ['Spain', 'ESP', 'ZZ', 'AN'])
      expect(errorsOf(newsletterSignup, { ...validNewsletter, country }), country).toEqual([
        { field: 'country', key: 'countryInvalid' },
      ]);
    // Kosovo's user-assigned code is in the country list, so it is accepted.
    expect(errorsOf(newsletterSignup, { ...validNewsletter, country: 'xk' })).toEqual([]);
    // The smallest sign-up is an email: the country is optional (a widget may require it).
    expect(errorsOf(newsletterSignup, { email: 'a@b.co' })).toEqual([]);
    expect(errorsOf(fundraiserLead, { ...validLead, country: undefined })).toEqual([
      { field: 'country', key: 'required' },
    ]);
  });

  it('a fundraiser idea comes from the list; `other` needs a description and only `other` takes one', () => {
    expect(errorsOf(fundraiserLead, { ...validLead, idea: 'bake-sale' })).toEqual([
      { field: 'idea', key: 'optionInvalid' },
    ]);
    expect(errorsOf(fundraiserLead, { ...validLead, idea: 'other' })).toEqual([
      { field: 'ideaOther', key: 'required' },
    ]);
    expect(errorsOf(fundraiserLead, { ...validLead, idea: 'other', ideaOther: 'A bake sale' })).toEqual([]);
    expect(errorsOf(fundraiserLead, { ...validLead, ideaOther: 'A bake sale' })).toEqual([
      { field: 'ideaOther', key: 'invalid' },
    ]);
  });

  it('cross-field rules are reported together with field errors', () => {
    expect(errorsOf(fundraiserLead, { ...validLead, name: '', idea: 'other' })).toEqual([
      { field: 'name', key: 'required' },
      { field: 'ideaOther', key: 'required' },
    ]);
  });

  it('a goal is positive, with at most two decimals, needs a currency, and has a ceiling', () => {
    const base = { ...validLead, goalCurrency: 'myr' };
    expect(fundraiserLead.parse({ ...base, goalAmount: 19.99 }).goalCurrency).toBe('MYR');
    for (const goalAmount of [0, -5, 1.005, 10_000_001])
      expect(errorsOf(fundraiserLead, { ...base, goalAmount })).toEqual([
        { field: 'goalAmount', key: 'amountInvalid' },
      ]);
    for (const goalAmount of [Number.NaN, Number.POSITIVE_INFINITY, '500'])
      expect(errorsOf(fundraiserLead, { ...base, goalAmount })).toEqual([{ field: 'goalAmount', key: 'invalid' }]);
    expect(errorsOf(fundraiserLead, { ...validLead, goalAmount: 500 })).toEqual([
      { field: 'goalCurrency', key: 'required' },
    ]);
    expect(errorsOf(fundraiserLead, { ...validLead, goalAmount: 500, goalCurrency: 'dollars' })).toEqual([
      { field: 'goalCurrency', key: 'currencyInvalid' },
    ]);
  });
});

function validEnvelope() {
  return {
    formId: 'newsletter-signup',
    contractVersion: FORM_CONTRACT_VERSION,
    idempotencyKey: createIdempotencyKey(),
    submittedAt: '2026-03-10T12:00:00.000Z',
    locale: 'ms',
    page: { origin: 'https://partner.example', path: '/news/story' },
    consent: {
      text: 'Send me updates.',
      version: '2025-01',
      given: true,
      at: '2026-03-10T11:59:30.000Z',
    },
    honeypot: '',
    elapsedMs: 30_500,
    data: { email: ' Ana@Example.ORG ', country: 'my' },
  } satisfies SubmissionEnvelopeInput;
}

describe('the submission envelope', () => {
  it('parses into the form’s normalised data, told apart by form id', () => {
    const result = submissionEnvelope.parse(validEnvelope());
    expect(result.formId).toBe('newsletter-signup');
    if (result.formId === 'newsletter-signup') expect(result.data).toEqual({ email: 'Ana@example.org', country: 'MY' });
  });

  it('takes the smallest newsletter sign-up: an email address and consent, no country', () => {
    const result = submissionEnvelope.parse({ ...validEnvelope(), data: { email: 'ana@example.org' } });
    expect(result.data).toEqual({ email: 'ana@example.org' });
    // Consent is still required: without it, nothing else is enough.
    const withoutConsent = { ...validEnvelope(), data: { email: 'ana@example.org' }, consent: undefined };
    expect(errorsOf(submissionEnvelope, withoutConsent)).toEqual([{ field: 'consent', key: 'invalid' }]);
    // An empty country is a mistake, not a missing one.
    expect(errorsOf(submissionEnvelope, { ...validEnvelope(), data: { email: 'a@b.co', country: ' ' } })).toEqual([
      { field: 'country', key: 'required' },
    ]);
  });

  it('checks the data against the form named by the envelope', () => {
    expect(errorsOf(submissionEnvelope, { ...validEnvelope(), formId: 'media-contact' })).toEqual(
      expect.arrayContaining([
        { field: 'country', key: 'unknownField' },
        { field: 'name', key: 'required' },
      ]),
    );
    expect(errorsOf(submissionEnvelope, { ...validEnvelope(), formId: 'petition' })).toEqual([
      { field: 'formId', key: 'invalid' },
    ]);
  });

  it('refuses a page path with a query string or fragment, and an origin with a path', () => {
    for (const page of [
      { origin: 'https://partner.example', path: '/news?email=a@b.co' },
      { origin: 'https://partner.example', path: '/news#top' },
      { origin: 'https://partner.example/news', path: '/' },
      { origin: 'javascript:alert(1)', path: '/' },
    ])
      expect(errorsOf(submissionEnvelope, { ...validEnvelope(), page })).toEqual([{ field: 'page', key: 'invalid' }]);
  });

  it('requires consent to be given, with a time; a record of consent not given has none', () => {
    const notGiven = { ...validEnvelope().consent, given: false, at: null };
    expect(errorsOf(submissionEnvelope, { ...validEnvelope(), consent: notGiven })).toEqual([
      { field: 'consent', key: 'consentRequired' },
    ]);
    expect(
      errorsOf(submissionEnvelope, { ...validEnvelope(), consent: { ...validEnvelope().consent, at: null } }),
    ).toEqual([{ field: 'consent', key: 'invalid' }]);
    expect(
      errorsOf(submissionEnvelope, { ...validEnvelope(), consent: { ...validEnvelope().consent, text: ' ' } }),
    ).toEqual([{ field: 'consent', key: 'required' }]);
  });

  it('refuses a wrong contract version, locale, timestamp, timing or idempotency key', () => {
    const bad: Array<[string, unknown]> = [
      ['contractVersion', FORM_CONTRACT_VERSION + 1],
      ['locale', 'fr'],
      ['submittedAt', '10/03/2026'],
      ['elapsedMs', -1],
      ['elapsedMs', 1.5],
      ['idempotencyKey', 'not-a-uuid'],
      // A UUID, but version 1: keys must be random.
      ['idempotencyKey', 'c232ab00-9414-11ec-b3c8-9f6bdeced846'],
    ];
    for (const [field, value] of bad)
      expect(errorsOf(submissionEnvelope, { ...validEnvelope(), [field]: value }), `${field}=${String(value)}`).toEqual(
        [{ field, key: 'invalid' }],
      );
  });

  it('limits the honeypot value but accepts what a bot put in it, for the service to judge', () => {
    expect(errorsOf(submissionEnvelope, { ...validEnvelope(), honeypot: 'http://spam.example' })).toEqual([]);
    expect(errorsOf(submissionEnvelope, { ...validEnvelope(), honeypot: 'x'.repeat(1001) })).toEqual([
      { field: 'honeypot', key: 'tooLong' },
    ]);
  });
});

describe('idempotency keys', () => {
  it('are RFC 4122 version 4 UUIDs, different each time', () => {
    const keys = Array.from({ length: 200 }, createIdempotencyKey);
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('wire bodies', () => {
  it('a 422 body lists field errors with known keys only', () => {
    expect(
      validationErrorBody.safeParse({ type: 'validation', errors: [{ field: 'email', key: 'emailInvalid' }] }).success,
    ).toBe(true);
    expect(
      validationErrorBody.safeParse({ type: 'validation', errors: [{ field: 'email', key: 'looksFishy' }] }).success,
    ).toBe(false);
  });

  it('a 422 body holds at most 100 errors, each field name at most 100 characters', () => {
    const error = { field: 'email', key: 'emailInvalid' };
    const body = (errors: readonly unknown[]) => validationErrorBody.safeParse({ type: 'validation', errors }).success;
    expect(body(Array.from({ length: 100 }, () => error))).toBe(true);
    expect(body(Array.from({ length: 101 }, () => error))).toBe(false);
    expect(body([{ ...error, field: 'f'.repeat(100) }])).toBe(true);
    expect(body([{ ...error, field: 'f'.repeat(101) }])).toBe(false);
    expect(submissionReceipt.safeParse({ status: 'accepted', id: 'i'.repeat(100) }).success).toBe(true);
    expect(submissionReceipt.safeParse({ status: 'accepted', id: 'i'.repeat(101) }).success).toBe(false);
  });

  it('a receipt is accepted or duplicate', () => {
    expect(submissionReceipt.safeParse({ status: 'duplicate', id: 'abc' }).success).toBe(true);
    expect(submissionReceipt.safeParse({ status: 'ok' }).success).toBe(false);
  });

  it('issuesToFieldErrors keeps the first issue per field and maps unknown messages to invalid', () => {
    expect(
      issuesToFieldErrors([
        { path: ['data', 'email'], message: 'required' },
        { path: ['data', 'email'], message: 'emailInvalid' },
        { path: ['consent', 'given'], message: 'consentRequired' },
        { path: ['name'], message: 'Some English text' },
        { path: [], message: 'unknownField', code: 'unrecognized_keys', keys: ['x'] },
      ]),
    ).toEqual([
      { field: 'email', key: 'required' },
      { field: 'consent', key: 'consentRequired' },
      { field: 'name', key: 'invalid' },
      { field: 'x', key: 'unknownField' },
    ]);
  });
});

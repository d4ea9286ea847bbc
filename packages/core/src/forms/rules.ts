import * as z from 'zod/mini';
import { allCountries } from '../countries/countries.js';
import { InvalidInputError } from '../input-error.js';

/**
 * Every rule's error carries one of these keys as its message, so that a widget (or the intake service's own pages) can
 * show a specific, localized message instead of a validator's English text.
 */
export const FORM_MESSAGE_KEYS = /* @__PURE__ */ Object.freeze([
  'required',
  'tooLong',
  'controlCharacters',
  'emailInvalid',
  'phoneInvalid',
  'countryInvalid',
  'dateInvalid',
  'dateInPast',
  'dateTooFar',
  'optionInvalid',
  'amountInvalid',
  'currencyInvalid',
  'consentRequired',
  'unknownField',
  'invalid',
] as const);

export type FormMessageKey = (typeof FORM_MESSAGE_KEYS)[number];

export function isFormMessageKey(value: unknown): value is FormMessageKey {
  return typeof value === 'string' && (FORM_MESSAGE_KEYS as readonly string[]).includes(value);
}

/**
 * Length limits in UTF-16 code units (what `String.length` and the HTML `maxlength` attribute count), so that a
 * browser's counter and the server agree. Widgets read them to say "up to N characters".
 */
export const FIELD_LIMITS = /* @__PURE__ */ Object.freeze({
  email: 254,
  emailLocalPart: 64,
  name: 200,
  personName: 100,
  organization: 200,
  phone: 32,
  topic: 100,
  message: 5000,
  ideaOther: 500,
  consentText: 2000,
  consentVersion: 64,
  honeypot: 1000,
  pageOrigin: 2048,
  pagePath: 2048,
} as const);

// C0/C1 controls and lone surrogates: never typed by a person, often a sign of a pasted payload or a broken client.
const CONTROL = /[\p{Cc}\p{Cs}]/u;
// Multi-line text keeps tabs and line feeds (carriage returns are folded into line feeds first).
const CONTROL_EXCEPT_NEWLINE = /(?![\t\n])[\p{Cc}\p{Cs}]/u;

const requiredOrInvalid = (issue: { input?: unknown }): FormMessageKey =>
  issue.input === undefined ? 'required' : 'invalid';

// Plain refinements rather than `z.minLength`/`z.maxLength`: the same rule and message key, and browsers download none
// of zod's length-check machinery (these fields are all strings, measured in UTF-16 code units like `maxlength`).
const filled = () => z.refine<string>((value) => value.length > 0, 'required');
const atMost = (max: number) => {
  limit(max);
  return z.refine<string>((value) => value.length <= max, 'tooLong');
};

/**
 * A limit given to a rule below, checked when the rule is made: a limit that is not a number (`text()`, `text('5')`)
 * would otherwise make a rule that quietly refuses every value, or accepts any.
 */
function limit(value: unknown): number {
  if (typeof value === 'number' && value >= 0 && value < Number.POSITIVE_INFINITY) return value;
  throw new InvalidInputError(value, 'A form rule needs its limit as a finite number from 0.');
}

/** A trimmed, single-line string of 1 to `max` code units. Throws `InvalidInputError` for a `max` that is no limit. */
export function text(max: number) {
  return z.string({ error: requiredOrInvalid }).check(
    z.trim(),
    filled(),
    atMost(max),
    z.refine((value: string) => !CONTROL.test(value), 'controlCharacters'),
  );
}

/** A trimmed, multi-line string: line endings become `\n`, tabs and line feeds are allowed, other controls are not. */
export function multilineText(max: number) {
  return z.string({ error: requiredOrInvalid }).check(
    z.overwrite((value: string) => value.replace(/\r\n?/g, '\n').trim()),
    filled(),
    atMost(max),
    z.refine((value: string) => !CONTROL_EXCEPT_NEWLINE.test(value), 'controlCharacters'),
  );
}

// Letters and digits of any script, plus RFC 5322 atext; dots only between atoms.
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
// At least two labels; labels of letters, digits and inner hyphens, at most 63 long; the top level is letters or an
// IDNA A-label (`xn--…`), never all digits.
const DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[\p{L}\p{N}-]{1,59})$/u;

/**
 * Whether an already trimmed address has a sane `local@domain` shape (never, for a value that is not a string). It
 * says nothing about deliverability.
 */
export function isSaneEmail(address: unknown): boolean {
  if (typeof address !== 'string') return false;
  const at = address.lastIndexOf('@');
  if (at < 1 || address.length > FIELD_LIMITS.email) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  return local.length <= FIELD_LIMITS.emailLocalPart && LOCAL_PART.test(local) && DOMAIN.test(domain);
}

/**
 * Lower-cases the domain only: the local part is case-sensitive by the standard, and some mail systems honour that.
 * Throws `InvalidInputError` for a value that is not a string.
 */
export function normalizeEmail(address: string): string {
  if (typeof address !== 'string') throw new InvalidInputError(address, 'normalizeEmail() needs a string.');
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  return at < 0 ? trimmed : trimmed.slice(0, at + 1) + trimmed.slice(at + 1).toLowerCase();
}

/** An email address: trimmed, its domain lower-cased, at most 254 code units, with a sane shape. */
export function email() {
  return z.string({ error: requiredOrInvalid }).check(
    z.overwrite(normalizeEmail),
    filled(),
    atMost(FIELD_LIMITS.email),
    z.refine((value: string) => !CONTROL.test(value), 'controlCharacters'),
    z.refine(isSaneEmail, 'emailInvalid'),
  );
}

/** A phone number as people write it: digits with spaces, dots, dashes, brackets and a leading `+`; 5 to 17 digits. */
export function phone() {
  return text(FIELD_LIMITS.phone).check(
    z.refine((value: string) => {
      const digits = value.replace(/\D/g, '').length;
      return /^\+?[\d\s().-]+$/.test(value) && digits >= 5 && digits <= 17;
    }, 'phoneInvalid'),
  );
}

/** Whether a code is a current ISO 3166-1 alpha-2 code (Kosovo's `XK` included, withdrawn codes not). */
export function isCurrentCountryCode(code: unknown): boolean {
  return allCountries().some((country) => country.alpha2 === code && country.status !== 'historical');
}

// Upper-cases ASCII codes only, and leaves anything else for the next check to refuse: `'ß'.toUpperCase()` is `'SS'`
// (South Sudan), and `'ßd'` would become the currency-shaped `'SSD'`.
const codeCase = () => z.overwrite((value: string) => (/^[a-z]+$/i.test(value) ? value.toUpperCase() : value));

/** A current ISO 3166-1 alpha-2 code (as `@ijm/core/countries` lists them), any case in, upper case out. */
export function countryCode() {
  return z
    .string({ error: requiredOrInvalid })
    .check(z.trim(), filled(), codeCase(), z.refine(isCurrentCountryCode, 'countryInvalid'));
}

/** An ISO 4217 currency code, any case in, upper case out. */
export function currencyCode() {
  return z
    .string({ error: requiredOrInvalid })
    .check(z.trim(), filled(), codeCase(), z.regex(/^[A-Z]{3}$/, 'currencyInvalid'));
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar date, or `undefined` when it is not a real date (or not a string). */
export function calendarDay(value: unknown): number | undefined {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / DAY_MS;
}

/**
 * A calendar date (`YYYY-MM-DD`) that is not in the past and at most `maxYears` ahead. "Today" is the UTC date less one
 * day, because the date a person picks is their local date and the earliest time zone is a day behind UTC; a widget
 * also sets `min` to the person's own today, so its date picker does not offer the past.
 */
export function futureDate(maxYears: number) {
  const days = Math.ceil(limit(maxYears) * 366);
  return z.string({ error: requiredOrInvalid }).check(
    z.trim(),
    filled(),
    z.refine((value: string) => calendarDay(value) !== undefined, 'dateInvalid'),
    z.refine((value: string) => (calendarDay(value) ?? 0) >= Math.floor(Date.now() / DAY_MS) - 1, 'dateInPast'),
    z.refine((value: string) => (calendarDay(value) ?? 0) <= Math.floor(Date.now() / DAY_MS) + days, 'dateTooFar'),
  );
}

/** One of a fixed list of options. Throws `InvalidInputError` unless `values` is a non-empty array of strings. */
export function option<const T extends readonly [string, ...string[]]>(values: T) {
  if (!Array.isArray(values) || values.length === 0 || !values.every((value) => typeof value === 'string'))
    throw new InvalidInputError(values, 'option() needs a non-empty array of strings.');
  return z.enum(values, { error: (issue) => (issue.input === undefined ? 'required' : 'optionInvalid') });
}

/** A positive amount of money with at most two decimals, up to `max`. */
export function amount(max: number) {
  limit(max);
  return z
    .number({ error: requiredOrInvalid })
    .check(
      z.refine(
        (value: number) =>
          Number.isFinite(value) && value > 0 && value <= max && Math.abs(Math.round(value * 100) - value * 100) < 1e-6,
        'amountInvalid',
      ),
    );
}

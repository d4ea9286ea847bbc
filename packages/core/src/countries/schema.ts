import * as z from 'zod/mini';
import { define } from '../define-schema.js';

// The schemas behind @ijm/core/countries' types; the runtime entry imports only their types, so it never loads zod.

/** An ISO 3166-1 alpha-2 code in capitals, e.g. `MY`. */
export const alpha2Schema = /* @__PURE__ */ define(() => z.string().check(z.regex(/^[A-Z]{2}$/)));

/** An ISO 3166-1 alpha-3 code in capitals, e.g. `MYS`. */
export const alpha3Schema = /* @__PURE__ */ define(() => z.string().check(z.regex(/^[A-Z]{3}$/)));

/**
 * `official`: a current ISO 3166-1 code. `user-assigned`: Kosovo's `XK`/`XKX`, from the range ISO leaves to users,
 * used by the TIP data, the EU and CLDR. `historical`: a withdrawn code kept for old data (`AN`/`ANT`, Netherlands
 * Antilles, ISO 3166-3, withdrawn 2010-12-15).
 */
export const countryStatusSchema = /* @__PURE__ */ define(() => z.enum(['official', 'user-assigned', 'historical']));

/** A country or territory as the library knows it: both codes and whether the code is current. */
export const countrySchema = /* @__PURE__ */ define(() =>
  z.object({
    alpha2: alpha2Schema,
    alpha3: alpha3Schema,
    status: countryStatusSchema,
  }),
);

/** One entry of {@link listCountries}: a country with its name in the requested locale. */
export const countryListEntrySchema = /* @__PURE__ */ define(() => z.extend(countrySchema, { name: z.string() }));

/**
 * What went wrong with an input. `unknown-country`: a string that is no known code or English name.
 * `invalid-input`: not a string, or an empty one. `year-out-of-range`: an integer outside the report years
 * (tier queries only).
 */
export const queryErrorCodeSchema = /* @__PURE__ */ define(() =>
  z.enum(['unknown-country', 'invalid-input', 'year-out-of-range']),
);

/** The error half of a {@link Result}: which input was not understood, and a sentence for developers. */
export const queryErrorSchema = /* @__PURE__ */ define(() =>
  z.object({
    code: queryErrorCodeSchema,
    /** The value exactly as it was passed in. */
    input: z.unknown(),
    /** A developer-facing English sentence; show users a localized message chosen by `code` instead. */
    message: z.string(),
  }),
);

/** An ISO 3166-1 alpha-2 code in capitals. */
export type Alpha2 = z.infer<typeof alpha2Schema>;
/** An ISO 3166-1 alpha-3 code in capitals. */
export type Alpha3 = z.infer<typeof alpha3Schema>;
/** `official`, `user-assigned` (Kosovo) or `historical` (Netherlands Antilles). */
export type CountryStatus = z.infer<typeof countryStatusSchema>;
/** A country: alpha-2, alpha-3 and status. */
export type Country = z.infer<typeof countrySchema>;
/** A country with its name in one locale. */
export type CountryListEntry = z.infer<typeof countryListEntrySchema>;
/** `unknown-country`, `invalid-input` or `year-out-of-range`. */
export type QueryErrorCode = z.infer<typeof queryErrorCodeSchema>;
/** Which input was not understood, and why. */
export type QueryError = z.infer<typeof queryErrorSchema>;

/**
 * How every lookup in `@ijm/core/countries` and `@ijm/core/tiers` answers: `{ ok: true, value }` or
 * `{ ok: false, error }`. Nothing throws on bad input and nothing falls back to a guess.
 */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: QueryError };

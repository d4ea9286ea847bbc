import { HOTLINE_COUNTRIES, HOTLINE_PROVENANCE } from './generated/hotlines.js';
import type { HotlineMessageKey } from './messages.js';
import type { EmergencyNumber, Hotline, HotlineCountry, HotlineProvenance } from './schema.js';

export type HotlineLookup =
  | {
      readonly found: true;
      /** ISO 3166-1 alpha-3. */
      readonly country: string;
      /** English name as in the source data. */
      readonly name: string;
      /** Best first; each carries its confidence and, per number, whether to show "check this number". */
      readonly entries: readonly Hotline[];
      readonly emergency: readonly EmergencyNumber[];
    }
  | {
      readonly found: false;
      /** ISO 3166-1 alpha-3 when the code is one we know, else the code as given (trimmed, upper case). */
      readonly country: string;
      /**
       * `none-found`: research looked and found no number. `not-covered`: the country is not in our directory yet.
       * `invalid-code`: not an alpha-2 or alpha-3 code.
       */
      readonly reason: 'none-found' | 'not-covered' | 'invalid-code';
      /** What to say instead, in order: why there is no number, then local emergency advice. */
      readonly messageKeys: readonly HotlineMessageKey[];
      /** Emergency numbers, when the source gives them for this country. */
      readonly emergency: readonly EmergencyNumber[];
    };

/** Accepts ISO 3166-1 alpha-3 or alpha-2 codes, in any case. */
export function findHotlineCountry(code: string): HotlineCountry | undefined {
  const normal = code.trim().toUpperCase();
  return HOTLINE_COUNTRIES.find((c) => c.country === normal || c.iso2 === normal);
}

/**
 * The country's hotlines, best first. Where there is none, a plain fallback with message keys for local emergency
 * advice, never another country's line.
 */
export function getHotlines(code: string): HotlineLookup {
  const normal = code.trim().toUpperCase();
  const country = /^[A-Z]{2,3}$/.test(normal) ? findHotlineCountry(normal) : undefined;
  if (country && country.entries.length > 0)
    return {
      found: true,
      country: country.country,
      name: country.name,
      entries: country.entries,
      emergency: country.emergency,
    };
  const reason = country ? 'none-found' : /^[A-Z]{2,3}$/.test(normal) ? 'not-covered' : 'invalid-code';
  return {
    found: false,
    country: country?.country ?? normal,
    reason,
    messageKeys: [reason === 'none-found' ? 'fallback.none-found' : 'fallback.not-covered', 'fallback.emergency'],
    emergency: country?.emergency ?? [],
  };
}

/** Sources and research notes behind a country's entries (English, for reviewers and "about this data" pages). */
export function getHotlineProvenance(code: string): HotlineProvenance | undefined {
  const country = findHotlineCountry(code);
  return country ? HOTLINE_PROVENANCE[country.country] : undefined;
}

/** Every country in the directory, including those where research found no number. */
export const HOTLINE_COUNTRY_CODES: readonly string[] = /* @__PURE__ */ HOTLINE_COUNTRIES.map((c) => c.country);

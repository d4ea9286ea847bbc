import { deepFreeze } from '../freeze.js';
import { HOTLINE_COUNTRIES as DIRECTORY, HOTLINE_PROVENANCE } from './generated/hotlines.js';
import type { HotlineMessageKey } from './messages.js';
import type { EmergencyNumber, Hotline, HotlineCountry, HotlineProvenance } from './schema.js';

export type HotlineLookup =
  | {
      readonly found: true;
      /** ISO 3166-1 alpha-3. */
      readonly country: string;
      /** English name as in the source data. */
      readonly name: string;
      /** Best first; each carries its confidence and, per number, whether to show "check this number". Frozen. */
      readonly entries: readonly Hotline[];
      readonly emergency: readonly EmergencyNumber[];
    }
  | {
      readonly found: false;
      /**
       * ISO 3166-1 alpha-3 when the code is one we know; the code trimmed and in capitals when it has the shape of a
       * code; otherwise the input trimmed as given (the empty string for a value that is not a string).
       */
      readonly country: string;
      /**
       * `none-found`: research looked and found no number. `not-covered`: the country is not in our directory yet.
       * `invalid-code`: not an alpha-2 or alpha-3 code (two or three ASCII letters), or not a string.
       */
      readonly reason: 'none-found' | 'not-covered' | 'invalid-code';
      /** What to say instead, in order: why there is no number, then local emergency advice. */
      readonly messageKeys: readonly HotlineMessageKey[];
      /** Emergency numbers, when the source gives them for this country. */
      readonly emergency: readonly EmergencyNumber[];
    };

/** Countries with their hotlines, best first, and emergency numbers where the source gives them. Frozen. */
export const HOTLINE_COUNTRIES: readonly HotlineCountry[] = /* @__PURE__ */ deepFreeze(DIRECTORY);

/**
 * The code in capitals when it has the shape of an alpha-2 or alpha-3 code, else `undefined`. The shape is checked
 * before the case is changed: `'ß'.toUpperCase()` is `'SS'`, South Sudan's code.
 */
function codeOf(code: unknown): string | undefined {
  const text = typeof code === 'string' ? code.trim() : '';
  return /^[A-Za-z]{2,3}$/.test(text) ? text.toUpperCase() : undefined;
}

/** Accepts ISO 3166-1 alpha-3 or alpha-2 codes, in any case; `undefined` for anything else. The entry is frozen. */
export function findHotlineCountry(code: unknown): HotlineCountry | undefined {
  const normal = codeOf(code);
  return normal === undefined ? undefined : HOTLINE_COUNTRIES.find((c) => c.country === normal || c.iso2 === normal);
}

/**
 * The country's hotlines, best first. Where there is none, a plain fallback with message keys for local emergency
 * advice, never another country's line. Any value that is not a two- or three-letter code answers `invalid-code`.
 */
export function getHotlines(code: unknown): HotlineLookup {
  const normal = codeOf(code);
  const country = findHotlineCountry(normal);
  if (country && country.entries.length > 0)
    return {
      found: true,
      country: country.country,
      name: country.name,
      entries: country.entries,
      emergency: country.emergency,
    };
  const reason = country ? 'none-found' : normal !== undefined ? 'not-covered' : 'invalid-code';
  return {
    found: false,
    country: country?.country ?? normal ?? (typeof code === 'string' ? code.trim() : ''),
    reason,
    messageKeys: [reason === 'none-found' ? 'fallback.none-found' : 'fallback.not-covered', 'fallback.emergency'],
    emergency: country?.emergency ?? [],
  };
}

/**
 * Sources and research notes behind a country's entries (English, for reviewers and "about this data" pages), frozen;
 * `undefined` for a code we do not list.
 */
export function getHotlineProvenance(code: unknown): HotlineProvenance | undefined {
  const country = findHotlineCountry(code);
  // Frozen on the way out, so that bundles without this function do not carry the provenance texts.
  return country && Object.hasOwn(HOTLINE_PROVENANCE, country.country)
    ? deepFreeze(HOTLINE_PROVENANCE[country.country])
    : undefined;
}

/** Every country in the directory, including those where research found no number. */
export const HOTLINE_COUNTRY_CODES: readonly string[] = /* @__PURE__ */ Object.freeze(
  HOTLINE_COUNTRIES.map((c) => c.country),
);

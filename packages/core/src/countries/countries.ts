import { resolveLocale } from '../i18n/locale.js';
import {
  HISTORICAL_CODES,
  HISTORICAL_NAMES,
  NAME_ALIASES,
  OFFICIAL_CODES,
  USER_ASSIGNED_CODES,
} from './generated/codes.js';
import type { Country, CountryListEntry, CountryStatus, QueryError, Result } from './schema.js';

/**
 * Both indexes are built on first use, never at import time, so importing this module costs nothing. The countries in
 * them are frozen: every lookup hands out the same objects.
 */
export interface CountryCodeIndex {
  /** Every known country: official codes, then Kosovo, then historical codes. Frozen. */
  readonly all: readonly Country[];
  /** By alpha-2 and by alpha-3, in capitals (the two never collide: they differ in length). */
  readonly byCode: ReadonlyMap<string, Country>;
}

/** Decodes the bundled code table. Exported for the benchmark; use {@link resolveCountry} instead. */
export function indexCountryCodes(): CountryCodeIndex {
  const all: Country[] = [];
  const byCode = new Map<string, Country>();
  const add = (table: string, status: CountryStatus) => {
    // See generated/codes.ts: "MYs" is MY/MYS, "DEDEU" is DE/DEU.
    for (let i = 0; i < table.length; ) {
      const alpha2 = table.slice(i, i + 2);
      const next = table[i + 2] ?? '';
      const short = next !== next.toUpperCase();
      const country: Country = Object.freeze({
        alpha2,
        alpha3: short ? alpha2 + next.toUpperCase() : table.slice(i + 2, i + 5),
        status,
      });
      i += short ? 3 : 5;
      all.push(country);
      byCode.set(country.alpha2, country);
      byCode.set(country.alpha3, country);
    }
  };
  add(OFFICIAL_CODES, 'official');
  add(USER_ASSIGNED_CODES, 'user-assigned');
  add(HISTORICAL_CODES, 'historical');
  return { all: Object.freeze(all), byCode };
}

let codeIndex: CountryCodeIndex | undefined;
const codes = (): CountryCodeIndex => {
  codeIndex ??= indexCountryCodes();
  return codeIndex;
};

/**
 * The form in which English country names are compared: no accents, no case, no punctuation, `&` as `and`,
 * `St` as `Saint`, and no `the`. So "Côte d’Ivoire" matches "cote d'ivoire" and "The Gambia" matches "Gambia".
 * Anything but a string gives the empty string, which names no country.
 */
export function normalizeCountryName(name: unknown): string {
  if (typeof name !== 'string') return '';
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const displayNamesCache = new Map<string, Intl.DisplayNames | undefined>();

/**
 * A region-name formatter for the locale, with English as the fallback when the runtime lacks the locale, or
 * `undefined` when the runtime has no `Intl.DisplayNames` at all (all current browsers and Node have it).
 */
function regionNames(locale: string): Intl.DisplayNames | undefined {
  if (displayNamesCache.has(locale)) return displayNamesCache.get(locale);
  let formatter: Intl.DisplayNames | undefined;
  if (typeof Intl !== 'undefined' && typeof Intl.DisplayNames === 'function') {
    try {
      formatter = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'none' });
    } catch {
      // An invalid tag: English rather than an exception in a widget, and not cached, so that a stream of invalid
      // tags cannot grow the cache.
      return regionNames('en');
    }
  }
  displayNamesCache.set(locale, formatter);
  return formatter;
}

/** A locale argument as the functions below use it: anything but a string means English. */
const localeOf = (locale: unknown): string => (typeof locale === 'string' ? locale : 'en');

function nameOf(country: Country, locale: string): string {
  if (country.status === 'historical') {
    // CLDR maps the withdrawn AN to Curaçao, so Intl.DisplayNames would name the wrong territory.
    const names = HISTORICAL_NAMES[country.alpha3];
    return names?.[resolveLocale(locale)] ?? country.alpha3;
  }
  return regionNames(locale)?.of(country.alpha2) ?? country.alpha2;
}

/**
 * Builds an English-name index over some countries: each CLDR name (and both halves of "Myanmar (Burma)"), then the
 * curated aliases, keyed by {@link normalizeCountryName}. A name two countries share is left out. Exported for the
 * generator (which checks every name in the TIP data with it) and the benchmark; use {@link resolveCountry} instead.
 */
export function buildCountryNameIndex(
  countries: readonly Country[],
  aliases: Readonly<Record<string, string>>,
  englishName: (country: Country) => string | undefined,
): ReadonlyMap<string, Country> {
  const index = new Map<string, Country>();
  const ambiguous = new Set<string>();
  const add = (name: string, country: Country) => {
    const key = normalizeCountryName(name);
    if (key === '' || ambiguous.has(key)) return;
    const existing = index.get(key);
    if (existing !== undefined && existing !== country) {
      // Answering either of two countries that share a name would be a silent wrong country.
      index.delete(key);
      ambiguous.add(key);
      return;
    }
    index.set(key, country);
  };
  for (const country of countries) {
    const name = englishName(country);
    if (name === undefined || name === country.alpha2 || name === country.alpha3) continue;
    add(name, country);
    // "Myanmar (Burma)": both "Myanmar" and "Burma" are names people type.
    const parts = /^(.+) \((.+)\)$/.exec(name);
    if (parts?.[1] !== undefined && parts[2] !== undefined) {
      add(parts[1], country);
      add(parts[2], country);
    }
  }
  // Aliases are curated (data/country-aliases.csv), so they override anything CLDR-derived.
  const byAlpha3 = new Map(countries.map((country) => [country.alpha3, country]));
  for (const [alias, alpha3] of Object.entries(aliases)) {
    const country = byAlpha3.get(alpha3);
    if (country !== undefined) index.set(normalizeCountryName(alias), country);
  }
  return index;
}

/** The runtime's English-name index over every known country. Exported for the benchmark. */
export function indexCountryNames(): ReadonlyMap<string, Country> {
  // Not through nameOf: resolving locales is not needed for English, and the tier queries' bundle stays smaller.
  const english = regionNames('en');
  return buildCountryNameIndex(codes().all, NAME_ALIASES, (country) =>
    country.status === 'historical' ? HISTORICAL_NAMES[country.alpha3]?.en : english?.of(country.alpha2),
  );
}

let nameIndex: ReadonlyMap<string, Country> | undefined;

function failure(code: QueryError['code'], input: unknown, message: string): Result<never> {
  return { ok: false, error: { code, input, message } };
}

/**
 * Finds a country by ISO 3166-1 alpha-2 or alpha-3 code in any case (`my`, `MYS`), or by English name
 * (`Malaysia`, `Burma`, `Cote d'Ivoire`, `The Gambia`). Kosovo is `XK`/`XKX`; the Netherlands Antilles are the
 * historical `AN`/`ANT`.
 *
 * @returns `{ ok: true, value: Country }`, or `{ ok: false, error }` with `error.code` `invalid-input` (not a
 * non-empty string) or `unknown-country` (no such code or name), and `error.input` the value given.
 */
export function resolveCountry(input: unknown): Result<Country> {
  if (typeof input !== 'string') {
    return failure('invalid-input', input, `Not a string: ${typeof input}.`);
  }
  const text = input.trim();
  if (text === '') return failure('invalid-input', input, 'An empty string is not a country.');
  // The raw shape first, then the case: upper-casing first would read "ß" as "SS" (South Sudan).
  if (/^[A-Za-z]{2,3}$/.test(text)) {
    const byCode = codes().byCode.get(text.toUpperCase());
    if (byCode !== undefined) return { ok: true, value: byCode };
  }
  nameIndex ??= indexCountryNames();
  const byName = nameIndex.get(normalizeCountryName(text));
  if (byName !== undefined) return { ok: true, value: byName };
  return failure('unknown-country', input, `Unknown country code or English name: "${input}".`);
}

/**
 * The country's name in a locale (`en`, `ms`, `es`, or any BCP 47 tag the runtime knows; English otherwise), from
 * `Intl.DisplayNames`. The historical Netherlands Antilles (`ANT`) get a bundled name in English, Malay and Spanish
 * (the Malay and Spanish names need native review). Without `Intl.DisplayNames` the name is the alpha-2 code.
 */
export function countryName(country: unknown, locale: unknown = 'en'): Result<string> {
  const found = resolveCountry(country);
  return found.ok ? { ok: true, value: nameOf(found.value, localeOf(locale)) } : found;
}

const listCache = new Map<string, readonly CountryListEntry[]>();

/**
 * Every current country and territory (ISO 3166-1 plus Kosovo; no historical codes), named in the locale and sorted
 * the way that locale sorts. Meant for a country select. The array is cached per locale, so it and its entries are
 * frozen: copy it (`[...list]`) to sort or change it. A locale the runtime does not know gives the English list.
 */
export function listCountries(locale: unknown = 'en'): readonly CountryListEntry[] {
  const tag = localeOf(locale);
  const cached = listCache.get(tag);
  if (cached !== undefined) return cached;
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator([tag, 'en']);
  } catch {
    // Not cached under an invalid tag, as in regionNames.
    return listCountries('en');
  }
  const list = Object.freeze(
    codes()
      .all.filter((country) => country.status !== 'historical')
      .map((country) => Object.freeze({ ...country, name: nameOf(country, tag) }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  );
  listCache.set(tag, list);
  return list;
}

/** Every country the library knows, including Kosovo and the historical codes, in code-table order. Frozen. */
export function allCountries(): readonly Country[] {
  return codes().all;
}

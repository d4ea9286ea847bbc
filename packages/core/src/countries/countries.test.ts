import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/csv.js';
import { indexCountryCodes } from './countries.js';
import { allCountries, countryName, listCountries, normalizeCountryName, resolveCountry } from './index.js';
import { countryListEntrySchema, countrySchema } from './schema/index.js';

const isoRows = parseCsv(
  readFileSync(new URL('../../data/iso-3166-1-codes.csv', import.meta.url), 'utf8'),
  'iso-3166-1-codes.csv',
);

const value = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error(`expected ok: ${JSON.stringify(result)}`);
  return result.value;
};

describe('country codes', () => {
  it('decodes every ISO 3166-1 code pair of the data file, plus Kosovo and the Netherlands Antilles', () => {
    const { all, byCode } = indexCountryCodes();
    expect(isoRows).toHaveLength(249);
    for (const { values } of isoRows) {
      expect(byCode.get(values.alpha2 ?? '')).toEqual({
        alpha2: values.alpha2,
        alpha3: values.alpha3,
        status: 'official',
      });
      expect(byCode.get(values.alpha3 ?? '')?.alpha2).toBe(values.alpha2);
    }
    expect(all).toHaveLength(251);
    expect(byCode.get('XKX')).toEqual({ alpha2: 'XK', alpha3: 'XKX', status: 'user-assigned' });
    expect(byCode.get('ANT')).toEqual({ alpha2: 'AN', alpha3: 'ANT', status: 'historical' });
    for (const country of allCountries()) expect(countrySchema.safeParse(country).success).toBe(true);
  });

  it('accepts alpha-2 and alpha-3 in any case, with spaces around', () => {
    for (const input of ['MY', 'my', 'mY', 'MYS', 'mys', ' Mys ']) {
      expect(value(resolveCountry(input))).toEqual({ alpha2: 'MY', alpha3: 'MYS', status: 'official' });
    }
    // Codes whose alpha-3 does not extend the alpha-2 (stored in full) and ones that do (stored short).
    expect(value(resolveCountry('de')).alpha3).toBe('DEU');
    expect(value(resolveCountry('gbr')).alpha2).toBe('GB');
    expect(value(resolveCountry('xk')).alpha3).toBe('XKX');
    expect(value(resolveCountry('an')).alpha3).toBe('ANT');
  });

  it('accepts English names, including the spellings of the TIP data', () => {
    const cases: Record<string, string> = {
      Malaysia: 'MYS',
      malaysia: 'MYS',
      Burma: 'MMR',
      Myanmar: 'MMR',
      "Cote d'Ivoire": 'CIV',
      'Côte d’Ivoire': 'CIV',
      'The Gambia': 'GMB',
      'Saint Vincent and the Grenadines': 'VCT',
      'St. Lucia': 'LCA',
      'Republic of the Congo': 'COG',
      'Democratic Republic of the Congo': 'COD',
      'Czech Republic': 'CZE',
      Turkey: 'TUR',
      Kosovo: 'XKX',
      'Netherlands Antilles': 'ANT',
      'South Korea': 'KOR',
      'United States': 'USA',
    };
    for (const [name, alpha3] of Object.entries(cases)) expect(value(resolveCountry(name)).alpha3, name).toBe(alpha3);
  });

  it('answers an unknown code or name with an error naming the input, never another country', () => {
    for (const input of ['XX', 'ZZZ', 'UK', 'Atlantis', 'Malaysi', 'MYSS']) {
      const result = resolveCountry(input);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-country', input } });
    }
  });

  it('rejects input that is not a non-empty string', () => {
    for (const input of [undefined, null, 458, {}, ['MY'], '', '   ']) {
      expect(resolveCountry(input)).toMatchObject({ ok: false, error: { code: 'invalid-input', input } });
    }
  });

  it('normalizes names for comparison', () => {
    expect(normalizeCountryName('  Côte d’Ivoire ')).toBe('cote d ivoire');
    expect(normalizeCountryName('St. Kitts & Nevis')).toBe('saint kitts and nevis');
    expect(normalizeCountryName('The Gambia')).toBe('gambia');
  });
});

describe('country names', () => {
  it('names countries in English, Malay and Spanish through Intl.DisplayNames', () => {
    expect(value(countryName('MY', 'en'))).toBe('Malaysia');
    expect(value(countryName('DEU', 'es'))).toBe('Alemania');
    expect(value(countryName('KOR', 'ms'))).toBe('Korea Selatan');
    expect(value(countryName('xkx', 'es'))).toBe('Kosovo');
  });

  it('gives the historical Netherlands Antilles a bundled name, not the Curaçao CLDR maps AN to', () => {
    expect(value(countryName('ANT', 'en'))).toBe('Netherlands Antilles');
    expect(value(countryName('AN', 'es'))).toBe('Antillas Neerlandesas');
    expect(value(countryName('ANT', 'ms-MY'))).toBe('Antillen Belanda');
    expect(value(countryName('ANT', 'fr'))).toBe('Netherlands Antilles');
  });

  it('falls back to English for an invalid locale tag, and passes errors through', () => {
    expect(value(countryName('FR', '!!'))).toBe('France');
    expect(countryName('nowhere', 'en')).toMatchObject({ ok: false, error: { code: 'unknown-country' } });
  });

  it('lists every current country, locale-sorted, without historical codes', () => {
    const en = listCountries('en');
    const es = listCountries('es');
    expect(en).toHaveLength(250);
    expect(en.some((country) => country.alpha3 === 'ANT')).toBe(false);
    expect(en.find((country) => country.alpha3 === 'XKX')?.name).toBe('Kosovo');
    const collator = new Intl.Collator('es');
    for (let i = 1; i < es.length; i++) {
      expect(collator.compare(es[i - 1]?.name ?? '', es[i]?.name ?? '')).toBeLessThanOrEqual(0);
    }
    expect(es.find((country) => country.alpha2 === 'DE')?.name).toBe('Alemania');
    expect(en.find((country) => country.alpha2 === 'DE')?.name).toBe('Germany');
    for (const entry of en) expect(countryListEntrySchema.safeParse(entry).success).toBe(true);
    expect(listCountries('en')).toBe(en);
  });
});

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { buildHotlines, parseCsv, readSources } from '../../scripts/generate-hotlines.js';
import { HOTLINE_PROVENANCE } from './generated/hotlines.js';
import {
  getHotlineProvenance,
  getHotlines,
  HOTLINE_COUNTRIES,
  HOTLINE_COUNTRY_CODES,
  hotlinesEn,
  hotlinesEs,
  hotlinesMs,
} from './index.js';
import { hotlineCountrySchema } from './schema/index.js';

const sources = readSources();
const curated = sources.curatedJson as { countries: Record<string, { entries: Record<string, unknown>[] }> };

// A deep copy of the JSON structure with one change, to show that the generator refuses bad data.
function withChange(change: (json: typeof curated) => void) {
  const copy = structuredClone(curated);
  change(copy);
  return () => buildHotlines(sources.csvText, copy);
}

describe('generated hotline module', () => {
  it('is up to date with data/hotlines (run scripts/generate-hotlines.ts when this fails)', () => {
    const fresh = buildHotlines(sources.csvText, sources.curatedJson);
    expect(HOTLINE_COUNTRIES).toEqual(fresh.countries);
    expect(HOTLINE_PROVENANCE).toEqual(fresh.provenance);
  });

  it('covers every CSV row with its confidence (16 high, 12 medium, 4 low)', () => {
    const rows = parseCsv(sources.csvText).slice(1);
    expect(HOTLINE_COUNTRIES).toHaveLength(rows.length);
    expect(HOTLINE_COUNTRY_CODES).toHaveLength(32);
    const count = (c: string) => HOTLINE_COUNTRIES.filter((country) => country.confidence === c).length;
    expect([count('high'), count('medium'), count('low')]).toEqual([16, 12, 4]);
  });

  it('validates every entry: dialable tel: URIs without spaces, https web addresses, sources on every country', () => {
    for (const country of HOTLINE_COUNTRIES) {
      expect(z.safeParse(hotlineCountrySchema, country).success, country.country).toBe(true);
      expect(getHotlineProvenance(country.country)?.sources.length).toBeGreaterThan(0);
      for (const entry of country.entries) {
        for (const contact of entry.contacts) {
          expect(contact.tel).toMatch(/^tel:\+?[0-9]+$/);
          expect(contact.tel.replace(/\D/g, '')).toBe(contact.display.replace(/\D/g, ''));
        }
        for (const web of entry.web) expect(new URL(web.url).protocol).toBe('https:');
        // Unknown facts are absent, never a "Not stated" string.
        for (const fact of [entry.hours, entry.languages, entry.operator, entry.scope])
          expect(fact ?? '').not.toMatch(/^not stated/i);
      }
    }
  });

  it('flags every number of a low-confidence country, and only numbers the research says to check elsewhere', () => {
    for (const country of HOTLINE_COUNTRIES)
      for (const entry of country.entries) {
        expect(entry.needsCheck).toBe(country.confidence === 'low');
        if (country.confidence === 'low') expect(entry.contacts.every((c) => c.needsCheck)).toBe(true);
      }
    const gb = getHotlines('GB');
    expect(gb.found && gb.entries[0]?.contacts[0]?.needsCheck).toBe(false);
  });
});

describe('getHotlines', () => {
  it('accepts alpha-3 and alpha-2 codes in any case', () => {
    for (const code of ['MYS', 'mys', 'MY', ' my ']) {
      const result = getHotlines(code);
      expect(result.found, code).toBe(true);
      if (result.found)
        expect(result.entries[0]?.contacts[0]).toMatchObject({ display: '03-8000 8000', tel: 'tel:0380008000' });
    }
  });

  it('keeps the US hotline with its September 2025 operator change, and asks to confirm its numbers', () => {
    const us = getHotlines('us');
    if (!us.found) throw new Error('expected the US hotline');
    const [hotline] = us.entries;
    expect(hotline?.operator).toMatch(/Compass Connections/);
    expect(hotline?.contacts.map((c) => [c.channel, c.tel, c.needsCheck])).toEqual([
      ['call', 'tel:+18883737888', true],
      ['sms', 'tel:233733', true],
    ]);
    expect(getHotlineProvenance('USA')?.notes).toMatch(/OPERATOR CHANGED/);
  });

  it('returns entries best first and keeps emergency numbers apart', () => {
    const th = getHotlines('THA');
    if (!th.found) throw new Error('expected Thailand');
    expect(th.entries.map((e) => e.contacts[0]?.tel)).toEqual(['tel:1300', 'tel:+66991301300']);
    expect(th.entries[1]?.contacts[0]?.international).toBe(true);
    const au = getHotlines('AU');
    if (!au.found) throw new Error('expected Australia');
    expect(au.emergency.map((e) => e.tel)).toEqual(['tel:000']);
    expect(au.entries.flatMap((e) => e.contacts).some((c) => c.dial === '000')).toBe(false);
  });

  it('says plainly when research found no number, and never offers another country', () => {
    for (const code of ['BOL', 'mm']) {
      const result = getHotlines(code);
      expect(result).toMatchObject({
        found: false,
        reason: 'none-found',
        messageKeys: ['fallback.none-found', 'fallback.emergency'],
        emergency: [],
      });
      expect('entries' in result).toBe(false);
    }
  });

  it('distinguishes a country we do not cover from a code that is not a code', () => {
    expect(getHotlines('FRA')).toMatchObject({
      found: false,
      country: 'FRA',
      reason: 'not-covered',
      messageKeys: ['fallback.not-covered', 'fallback.emergency'],
    });
    expect(getHotlines('fr')).toMatchObject({ found: false, reason: 'not-covered' });
    expect(getHotlines('12')).toMatchObject({ found: false, reason: 'invalid-code' });
    expect(getHotlines('')).toMatchObject({ found: false, reason: 'invalid-code' });
  });
});

describe('generator refuses bad data', () => {
  const first = (json: typeof curated, iso3: string) => {
    const entry = json.countries[iso3]?.entries[0];
    if (!entry) throw new Error(iso3);
    return entry;
  };

  it('rejects a web address that is not https', () => {
    expect(
      withChange((json) => {
        first(json, 'GBR').web = [{ url: 'http://www.modernslaveryhelpline.org' }];
      }),
    ).toThrow(/GBR: web address http:\/\/www\.modernslaveryhelpline\.org is not https/);
  });

  it('rejects a number that is not in the CSV row, or that does not dial what it shows', () => {
    expect(
      withChange((json) => {
        first(json, 'KHM').contacts = [{ channel: 'call', display: '1288', dial: '1288' }];
      }),
    ).toThrow(/KHM: call "1288" is not in the CSV/);
    expect(
      withChange((json) => {
        first(json, 'VNM').contacts = [{ channel: 'call', display: '111', dial: '112' }];
      }),
    ).toThrow(/VNM: call dial 112 does not match 111/);
    expect(
      withChange((json) => {
        first(json, 'MYS').contacts = [{ channel: 'call', display: '03-8000 8000', dial: '+60380008000' }];
      }),
    ).toThrow(/does not match|\+ prefix/);
  });

  it('rejects invented text and "not stated" facts', () => {
    expect(
      withChange((json) => {
        first(json, 'PER').serviceName = 'Peru National Trafficking Hotline';
      }),
    ).toThrow(/PER: service name/);
    expect(
      withChange((json) => {
        first(json, 'KHM').hours = 'Not stated (operates from the police command centre)';
      }),
    ).toThrow(/KHM: hours .* is not a fact/);
  });

  it('rejects a CSV country left out of the structure', () => {
    expect(
      withChange((json) => {
        delete json.countries.NGA;
      }),
    ).toThrow(/NGA: in the CSV, not in the JSON/);
  });
});

describe('hotline messages', () => {
  it('give every locale the same keys', () => {
    const keys = Object.keys(hotlinesEn.messages).sort();
    expect(Object.keys(hotlinesMs.messages).sort()).toEqual(keys);
    expect(Object.keys(hotlinesEs.messages).sort()).toEqual(keys);
    expect([hotlinesMs.status, hotlinesEs.status]).toEqual(['needs-native-review', 'needs-native-review']);
  });
});

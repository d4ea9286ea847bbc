import { describe, expect, it } from 'vitest';
import {
  coverage,
  getHistory,
  getPlacement,
  getReportYear,
  type KnownPlacement,
  REPORT_YEARS,
  type Result,
  type Tier,
  tierChanges,
  watchListStatus,
} from './index.js';
import { tierChangeSchema, watchListStatusSchema } from './schema/index.js';

const ok = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`expected ok: ${result.error.message}`);
  return result.value;
};

const tierIn = (country: string, year: number): Tier | 'unknown' => {
  const placement = ok(getPlacement(country, year));
  return placement.status === 'known' ? placement.tier : 'unknown';
};

const known = (country: string, year: number): KnownPlacement => {
  const placement = ok(getPlacement(country, year));
  if (placement.status !== 'known') throw new Error(`${country} ${year} is unknown`);
  return placement;
};

describe('Malaysia, against the research notes §5', () => {
  // tip-tiers-notes.md §5, "Malaysia's series as merged".
  const expected: Record<number, Tier | 'unknown'> = {
    2001: '3',
    2002: '2',
    2003: '2',
    2004: '2',
    2005: '2',
    2006: '2WL',
    2007: '3',
    2008: '2WL',
    2009: '3',
    2010: '2WL',
    2011: '2WL',
    2012: '2WL',
    2013: '2WL',
    2014: '3',
    2015: '2WL',
    2016: '2WL',
    2017: '2',
    2018: '2WL',
    2019: '2WL',
    2020: '2WL',
    2021: '3',
    2022: '3',
    2023: '2WL',
    2024: '2',
    2025: '2',
  };

  it('follows the merged series from 2001 to 2025, 2025 from the fourth research pass', () => {
    const history = ok(getHistory('Malaysia'));
    expect(history.country.alpha3).toBe('MYS');
    expect(
      Object.fromEntries(history.placements.map((p) => [p.year, p.status === 'known' ? p.tier : 'unknown'])),
    ).toEqual(expected);
    expect(history.known).toBe(25);
    expect(history.placements.at(-1)).toMatchObject({
      status: 'known',
      tier: '2',
      year: 2025,
      provenance: { kind: 'sourced', sources: ['NEWS'] },
    });
  });

  it('went down to Tier 3 in 2021 from the Watch List, not from Tier 2', () => {
    const changes = ok(tierChanges('MY'));
    const change2021 = changes.find((change) => change.year === 2021);
    expect(change2021).toMatchObject({ from: '2WL', to: '3', fromYear: 2020, direction: 'downgrade', steps: 1 });
    expect(changes.filter((change) => change.to === '3' && change.from === '2')).toEqual([]);
    // "First time since 2014": no Tier 3 between 2015 and 2020.
    for (let year = 2015; year <= 2020; year++) expect(tierIn('MYS', year)).not.toBe('3');
    expect(known('MYS', 2021).provenance).toEqual({ kind: 'sourced', sources: ['DI2021', 'NEWS'] });
  });

  it('lists every change once, in order, each consistent with its placements', () => {
    const changes = ok(tierChanges('mys'));
    expect(changes.map((change) => `${change.year}:${change.from}>${change.to}`)).toEqual([
      '2002:3>2',
      '2006:2>2WL',
      '2007:2WL>3',
      '2008:3>2WL',
      '2009:2WL>3',
      '2010:3>2WL',
      '2014:2WL>3',
      '2015:3>2WL',
      '2017:2WL>2',
      '2018:2>2WL',
      '2021:2WL>3',
      '2023:3>2WL',
      '2024:2WL>2',
    ]);
    for (const change of changes) {
      expect(tierChangeSchema.safeParse(change).success).toBe(true);
      expect(change.before.tier).toBe(change.from);
      expect(change.after.tier).toBe(change.to);
      expect(change.spansUnknownYears).toBe(false);
    }
    expect(changes.find((change) => change.year === 2002)).toMatchObject({ direction: 'upgrade', steps: 2 });
  });
});

describe('facts cross-checked with the notes', () => {
  it('South Korea: Tier 1 from 2002 through 2021, Tier 2 in 2022', () => {
    for (let year = 2002; year <= 2021; year++) expect(tierIn('KR', year)).toBe('1');
    expect(tierIn('KOR', 2022)).toBe('2');
  });

  it('North Korea: Tier 3 every year from 2003 to 2024 (22nd straight year in 2024)', () => {
    for (let year = 2003; year <= 2024; year++) expect(tierIn('PRK', year)).toBe('3');
  });

  it('Libya, Somalia and Yemen were Special Cases in 2017, 2019 and 2021; Haiti too in 2025', () => {
    for (const country of ['LBY', 'SOM', 'YEM']) {
      for (const year of [2017, 2019, 2021, 2025]) expect(tierIn(country, year)).toBe('special');
    }
    expect(tierIn('HTI', 2025)).toBe('special');
  });

  it('Algeria 2011 is Tier 3 with a medium-confidence flag (Cho against the CIA list)', () => {
    expect(known('DZA', 2011)).toMatchObject({ tier: '3', review: { confidence: 'medium' } });
  });

  it('Congo 2023: the Republic on the Watch List, the DRC on Tier 2 from the corrected gvnet reading, flagged', () => {
    expect(known('COG', 2023)).toMatchObject({ tier: '2WL', provenance: { sources: ['CIAFB'] } });
    expect(known('Democratic Republic of the Congo', 2023)).toMatchObject({
      tier: '2',
      provenance: { kind: 'sourced', sources: ['GVNET-2023-corrected'] },
      review: { confidence: 'medium' },
    });
  });

  it('Kiribati 2017 and the inferred Haiti 2024 carry low-confidence flags', () => {
    expect(known('KIR', 2017)).toMatchObject({ tier: '2WL', review: { confidence: 'low' } });
    expect(known('HTI', 2024)).toMatchObject({
      tier: '2',
      provenance: { kind: 'inferred' },
      review: { confidence: 'low' },
    });
  });

  it('settled conflicts keep the settled value: Latvia 2017 Tier 2, Cyprus 2022 Tier 1', () => {
    expect(tierIn('LVA', 2017)).toBe('2');
    expect(tierIn('CYP', 2022)).toBe('1');
  });

  it('Kosovo and the Netherlands Antilles are in the data under XKX and ANT', () => {
    expect(tierIn('XK', 2015)).toBe('2');
    expect(tierIn('Netherlands Antilles', 2009)).toBe('2WL');
    expect(tierIn('ANT', 2010)).toBe('unknown');
  });

  it('report years add up to the published totals where the notes say they do', () => {
    expect(ok(getReportYear(2015)).counts).toEqual({ '1': 31, '2': 89, '2WL': 44, '3': 23, special: 1 });
    expect(ok(getReportYear(2021)).counts).toEqual({ '1': 28, '2': 95, '2WL': 45, '3': 17, special: 3 });
    const year2025 = ok(getReportYear(2025));
    expect(year2025.counts).toMatchObject({ '2WL': 25, '3': 20, special: 4 });
    expect(year2025).toMatchObject({ known: 128, sourced: 128, publishedTotal: 188, inferred: 0 });
    const year2024 = ok(getReportYear(2024));
    expect(year2024).toMatchObject({ known: 188, sourced: 153, inferred: 35 });
    expect(year2024.byTier['1'].map((placement) => placement.country)).toContain('KOR');
  });

  it('coverage shows the 2017 Watch List surplus and the 2025 gaps by tier', () => {
    const years = coverage().years;
    const year2017 = years.find((year) => year.year === 2017);
    expect(year2017).toMatchObject({ publishedTotal: 187, known: 188, missing: -1 });
    expect(year2017?.sourced['2WL']).toBe(46);
    expect(year2017?.publishedCounts?.['2WL']).toBe(45);
    const year2025 = years.find((year) => year.year === 2025);
    expect(year2025).toMatchObject({ publishedTotal: 188, missing: 60, publishedCounts: { '1': 33, '2': 106 } });
    // Interior gaps: known before and after, unknown in between (the Solomon Islands are among the notes' 2010 gaps).
    expect(years.find((year) => year.year === 2010)?.gaps).toContain('SLB');
  });
});

describe('the automatic downgrade (22 U.S.C. § 7107(b)(2)(D)-(F))', () => {
  const status = (country: string, year: number) => {
    const value = ok(watchListStatus(country, year));
    expect(watchListStatusSchema.safeParse(value).success).toBe(true);
    return value;
  };

  it('Malaysia 2018–2020: due after two years, waived once, then Tier 3 in 2021', () => {
    expect(status('MYS', 2018)).toMatchObject({ countedYears: 1, downgradeDue: false, runStartYear: 2018 });
    expect(status('MYS', 2019)).toMatchObject({ countedYears: 2, downgradeDue: true, waiverAvailable: true });
    expect(status('MYS', 2020)).toMatchObject({
      consecutiveYears: 3,
      countedYears: 3,
      downgradeDue: true,
      waiverAvailable: false,
      waivedYears: 1,
    });
    expect(tierIn('MYS', 2021)).toBe('3');
  });

  it('counts Watch List years from the 2009 report only: Russia 2004–2012, then Tier 3', () => {
    expect(status('RUS', 2008)).toMatchObject({ consecutiveYears: 5, countedYears: 0, downgradeDue: false });
    expect(status('RUS', 2012)).toMatchObject({
      consecutiveYears: 9,
      countedYears: 4,
      runStartYear: 2004,
      downgradeDue: true,
      waivedYears: 2,
    });
    expect(tierIn('RUS', 2013)).toBe('3');
  });

  it('Thailand 2010–2013: four counted years (two waivers under the older law), then Tier 3 in 2014', () => {
    expect(status('THA', 2013)).toMatchObject({ countedYears: 4, waivedYears: 2 });
    expect(tierIn('THA', 2014)).toBe('3');
  });

  it('the Republic of the Congo, the Solomon Islands and Vanuatu: a third, waived year in 2025', () => {
    // The 2025 Factbook explains each third year with the "written plan" waiver (notes §7).
    for (const country of ['COG', 'SLB', 'VUT']) {
      expect(status(country, 2025), country).toMatchObject({
        countedYears: 3,
        waivedYears: 1,
        downgradeDue: true,
        waiverAvailable: false,
      });
    }
  });

  it('allows one year only right after an automatic downgrade: Malaysia 2023', () => {
    expect(status('MYS', 2023)).toMatchObject({
      afterAutomaticDowngrade: true,
      allowedYears: 1,
      countedYears: 1,
      downgradeDue: true,
      waiverAvailable: false,
    });
    expect(status('MYS', 2015)).toMatchObject({ afterAutomaticDowngrade: true });
    expect(status('MYS', 2010)).toMatchObject({ afterAutomaticDowngrade: false, allowedYears: 2 });
  });

  it('is not on the Watch List in a Tier 3 year, and unknown in an unknown year', () => {
    expect(status('MYS', 2021)).toMatchObject({ onWatchList: false, consecutiveYears: 0, downgradeDue: false });
    // Austria: one of the nine 2025 Tier 1 countries known only by count.
    const unknown = status('AUT', 2025);
    expect(unknown.onWatchList).toBeUndefined();
    expect(unknown.placement.status).toBe('unknown');
  });

  it('flags a run that may reach back into an unknown year', () => {
    // Kiribati: unknown in 2009, on the Watch List in 2010 and 2011.
    expect(tierIn('KIR', 2009)).toBe('unknown');
    expect(status('KIR', 2011)).toMatchObject({ runMayStartEarlier: true, countedYears: 2, runStartYear: 2010 });
  });
});

describe('changes across unknown years and Special Cases', () => {
  it('says when a change spans unknown years', () => {
    // Kiribati: a Special Case in 2008, unknown in 2009, on the Watch List in 2010.
    const changes = ok(tierChanges('KIR'));
    const across = changes.find((change) => change.year === 2010);
    expect(across).toMatchObject({ from: 'special', to: '2WL', fromYear: 2008, spansUnknownYears: true });
    expect(across?.direction).toBe('special-case');
    expect(across?.steps).toBe(0);
  });
});

describe('error paths', () => {
  it('unknown country codes and names say which input was not understood', () => {
    for (const input of ['XX', 'QQQ', 'Narnia']) {
      for (const result of [
        getPlacement(input, 2020),
        getHistory(input),
        tierChanges(input),
        watchListStatus(input, 2020),
      ]) {
        expect(result).toMatchObject({ ok: false, error: { code: 'unknown-country', input } });
      }
    }
  });

  it('years outside 2001–2025 are out of range', () => {
    for (const year of [2000, 2026, 1999, -1]) {
      expect(getPlacement('MY', year)).toMatchObject({ ok: false, error: { code: 'year-out-of-range', input: year } });
      expect(getReportYear(year)).toMatchObject({ ok: false, error: { code: 'year-out-of-range' } });
      expect(watchListStatus('MY', year)).toMatchObject({ ok: false, error: { code: 'year-out-of-range' } });
    }
  });

  it('inputs of the wrong type are invalid, never coerced', () => {
    for (const year of ['2021', 2021.5, Number.NaN, null, undefined, {}]) {
      expect(getPlacement('MY', year)).toMatchObject({ ok: false, error: { code: 'invalid-input', input: year } });
      expect(getReportYear(year)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    for (const country of [458, null, undefined, ['MY'], '']) {
      expect(getHistory(country)).toMatchObject({ ok: false, error: { code: 'invalid-input', input: country } });
    }
  });

  it('a valid country the report never rated is all unknown, not an error', () => {
    const history = ok(getHistory('AQ'));
    expect(history.known).toBe(0);
    expect(history.placements).toHaveLength(REPORT_YEARS.length);
    expect(ok(tierChanges('ATA'))).toEqual([]);
  });
});

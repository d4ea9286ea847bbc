import { countryName } from '@ijm/core/countries';
import { FIRST_REPORT_YEAR, getHistory, LAST_REPORT_YEAR, type PlacementLookup, tierCountries } from '@ijm/core/tiers';
import { describe, expect, it } from 'vitest';
import {
  highlightedYears,
  type Term,
  type TierHistoryData,
  type TierHistoryInput,
  tierHistoryView,
  type View,
  yearRange,
  yearRanges,
} from './tier-history.view.js';

// The queries the element gets from its dataset chunk (kit/tier-dataset.ts), taken from the core directly.
const dataset: TierHistoryData = { FIRST_REPORT_YEAR, LAST_REPORT_YEAR, getHistory, countryName };

/** Writes a message as its key and arguments, so a test sees which message, with what, without a catalog. */
const term = ((key: string, ...args: unknown[]) => [key, ...args].join('|')) as Term;

const input = (attributes: Partial<TierHistoryInput>): TierHistoryInput => ({
  country: undefined,
  from: undefined,
  to: undefined,
  highlight: '',
  locale: 'en',
  ...attributes,
});

function message(view: View): string {
  if (view.kind !== 'message') throw new Error(`expected a message, got ${view.kind}`);
  return view.text(term);
}

function chart(view: View) {
  if (view.kind !== 'chart')
    throw new Error(`expected a chart, got ${view.kind === 'message' ? message(view) : view.kind}`);
  return view;
}

function history(country: string): readonly PlacementLookup[] {
  const found = getHistory(country);
  if (!found.ok) throw new Error(`no history for ${country}`);
  return found.value.placements;
}

describe('tierHistoryView', () => {
  it('asks for a country before anything else, without needing the dataset', () => {
    expect(message(tierHistoryView(input({}), undefined, false))).toBe('countryNeeded');
    expect(message(tierHistoryView(input({ country: '' }), dataset, false))).toBe('countryNeeded');
  });

  it('is loading until the dataset arrives, and says so when it cannot', () => {
    expect(tierHistoryView(input({ country: 'MYS' }), undefined, false)).toEqual({ kind: 'loading' });
    expect(message(tierHistoryView(input({ country: 'MYS' }), undefined, true))).toBe('loadFailed');
  });

  it('shows every report year by default, unknown years included, in the reader’s language', () => {
    // Austria: one of the 2025 Tier 1 countries known only by count, so 2025 is unknown.
    const view = chart(tierHistoryView(input({ country: 'at', locale: 'es' }), dataset, false));
    expect(view).toMatchObject({
      alpha3: 'AUT',
      countryName: 'Austria',
      from: FIRST_REPORT_YEAR,
      to: LAST_REPORT_YEAR,
    });
    expect(view.rows.map((row) => row.year)).toEqual(history('AUT').map((row) => row.year));
    expect(view.rows).toHaveLength(LAST_REPORT_YEAR - FIRST_REPORT_YEAR + 1);
    // Known and unknown years split the rows between them.
    expect([...view.knownYears, ...view.unknownYears].sort()).toEqual(view.rows.map((row) => row.year));
    expect(view.known.map((row) => row.year)).toEqual(view.knownYears);
    expect(view.unknownYears.length).toBeGreaterThan(0);
  });

  it('keeps to the years asked for, and highlights only years among them', () => {
    const view = chart(
      tierHistoryView(
        input({ country: 'MYS', from: '2010', to: ' 2015 ', highlight: '2009,2012 2014' }),
        dataset,
        false,
      ),
    );
    expect(view.rows.map((row) => row.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015]);
    expect([...view.highlights]).toEqual([2012, 2014]);
  });

  it('lists the sources behind the placements shown, once each, and counts the inferred ones', () => {
    const view = chart(tierHistoryView(input({ country: 'MYS' }), dataset, false));
    const sourced = view.known.flatMap((row) => (row.provenance.kind === 'sourced' ? row.provenance.sources : []));
    expect(view.sourceIds).toEqual([...new Set(sourced)]);
    expect(view.sourceIds.length).toBeLessThan(sourced.length);
    expect(view.inferredCount).toBe(view.known.filter((row) => row.provenance.kind === 'inferred').length);
  });

  it('needs the sources chunk at once exactly when a placement shown is inferred or flagged for review', () => {
    let checked = 0;
    for (const { alpha3 } of tierCountries().slice(0, 60)) {
      const view = chart(tierHistoryView(input({ country: alpha3 }), dataset, false));
      const expected = view.known.some((row) => row.provenance.kind === 'inferred' || row.review !== undefined);
      expect(view.needsSources, alpha3).toBe(expected);
      checked += expected ? 1 : 0;
    }
    // The sample holds both kinds, so both answers were tested.
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThan(60);
  });

  it('names a country it does not know, but only once the years are right', () => {
    expect(message(tierHistoryView(input({ country: 'ZZZ' }), dataset, false))).toBe('unknownCountry|ZZZ');
    expect(message(tierHistoryView(input({ country: 'ZZZ', from: '1990' }), dataset, false))).toMatch(/^outOfRange/);
  });
});

describe('yearRange', () => {
  const data = { FIRST_REPORT_YEAR, LAST_REPORT_YEAR };
  const text = (range: ReturnType<typeof yearRange>) => ('kind' in range ? range.text(term) : range);

  it('defaults to the first and the latest report', () => {
    expect(yearRange(data, undefined, undefined)).toEqual({ from: FIRST_REPORT_YEAR, to: LAST_REPORT_YEAR });
    expect(yearRange(data, '2014', undefined)).toEqual({ from: 2014, to: LAST_REPORT_YEAR });
    expect(yearRange(data, '', '2014')).toEqual({ from: FIRST_REPORT_YEAR, to: 2014 });
  });

  it('explains what is wrong with the years instead of guessing', () => {
    expect(text(yearRange(data, 'last year', undefined))).toBe('notAYear|last year');
    expect(text(yearRange(data, undefined, '2014.5'))).toBe('notAYear|2014.5');
    expect(text(yearRange(data, '1990', undefined))).toBe(
      `outOfRange|1990|${LAST_REPORT_YEAR}|${FIRST_REPORT_YEAR}|${LAST_REPORT_YEAR}`,
    );
    expect(text(yearRange(data, undefined, String(LAST_REPORT_YEAR + 1)))).toMatch(/^outOfRange/);
    expect(text(yearRange(data, '2015', '2010'))).toBe('reversed|2015|2010');
    // A single year is a range.
    expect(yearRange(data, '2015', '2015')).toEqual({ from: 2015, to: 2015 });
  });
});

describe('highlightedYears', () => {
  it('reads years separated by commas or spaces, within the range, and skips anything else', () => {
    expect([...highlightedYears('2012, 2014 ,x,,2020', 2010, 2015)]).toEqual([2012, 2014]);
    expect(highlightedYears('', 2001, 2025).size).toBe(0);
  });
});

describe('yearRanges', () => {
  it('writes runs of years as ranges', () => {
    expect(yearRanges([2001, 2002, 2003, 2009])).toBe('2001–2003, 2009');
    expect(yearRanges([2005])).toBe('2005');
    expect(yearRanges([2001, 2003, 2004])).toBe('2001, 2003–2004');
    expect(yearRanges([])).toBe('');
  });
});

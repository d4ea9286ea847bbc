import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/csv.js';
import { countryName } from '../countries/index.js';
import { parseCitation } from './citation-format.js';
import {
  coverage,
  FIRST_WATCH_LIST_YEAR,
  getHistory,
  getPlacement,
  getReportYear,
  REPORT_YEARS,
  TIERS,
  tierCountries,
} from './index.js';
import { coverageSchema, placementLookupSchema, reportYearSummarySchema, tierHistorySchema } from './schema/index.js';
import { TIER_SOURCES } from './sources.js';

// The decoded dataset against the CSV files it was generated from: every row, both ways.

const read = (name: string) =>
  parseCsv(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'), name).map((row) => row.values);
const sourced = read('tip-tiers.csv');
const inferred = read('tip-tiers-inferred.csv');
const reviews = read('tip-tiers-review.csv');

const known = (country: unknown, year: unknown) => {
  const result = getPlacement(country, year);
  if (!result.ok || result.value.status !== 'known') throw new Error(`no placement for ${country} ${year}`);
  return result.value;
};

describe('the tier dataset', () => {
  it('returns every sourced row with its tier and the registry ids of its sources', () => {
    expect(sourced.length).toBe(4124);
    for (const row of sourced) {
      const placement = known(row.iso3, Number(row.report_year));
      expect(placement.tier).toBe(row.tier);
      expect(placement.provenance.kind).toBe('sourced');
      const expected = new Set((row.source ?? '').split(';').map((part) => parseCitation(part, TIER_SOURCES)?.source));
      expect(placement.provenance.kind === 'sourced' && new Set(placement.provenance.sources)).toEqual(expected);
    }
  });

  it('returns every inferred row as inferred, kept apart from the sourced ones', () => {
    expect(inferred.length).toBe(42);
    for (const row of inferred) {
      const placement = known(row.iso3, Number(row.report_year));
      expect(placement.tier).toBe(row.tier);
      expect(placement.provenance).toEqual({ kind: 'inferred' });
    }
  });

  it('knows nothing beyond the rows: every other country-year is unknown', () => {
    let count = 0;
    for (const country of tierCountries()) {
      const history = getHistory(country.alpha3);
      if (!history.ok) throw new Error(country.alpha3);
      expect(history.value.placements).toHaveLength(REPORT_YEARS.length);
      count += history.value.known;
      expect(tierHistorySchema.safeParse(history.value).success).toBe(true);
    }
    expect(count).toBe(sourced.length + inferred.length);
    expect(tierCountries()).toHaveLength(190);
  });

  it('has one placement per country and report year, all of them valid', () => {
    const keys = [...sourced, ...inferred].map((row) => `${row.iso3}${row.report_year}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const country of tierCountries().slice(0, 40)) {
      for (const year of REPORT_YEARS) {
        const result = getPlacement(country.alpha3, year);
        expect(result.ok && placementLookupSchema.safeParse(result.value).success).toBe(true);
      }
    }
  });

  it('places nobody on the Watch List before 2004', () => {
    for (const year of REPORT_YEARS) {
      const summary = getReportYear(year);
      if (!summary.ok) throw new Error(String(year));
      if (year < FIRST_WATCH_LIST_YEAR) expect(summary.value.counts['2WL']).toBe(0);
      else expect(summary.value.counts['2WL']).toBeGreaterThan(0);
      expect(reportYearSummarySchema.safeParse(summary.value).success).toBe(true);
    }
  });

  it('carries a review flag exactly on the rows the review file names', () => {
    const flagged = new Map(reviews.map((row) => [`${row.iso3}${row.report_year}`, row.confidence]));
    let count = 0;
    for (const country of tierCountries()) {
      for (const year of REPORT_YEARS) {
        const result = getPlacement(country.alpha3, year);
        if (!result.ok || result.value.status !== 'known') continue;
        const expected = flagged.get(`${country.alpha3}${year}`);
        expect(result.value.review?.confidence).toBe(expected);
        if (expected !== undefined) count++;
      }
    }
    expect(count).toBe(reviews.length);
  });

  it('adds up in the coverage report', () => {
    const report = coverage();
    expect(coverageSchema.safeParse(report).success).toBe(true);
    expect(report.placements).toBe(sourced.length + inferred.length);
    expect(report.countries).toBe(190);
    for (const year of report.years) {
      const rows = [...sourced, ...inferred].filter((row) => Number(row.report_year) === year.year);
      expect(year.known).toBe(rows.length);
      for (const tier of TIERS) {
        expect(year.sourced[tier]).toBe(
          sourced.filter((r) => Number(r.report_year) === year.year && r.tier === tier).length,
        );
      }
    }
  });

  it('names every country in the data in English, Malay and Spanish', () => {
    for (const country of tierCountries()) {
      for (const locale of ['en', 'ms', 'es']) {
        const name = countryName(country.alpha3, locale);
        expect(name.ok && name.value !== country.alpha2 && name.value.length > 2, `${country.alpha3} ${locale}`).toBe(
          true,
        );
      }
    }
  });
});

import { allCountries } from '../countries/countries.js';
import {
  cellOffset,
  cellTier,
  DEFAULT_CHAR,
  defaultOffset,
  FIRST_POINTER_CHAR,
  REVIEW_ENTRY_LENGTH,
  reviewConfidence,
  tierRows,
  UNKNOWN_CELL,
  YEAR_COUNT,
} from './codec.js';
import { FIRST_REPORT_YEAR, type Tier } from './constants/index.js';
import { PROVENANCE_CELLS, PROVENANCE_DEFAULTS, REVIEWS, SOURCE_SETS, TIER_CELLS } from './generated/tip-data.js';
import type { PlacementLookup, ReportYear, Review } from './schema.js';

// Decodes the compact literals in generated/tip-data.ts, as codec.ts describes them. Nothing here runs at import: the
// index is built on the first query, and each lookup after that is a few string reads.

/** The decoded lookup structures. Placements share the source sets and review flags, so those are frozen. */
export interface TierIndex {
  /** Alpha-3 code → row in the cell strings (every known country has a row; most rows of the 61 never rated are empty). */
  readonly rows: ReadonlyMap<string, number>;
  /** Alpha-3 codes of the countries in the data, sorted. */
  readonly countries: readonly string[];
  readonly sourceSets: readonly (readonly string[])[];
  /** `MYS2021` → review flag. */
  readonly reviews: ReadonlyMap<string, Review>;
}

/** Builds the index from the literals. Exported for the benchmark; queries use it through {@link tierIndex}. */
export function indexTierData(): TierIndex {
  const rows = new Map<string, number>();
  const countries: string[] = [];
  tierRows(allCountries()).forEach((country, row) => {
    rows.set(country.alpha3, row);
    const cells = TIER_CELLS.slice(row * YEAR_COUNT, (row + 1) * YEAR_COUNT);
    if (/[^.]/.test(cells)) countries.push(country.alpha3);
  });
  countries.sort();
  const reviews = new Map<string, Review>();
  for (const entry of REVIEWS.split(' ')) {
    if (entry.length === REVIEW_ENTRY_LENGTH)
      reviews.set(entry.slice(0, -1), Object.freeze({ confidence: reviewConfidence(entry) }));
  }
  return { rows, countries, sourceSets: SOURCE_SETS.map((set) => Object.freeze(set.split(' '))), reviews };
}

let index: TierIndex | undefined;

/** The index, built on first use. */
export function tierIndex(): TierIndex {
  index ??= indexTierData();
  return index;
}

function sourceSetIndex(cell: number, year: ReportYear, tier: Tier): number {
  let char = PROVENANCE_CELLS[cell] ?? ' ';
  if (char === DEFAULT_CHAR) char = PROVENANCE_DEFAULTS[defaultOffset(year, tier)] ?? ' ';
  return char.charCodeAt(0) - FIRST_POINTER_CHAR;
}

/** The placement of a country (alpha-3, capitals) in a report year, or an explicit unknown. Constant time. */
export function placementAt(country: string, year: ReportYear): PlacementLookup {
  const { rows, sourceSets, reviews } = tierIndex();
  const row = rows.get(country);
  const cell = row === undefined ? -1 : cellOffset(row, year);
  const char = TIER_CELLS[cell] ?? UNKNOWN_CELL;
  const tier = cellTier(char);
  if (tier === undefined) return { status: 'unknown', country, year };
  const placement = {
    status: 'known' as const,
    country,
    year,
    tier,
    // Capitals mark inferred cells.
    provenance:
      char === char.toLowerCase()
        ? { kind: 'sourced' as const, sources: sourceSets[sourceSetIndex(cell, year, tier)] ?? [] }
        : { kind: 'inferred' as const },
  };
  const review = reviews.get(country + year);
  return review === undefined ? placement : { ...placement, review };
}

/** The tier of a known placement, or `undefined` when unknown or outside the report years. */
export function tierAt(country: string, year: number): Tier | undefined {
  const row = tierIndex().rows.get(country);
  if (row === undefined || year < FIRST_REPORT_YEAR || year >= FIRST_REPORT_YEAR + YEAR_COUNT) return undefined;
  return cellTier(TIER_CELLS[cellOffset(row, year)]);
}

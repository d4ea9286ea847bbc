import type { CountryStatus } from '../countries/schema.js';
import { FIRST_REPORT_YEAR, REPORT_YEARS, TIERS, type Tier } from './constants/index.js';

// The encoding of generated/tip-data.ts, shared by its writer (scripts/generate.ts) and its reader (dataset.ts) so
// that the two cannot drift apart.

/**
 * Rows of the cells follow the country code table: official codes, then user-assigned ones (Kosovo), then historical
 * ones, each group in table order. The dataset stores no code list of its own, so both sides lay rows out with this.
 */
export function tierRows<C extends { readonly status: CountryStatus }>(countries: readonly C[]): C[] {
  return (['official', 'user-assigned', 'historical'] as const).flatMap((status) =>
    countries.filter((country) => country.status === status),
  );
}

/** One cell per report year in each row. */
export const YEAR_COUNT = REPORT_YEARS.length;

/** Where a country's row and a report year meet in TIER_CELLS and PROVENANCE_CELLS. */
export const cellOffset = (row: number, year: number): number => row * YEAR_COUNT + (year - FIRST_REPORT_YEAR);

/** Where a year and tier's usual provenance character is in PROVENANCE_DEFAULTS. */
export const defaultOffset = (year: number, tier: Tier): number =>
  (year - FIRST_REPORT_YEAR) * TIERS.length + TIERS.indexOf(tier);

/** Cell letters in TIERS order: a = 1, b = 2, w = 2WL, c = 3, s = special; capitals when inferred (the reader tells
 * them apart by case). */
const TIER_LETTERS = 'abwcs';

/** A cell that holds no placement. */
export const UNKNOWN_CELL = '.';

export const tierCell = (tier: Tier, inferred: boolean): string => {
  const letter = TIER_LETTERS[TIERS.indexOf(tier)] ?? UNKNOWN_CELL;
  return inferred ? letter.toUpperCase() : letter;
};

/** The tier in a cell, sourced or inferred, or `undefined` for an unknown one. */
export function cellTier(cell: string | undefined): Tier | undefined {
  const index = TIER_LETTERS.indexOf((cell ?? UNKNOWN_CELL).toLowerCase());
  return index === -1 ? undefined : TIERS[index];
}

/** A provenance character that defers to PROVENANCE_DEFAULTS for its year and tier. */
export const DEFAULT_CHAR = '!';

/** Provenance characters '#' (35) to '~' (126) index SOURCE_SETS: one character per cell keeps the cells small. */
export const FIRST_POINTER_CHAR = 35;
export const LAST_POINTER_CHAR = 126;

/** A REVIEWS entry: alpha-3, report year, then L(ow) or M(edium) confidence. */
export const reviewEntry = (key: string, confidence: 'low' | 'medium'): string =>
  `${key}${confidence === 'low' ? 'L' : 'M'}`;
export const REVIEW_ENTRY_LENGTH = 8;
export const reviewConfidence = (entry: string): 'low' | 'medium' => (entry[7] === 'L' ? 'low' : 'medium');

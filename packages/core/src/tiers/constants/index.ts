// The tier list, labels and report years without the dataset: `@ijm/core/tiers` re-exports these, but a bundler
// splits by file and its file holds the dataset, so a widget that needs only a constant imports it from here.
import { freezeTable } from '../freeze-table.js';

/** Tier placements used by the US Trafficking in Persons Report, best first. `special` is not a statutory tier. */
export const TIERS = /* @__PURE__ */ Object.freeze(['1', '2', '2WL', '3', 'special'] as const);

/** A TIP Report tier: one of `TIERS`. */
export type Tier = (typeof TIERS)[number];

/** Whether a value is one of the known tiers. */
export function isTier(value: unknown): value is Tier {
  return typeof value === 'string' && (TIERS as readonly string[]).includes(value);
}

/** English labels, long and short, for display and for assistive technology. Frozen. */
export const TIER_LABELS = /* @__PURE__ */ freezeTable({
  '1': { long: 'Tier 1', short: 'T1' },
  '2': { long: 'Tier 2', short: 'T2' },
  '2WL': { long: 'Tier 2 Watch List', short: 'T2WL' },
  '3': { long: 'Tier 3', short: 'T3' },
  special: { long: 'Special Case', short: 'SC' },
} as const satisfies Record<Tier, { long: string; short: string }>);

/**
 * Every TIP Report year the dataset covers, oldest first. A report year is the year the report was published
 * (usually June; 29 September for 2025), not the year assessed: each report covers April of the previous year to
 * March of the report year. To add a year, extend this list and the data (see packages/core/data/README.md).
 */
export const REPORT_YEARS = /* @__PURE__ */ Object.freeze([
  2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019,
  2020, 2021, 2022, 2023, 2024, 2025,
] as const);

// The first and last years are written out rather than read from REPORT_YEARS, which a bundler would keep as a
// possible side effect in every bundle of this module; their types make the compiler check that they match the list.

/** The first report year (2001). */
export const FIRST_REPORT_YEAR: (typeof REPORT_YEARS)[0] = 2001;

/** The latest report year in the dataset. */
export const LAST_REPORT_YEAR: typeof REPORT_YEARS extends readonly [...number[], infer Last] ? Last : never = 2025;

/** The Tier 2 Watch List first appeared in the 2004 report; no placement before it can be `2WL`. */
export const FIRST_WATCH_LIST_YEAR = 2004;

/**
 * The first report year that counts toward the automatic downgrade: 22 U.S.C. § 7107(b)(2)(D)(i) counts Watch List
 * years "after December 23, 2008", that is, from the June 2009 report on.
 */
export const FIRST_COUNTED_WATCH_LIST_YEAR = 2009;

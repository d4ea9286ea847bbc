/**
 * Every TIP Report year the dataset covers, oldest first. A report year is the year the report was published
 * (usually June; 29 September for 2025), not the year assessed: each report covers April of the previous year to
 * March of the report year. To add a year, extend this list and the data (see packages/core/data/README.md).
 */
export const REPORT_YEARS = /* @__PURE__ */ Object.freeze([
  2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019,
  2020, 2021, 2022, 2023, 2024, 2025,
] as const);

/** The first report year (2001). */
export const FIRST_REPORT_YEAR = REPORT_YEARS[0];

/** The latest report year in the dataset. */
export const LAST_REPORT_YEAR = REPORT_YEARS[REPORT_YEARS.length - 1] ?? FIRST_REPORT_YEAR;

/** The Tier 2 Watch List first appeared in the 2004 report; no placement before it can be `2WL`. */
export const FIRST_WATCH_LIST_YEAR = 2004;

/**
 * The first report year that counts toward the automatic downgrade: 22 U.S.C. § 7107(b)(2)(D)(i) counts Watch List
 * years "after December 23, 2008", that is, from the June 2009 report on.
 */
export const FIRST_COUNTED_WATCH_LIST_YEAR = 2009;

// What `<ijm-tier-history>` shows, worked out from its attributes (already read as text) and the dataset: a pure
// function with no Lit and no DOM, tested in Node (tier-history.view.node.test.ts). The element reads its properties,
// asks for the dataset, and renders what this returns.
import type { Locale } from '@ijm/core/i18n';
import type { KnownPlacement, PlacementLookup } from '@ijm/core/tiers';
import type { LocalizeController } from '../../kit/localize.js';
import { readYearAttribute, type TierData } from '../../kit/tier-data.js';
import { isKnown } from './tier-history.geometry.js';
import type { TierHistoryMessages } from './tier-history.messages.js';

export type Term = LocalizeController<TierHistoryMessages>['term'];

/** What the view needs of the dataset (the real one, or a test's). */
export type TierHistoryData = Pick<TierData, 'FIRST_REPORT_YEAR' | 'LAST_REPORT_YEAR' | 'getHistory' | 'countryName'>;

/** The attributes, as text (`readText()`); `highlight` is the years joined by commas. */
export interface TierHistoryInput {
  readonly country: string | undefined;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly highlight: string;
  readonly locale: Locale;
}

export interface ChartView {
  readonly kind: 'chart';
  readonly alpha3: string;
  readonly countryName: string;
  readonly from: number;
  readonly to: number;
  /** One per report year from `from` to `to`, unknown years included. */
  readonly rows: readonly PlacementLookup[];
  readonly highlights: ReadonlySet<number>;
  /** The rows with a placement, in order, and their years: the points the keyboard moves between. */
  readonly known: readonly KnownPlacement[];
  readonly knownYears: readonly number[];
  /** The years the dataset does not know, in order. */
  readonly unknownYears: readonly number[];
  /** The source ids behind the sourced placements shown, each once, in order of first use. */
  readonly sourceIds: readonly string[];
  /** How many placements shown are inferred rather than stated by a source. */
  readonly inferredCount: number;
  /**
   * Whether a placement shown is inferred or flagged for review: its reasoning or note is in the sources chunk, which
   * the chart then loads at once rather than when the reader opens the sources footnote.
   */
  readonly needsSources: boolean;
}

/** A message shown instead of the chart; the text is worked out at render time, in the element's language. */
export interface MessageView {
  readonly kind: 'message';
  readonly text: (term: Term) => string;
}

export type View = { readonly kind: 'loading' } | MessageView | ChartView;

/**
 * The view for the attributes and the dataset. `data` is `undefined` until the dataset has loaded (the element asks for
 * it only once a country is set), and `failed` says whether loading it failed.
 */
export function tierHistoryView(input: TierHistoryInput, data: TierHistoryData | undefined, failed: boolean): View {
  const { country } = input;
  if (!country) return { kind: 'message', text: (term) => term('countryNeeded') };
  if (data === undefined) return failed ? { kind: 'message', text: (term) => term('loadFailed') } : { kind: 'loading' };
  // The range is checked against the report years that come with the dataset, once it has loaded.
  const range = yearRange(data, input.from, input.to);
  if ('kind' in range) return range;
  const { from, to } = range;
  const history = data.getHistory(country);
  if (!history.ok) {
    // `invalid-input` cannot happen here (the input is a non-empty string), so every failure is an unknown country.
    return { kind: 'message', text: (term) => term('unknownCountry', country) };
  }
  const { alpha3 } = history.value.country;
  const name = data.countryName(alpha3, input.locale);
  const rows = history.value.placements.filter((placement) => placement.year >= from && placement.year <= to);
  const known = rows.filter(isKnown);
  return {
    kind: 'chart',
    alpha3,
    countryName: name.ok ? name.value : alpha3,
    from,
    to,
    rows,
    highlights: highlightedYears(input.highlight, from, to),
    known,
    knownYears: known.map((placement): number => placement.year),
    unknownYears: rows.filter((placement) => !isKnown(placement)).map((placement) => placement.year),
    sourceIds: [
      ...new Set(
        known.flatMap((placement) => (placement.provenance.kind === 'sourced' ? placement.provenance.sources : [])),
      ),
    ],
    inferredCount: known.filter((placement) => placement.provenance.kind === 'inferred').length,
    needsSources: known.some((placement) => placement.provenance.kind === 'inferred' || placement.review !== undefined),
  };
}

/** `from` and `to` as report years (each defaulting to the first or latest report), or the message saying why not. */
export function yearRange(
  data: Pick<TierHistoryData, 'FIRST_REPORT_YEAR' | 'LAST_REPORT_YEAR'>,
  fromText: string | undefined,
  toText: string | undefined,
): { readonly from: number; readonly to: number } | MessageView {
  const { FIRST_REPORT_YEAR, LAST_REPORT_YEAR } = data;
  const years: number[] = [];
  for (const [text = '', fallback] of [
    [fromText, FIRST_REPORT_YEAR],
    [toText, LAST_REPORT_YEAR],
  ] as const) {
    const year = text === '' ? fallback : readYearAttribute(text);
    if (typeof year !== 'number') return { kind: 'message', text: (term) => term('notAYear', text) };
    years.push(year);
  }
  const [from = FIRST_REPORT_YEAR, to = LAST_REPORT_YEAR] = years;
  const inReports = (year: number) => year >= FIRST_REPORT_YEAR && year <= LAST_REPORT_YEAR;
  if (!inReports(from) || !inReports(to)) {
    return { kind: 'message', text: (term) => term('outOfRange', from, to, FIRST_REPORT_YEAR, LAST_REPORT_YEAR) };
  }
  if (from > to) return { kind: 'message', text: (term) => term('reversed', from, to) };
  return { from, to };
}

/** The highlighted years within `from`–`to`, from text such as `2021,2022` or `2021 2022`; anything else is skipped. */
export function highlightedYears(text: string, from: number, to: number): ReadonlySet<number> {
  return new Set(
    text
      .split(/[\s,]+/)
      .map((part) => readYearAttribute(part))
      .filter((year): year is number => typeof year === 'number' && year >= from && year <= to),
  );
}

/** `2001, 2002, 2003, 2009` → `2001–2003, 2009`. */
export function yearRanges(years: readonly number[]): string {
  const parts: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  for (const year of [...years, Number.NaN]) {
    if (start !== undefined && previous !== undefined && year === previous + 1) {
      previous = year;
      continue;
    }
    if (start !== undefined && previous !== undefined)
      parts.push(start === previous ? `${start}` : `${start}–${previous}`);
    start = year;
    previous = year;
  }
  return parts.join(', ');
}

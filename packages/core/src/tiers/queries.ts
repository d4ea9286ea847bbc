import { resolveCountry } from '../countries/countries.js';
import type { Country, QueryError, Result } from '../countries/schema.js';
import {
  FIRST_COUNTED_WATCH_LIST_YEAR,
  FIRST_REPORT_YEAR,
  FIRST_WATCH_LIST_YEAR,
  LAST_REPORT_YEAR,
  REPORT_YEARS,
  TIERS,
  type Tier,
} from './constants/index.js';
import { placementAt, tierAt, tierIndex } from './dataset.js';
import { PUBLISHED_TOTALS } from './generated/tip-data.js';
import type {
  Coverage,
  KnownPlacement,
  PlacementLookup,
  ReportYear,
  ReportYearSummary,
  TierChange,
  TierCounts,
  TierHistory,
  WatchListStatus,
  YearCoverage,
} from './schema.js';
import { tierRank } from './tier.js';

// Every query takes loose input (a code in any case or an English name; a number for the year) and answers with a
// Result, never by throwing, so a widget can show "we do not know this country" rather than crash or guess.

function failure(code: QueryError['code'], input: unknown, message: string): Result<never> {
  return { ok: false, error: { code, input, message } };
}

/** Whether a value is one of the report years the dataset covers. */
export function isReportYear(value: unknown): value is ReportYear {
  return typeof value === 'number' && (REPORT_YEARS as readonly number[]).includes(value);
}

function readYear(input: unknown): Result<ReportYear> {
  if (isReportYear(input)) return { ok: true, value: input };
  return Number.isInteger(input)
    ? failure(
        'year-out-of-range',
        input,
        `No report year ${input} in the data (${FIRST_REPORT_YEAR}–${LAST_REPORT_YEAR}).`,
      )
    : failure('invalid-input', input, `Not an integer report year (${typeof input}).`);
}

/**
 * The placement of a country in one report year, with its provenance (`sourced` with registry source ids, or
 * `inferred` with the reasoning) and a `review` flag where the research notes doubt it. A country-year the data does
 * not have comes back as `{ status: 'unknown' }`, never filled in; so does any year of a valid country the report
 * never rated (e.g. Antarctica).
 *
 * @param country ISO alpha-2 or alpha-3 in any case, or an English name.
 * @param year A report year (2001–2025): the year the report was published.
 * @example getPlacement('MY', 2021) // { ok: true, value: { status: 'known', country: 'MYS', tier: '3', … } }
 */
export function getPlacement(country: unknown, year: unknown): Result<PlacementLookup> {
  const found = resolveCountry(country);
  if (!found.ok) return found;
  const reportYear = readYear(year);
  if (!reportYear.ok) return reportYear;
  return { ok: true, value: placementAt(found.value.alpha3, reportYear.value) };
}

/**
 * A country's placement in every report year, oldest first, with unknown years as explicit `unknown` entries: what a
 * tier-history chart draws.
 */
export function getHistory(country: unknown): Result<TierHistory> {
  const found = resolveCountry(country);
  if (!found.ok) return found;
  const placements = REPORT_YEARS.map((year) => placementAt(found.value.alpha3, year));
  const known = placements.filter((placement) => placement.status === 'known').length;
  return { ok: true, value: { country: found.value, placements, known } };
}

/**
 * Each change between a country's consecutive known placements, oldest first. Between ranked tiers (1, 2, 2WL, 3) a
 * change is an `upgrade` or a `downgrade`; into or out of a Special Case it is `special-case` (not a rank, so
 * neither). Unknown years are skipped, never filled in: a change across them compares the placements on either side
 * and says so with `spansUnknownYears` and `fromYear`. Inferred or flagged placements are included; `before` and
 * `after` carry their provenance and review flags.
 */
export function tierChanges(country: unknown): Result<readonly TierChange[]> {
  const history = getHistory(country);
  if (!history.ok) return history;
  const changes: TierChange[] = [];
  let before: KnownPlacement | undefined;
  for (const after of history.value.placements) {
    if (after.status !== 'known') continue;
    if (before !== undefined && before.tier !== after.tier) {
      const from = tierRank(before.tier);
      const to = tierRank(after.tier);
      const ranked = from !== undefined && to !== undefined;
      changes.push({
        year: after.year,
        fromYear: before.year,
        from: before.tier,
        to: after.tier,
        direction: !ranked ? 'special-case' : to > from ? 'downgrade' : 'upgrade',
        steps: ranked ? Math.abs(to - from) : 0,
        spansUnknownYears: after.year - before.year > 1,
        before,
        after,
      });
    }
    before = after;
  }
  return { ok: true, value: changes };
}

interface WatchListRun {
  readonly start: number;
  readonly counted: number;
  readonly afterAutomaticDowngrade: boolean;
  readonly allowed: number;
}

/** The Watch List run that ends in `end` (a Watch List year), and whether it follows an automatic downgrade. */
function watchListRun(country: string, end: number): WatchListRun {
  let start = end;
  while (tierAt(country, start - 1) === '2WL') start--;
  const counted = Math.max(0, end - Math.max(start, FIRST_COUNTED_WATCH_LIST_YEAR) + 1);
  // § 7107(b)(2)(F): a Tier 3 spell that began because a counted run reached its limit was an automatic downgrade.
  let afterAutomaticDowngrade = false;
  let tier3Start = start - 1;
  if (tierAt(country, tier3Start) === '3') {
    while (tierAt(country, tier3Start - 1) === '3') tier3Start--;
    if (tierAt(country, tier3Start - 1) === '2WL') {
      const previous = watchListRun(country, tier3Start - 1);
      afterAutomaticDowngrade = previous.counted >= previous.allowed;
    }
  }
  return { start, counted, afterAutomaticDowngrade, allowed: afterAutomaticDowngrade ? 1 : 2 };
}

/**
 * Where a country stands against the TVPA's automatic downgrade in a report year (22 U.S.C. § 7107(b)(2)(D)-(F),
 * research notes §7): Watch List years in a row, how many of them count (report years from 2009, as the statute
 * counts years after 23 December 2008), whether the next report must place the country on Tier 3 unless waived,
 * whether a waiver (up to one year, on a written plan) is still possible, and how many years a waiver already
 * covered. A run reaching back to an unknown year is flagged with `runMayStartEarlier`; an unknown placement gives
 * `onWatchList: undefined` and zero counts.
 *
 * The rule is applied as the statute reads now. Earlier law allowed a two-year waiver (so older runs show
 * `waivedYears: 2`, e.g. Malaysia and Thailand 2010–2013), and the one-year limit after an automatic downgrade (F)
 * may postdate some runs (China 2014–2016); the dates of those amendments are not verified in the notes.
 *
 * @example watchListStatus('MY', 2020) // value: { countedYears: 3, waivedYears: 1, downgradeDue: true, … } (Tier 3 in 2021)
 */
export function watchListStatus(country: unknown, year: unknown): Result<WatchListStatus> {
  const placement = getPlacement(country, year);
  if (!placement.ok) return placement;
  const current = placement.value;
  const none = {
    country: current.country,
    year: current.year,
    placement: current,
    consecutiveYears: 0,
    countedYears: 0,
    runMayStartEarlier: false,
    afterAutomaticDowngrade: false,
    allowedYears: 2,
    downgradeDue: false,
    waiverAvailable: false,
    waivedYears: 0,
  };
  if (current.status === 'unknown') return { ok: true, value: none };
  if (current.tier !== '2WL') return { ok: true, value: { ...none, onWatchList: false } };
  const run = watchListRun(current.country, current.year);
  const startYear = REPORT_YEARS.find((candidate) => candidate === run.start);
  const beforeRun = run.start - 1;
  return {
    ok: true,
    value: {
      ...none,
      onWatchList: true,
      consecutiveYears: current.year - run.start + 1,
      countedYears: run.counted,
      ...(startYear === undefined ? {} : { runStartYear: startYear }),
      runMayStartEarlier: beforeRun >= FIRST_WATCH_LIST_YEAR && tierAt(current.country, beforeRun) === undefined,
      afterAutomaticDowngrade: run.afterAutomaticDowngrade,
      allowedYears: run.allowed,
      downgradeDue: run.counted >= run.allowed,
      waiverAvailable: !run.afterAutomaticDowngrade && run.counted === run.allowed,
      waivedYears: Math.max(0, run.counted - run.allowed),
    },
  };
}

const zeroCounts = (): TierCounts => ({ '1': 0, '2': 0, '2WL': 0, '3': 0, special: 0 });

/**
 * One report year: known placements grouped by tier (in country-code order), counts per tier, how many are sourced,
 * inferred or flagged, and the published total where a source gives it. Countries without a placement that year are
 * not listed; compare `known` with `publishedTotal`, or see {@link coverage}.
 */
export function getReportYear(year: unknown): Result<ReportYearSummary> {
  const reportYear = readYear(year);
  if (!reportYear.ok) return reportYear;
  const byTier: Record<Tier, KnownPlacement[]> = { '1': [], '2': [], '2WL': [], '3': [], special: [] };
  const counts = zeroCounts();
  let sourced = 0;
  let flagged = 0;
  for (const country of tierIndex().countries) {
    const placement = placementAt(country, reportYear.value);
    if (placement.status !== 'known') continue;
    byTier[placement.tier].push(placement);
    counts[placement.tier]++;
    if (placement.provenance.kind === 'sourced') sourced++;
    if (placement.review !== undefined) flagged++;
  }
  const known = TIERS.reduce((sum, tier) => sum + counts[tier], 0);
  const publishedTotal = PUBLISHED_TOTALS[reportYear.value]?.total;
  return {
    ok: true,
    value: {
      year: reportYear.value,
      byTier,
      counts,
      known,
      sourced,
      inferred: known - sourced,
      flagged,
      ...(publishedTotal === undefined ? {} : { publishedTotal }),
    },
  };
}

/**
 * How complete the dataset is: per report year, sourced and inferred rows per tier, flagged rows, the published
 * totals where known (overall and per tier) with how many are missing, and the interior gaps (countries known in an
 * earlier and a later year but not this one).
 */
export function coverage(): Coverage {
  const { countries } = tierIndex();
  const firstKnown = new Map<string, number>();
  const lastKnown = new Map<string, number>();
  for (const country of countries) {
    for (const year of REPORT_YEARS) {
      if (tierAt(country, year) === undefined) continue;
      if (!firstKnown.has(country)) firstKnown.set(country, year);
      lastKnown.set(country, year);
    }
  }
  let placements = 0;
  const years = REPORT_YEARS.map((year): YearCoverage => {
    const sourced = zeroCounts();
    const inferred = zeroCounts();
    const gaps: string[] = [];
    let flagged = 0;
    for (const country of countries) {
      const placement = placementAt(country, year);
      if (placement.status === 'known') {
        (placement.provenance.kind === 'sourced' ? sourced : inferred)[placement.tier]++;
        if (placement.review !== undefined) flagged++;
      } else if ((firstKnown.get(country) ?? year) < year && (lastKnown.get(country) ?? year) > year) {
        gaps.push(country);
      }
    }
    const known = TIERS.reduce((sum, tier) => sum + sourced[tier] + inferred[tier], 0);
    placements += known;
    const published = PUBLISHED_TOTALS[year];
    return {
      year,
      sourced,
      inferred,
      known,
      flagged,
      ...(published?.total === undefined ? {} : { publishedTotal: published.total, missing: published.total - known }),
      // A copy: the published totals are a shared table.
      ...(published?.tiers === undefined ? {} : { publishedCounts: { ...published.tiers } }),
      gaps,
    };
  });
  return { years, countries: countries.length, placements };
}

/** The countries with at least one placement in the data, resolved (alpha-2, alpha-3, status), in alpha-3 order. */
export function tierCountries(): readonly Country[] {
  const countries: Country[] = [];
  for (const code of tierIndex().countries) {
    const found = resolveCountry(code);
    if (found.ok) countries.push(found.value);
  }
  return countries;
}

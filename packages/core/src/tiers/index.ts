// Runtime values and types only: the zod schemas behind the types are in @ijm/core/tiers/schema, so that importing
// anything here never brings zod into a bundle.
// The result and error types are shared with @ijm/core/countries.
export type { QueryError, QueryErrorCode, Result } from '../countries/schema.js';
export {
  FIRST_COUNTED_WATCH_LIST_YEAR,
  FIRST_REPORT_YEAR,
  FIRST_WATCH_LIST_YEAR,
  isTier,
  LAST_REPORT_YEAR,
  REPORT_YEARS,
  TIER_LABELS,
  TIERS,
} from './constants/index.js';
export { loadTierCitations, loadTierSources } from './load.js';
export {
  coverage,
  getHistory,
  getPlacement,
  getReportYear,
  isReportYear,
  tierChanges,
  tierCountries,
  watchListStatus,
} from './queries.js';
export type {
  ChangeDirection,
  Citation,
  Coverage,
  KnownPlacement,
  PlacementExplanation,
  PlacementLookup,
  Provenance,
  Reliability,
  ReportYear,
  ReportYearSummary,
  Review,
  SourceId,
  SourceInfo,
  Tier,
  TierChange,
  TierCounts,
  TierHistory,
  UnknownPlacement,
  WatchListStatus,
  YearCoverage,
} from './schema.js';
export { TIER_DEFINITIONS, type TierDefinition, tierRank } from './tier.js';

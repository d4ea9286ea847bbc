import * as z from 'zod/mini';
import { alpha3Schema, countrySchema } from '../countries/schema.js';
import { define } from '../define-schema.js';
import { REPORT_YEARS, TIERS } from './constants/index.js';

// The shapes of everything the tier queries return. The queries never parse and import only these types, so the
// runtime entry never loads zod; the generator, the tests and `@ijm/core/tiers/schema` users validate with them.

/** A TIP Report placement: Tier 1, Tier 2, Tier 2 Watch List, Tier 3, or a Special Case. */
export const tierSchema = /* @__PURE__ */ define(() => z.enum(TIERS));

/** A report year the dataset covers: 2001 to 2025. */
export const reportYearSchema = /* @__PURE__ */ define(() => z.literal(REPORT_YEARS));

/**
 * A source in the registry (`data/tip-sources.csv`), e.g. `CHO`, `CIAFB`, `ECOI`, `NEWS`. The exact citation ids of
 * a placement (`ECOI-2010837`, with their addresses) come from `loadTierCitations()` then `getCitations(placement)`.
 */
export const sourceIdSchema = /* @__PURE__ */ define(() => z.string().check(z.minLength(1)));

/** How far to trust a source, as the research notes rate it. */
export const reliabilitySchema = /* @__PURE__ */ define(() => z.enum(['high', 'medium-high', 'medium', 'low-medium']));

/**
 * Where a placement comes from. `sourced`: stated by at least one source; `sources` lists the registry ids (describe
 * them, and get the exact citations, with `loadTierSources` and `loadTierCitations`). `inferred`: worked out, not
 * stated (e.g. the residual of otherwise complete lists); the reasoning comes from `explainPlacement` in the
 * `loadTierSources` chunk, which keeps the texts out of the dataset bundle.
 */
export const provenanceSchema = /* @__PURE__ */ define(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('sourced'), sources: z.readonly(z.array(sourceIdSchema)) }),
    z.object({ kind: z.literal('inferred') }),
  ]),
);

/**
 * A doubt the research notes raise about one placement. `low`: it may well be wrong; `medium`: probably right, but
 * it rests on a weak source, a reading or a resolved conflict. The note comes from `explainPlacement`.
 */
export const reviewSchema = /* @__PURE__ */ define(() =>
  z.object({
    confidence: z.enum(['low', 'medium']),
  }),
);

/** A country's placement in one report, with its provenance, and a review flag where the notes doubt it. */
export const knownPlacementSchema = /* @__PURE__ */ define(() =>
  z.object({
    status: z.literal('known'),
    /** ISO alpha-3, as in the source data (`XKX` Kosovo, `ANT` Netherlands Antilles). */
    country: alpha3Schema,
    year: reportYearSchema,
    tier: tierSchema,
    provenance: provenanceSchema,
    review: z.optional(reviewSchema),
  }),
);

/** A country-year the dataset has no placement for. Not the same as "not rated": nothing is known either way. */
export const unknownPlacementSchema = /* @__PURE__ */ define(() =>
  z.object({
    status: z.literal('unknown'),
    country: alpha3Schema,
    year: reportYearSchema,
  }),
);

/** What a lookup of one country-year returns: a known placement or an explicit unknown. */
export const placementLookupSchema = /* @__PURE__ */ define(() =>
  z.discriminatedUnion('status', [knownPlacementSchema, unknownPlacementSchema]),
);

/** A country's placement in every report year, oldest first, unknown years included. */
export const tierHistorySchema = /* @__PURE__ */ define(() =>
  z.object({
    country: countrySchema,
    /** One entry per report year, in `REPORT_YEARS` order. */
    placements: z.readonly(z.array(placementLookupSchema)),
    /** How many of them are known. */
    known: z.number(),
  }),
);

/**
 * `upgrade`/`downgrade`: between two ranked tiers (Tier 1 best, then 2, 2WL, 3). `special-case`: into or out of a
 * Special Case, which is not a rank, so it is neither.
 */
export const changeDirectionSchema = /* @__PURE__ */ define(() => z.enum(['upgrade', 'downgrade', 'special-case']));

/** A move between a country's consecutive known placements. */
export const tierChangeSchema = /* @__PURE__ */ define(() =>
  z.object({
    /** The report year of the new placement. */
    year: reportYearSchema,
    /** The report year of the previous known placement; earlier than `year - 1` when unknown years lie between. */
    fromYear: reportYearSchema,
    from: tierSchema,
    to: tierSchema,
    direction: changeDirectionSchema,
    /** Tiers moved (2WL counts as a step between 2 and 3); 0 for Special Case moves. */
    steps: z.number(),
    /** True when unknown years lie between: the move happened in one of them or in `year`. */
    spansUnknownYears: z.boolean(),
    before: knownPlacementSchema,
    after: knownPlacementSchema,
  }),
);

/** Counts of placements per tier. */
export const tierCountsSchema = /* @__PURE__ */ define(() =>
  z.object({
    '1': z.number(),
    '2': z.number(),
    '2WL': z.number(),
    '3': z.number(),
    special: z.number(),
  }),
);

/** A report year's placements grouped by tier, with counts and coverage. */
export const reportYearSummarySchema = /* @__PURE__ */ define(() =>
  z.object({
    year: reportYearSchema,
    /** Known placements by tier, in country-code order. */
    byTier: z.object({
      '1': z.readonly(z.array(knownPlacementSchema)),
      '2': z.readonly(z.array(knownPlacementSchema)),
      '2WL': z.readonly(z.array(knownPlacementSchema)),
      '3': z.readonly(z.array(knownPlacementSchema)),
      special: z.readonly(z.array(knownPlacementSchema)),
    }),
    counts: tierCountsSchema,
    known: z.number(),
    sourced: z.number(),
    inferred: z.number(),
    /** Placements carrying a review flag. */
    flagged: z.number(),
    /** Countries and territories the report covered, where a source gives the total. */
    publishedTotal: z.optional(z.number()),
  }),
);

/**
 * Where a country stands against the automatic downgrade of 22 U.S.C. § 7107(b)(2)(D)-(F), computed from the data:
 * two consecutive Watch List years counted from the 2009 report on lead to Tier 3 in the next report, unless the
 * President waives it for up to one year on the strength of a written plan; a country back on the Watch List right
 * after an automatic downgrade may stay there one year only. Before the 2018 reauthorization the waiver could run
 * two years (CNN 2017); the date of that change is not verified, so `waivedYears` can exceed 1 for older runs.
 */
export const watchListStatusSchema = /* @__PURE__ */ define(() =>
  z.object({
    country: alpha3Schema,
    year: reportYearSchema,
    placement: placementLookupSchema,
    /** `undefined` when the placement is unknown. */
    onWatchList: z.optional(z.boolean()),
    /** Watch List years in a row ending at `year`, from any year (the list began in 2004). */
    consecutiveYears: z.number(),
    /** Of those, the years from 2009 on, which the statute counts. */
    countedYears: z.number(),
    /** The first year of the run, when on the Watch List. */
    runStartYear: z.optional(reportYearSchema),
    /** True when the year before the run is unknown, so the run may be longer than the data shows. */
    runMayStartEarlier: z.boolean(),
    /** True when the run follows straight on from an automatic downgrade to Tier 3 (§ 7107(b)(2)(F)). */
    afterAutomaticDowngrade: z.boolean(),
    /** Counted years allowed before the downgrade applies: 2, or 1 after an automatic downgrade. */
    allowedYears: z.number(),
    /** True when the next report must place the country on Tier 3 unless a waiver is granted. */
    downgradeDue: z.boolean(),
    /** True when a waiver can still postpone that downgrade (never after an automatic downgrade). */
    waiverAvailable: z.boolean(),
    /** Counted years beyond `allowedYears`: years on the Watch List that needed a waiver. */
    waivedYears: z.number(),
  }),
);

/** Coverage of one report year: how much of it the dataset knows. */
export const yearCoverageSchema = /* @__PURE__ */ define(() =>
  z.object({
    year: reportYearSchema,
    sourced: tierCountsSchema,
    inferred: tierCountsSchema,
    known: z.number(),
    flagged: z.number(),
    /** Countries and territories the report covered, where a source gives it. */
    publishedTotal: z.optional(z.number()),
    /** Published counts per tier, where a source gives them. */
    publishedCounts: z.optional(z.partialRecord(tierSchema, z.number())),
    /** `publishedTotal - known`, where the total is known; negative when the data has more rows than published (2017). */
    missing: z.optional(z.number()),
    /**
     * Countries known in an earlier and a later year but not this one: the clearest gaps. Countries missing at the
     * edges (not yet independent, not yet rated, or a year with whole tiers missing) are counted in `missing` only.
     */
    gaps: z.readonly(z.array(alpha3Schema)),
  }),
);

/** Rows per report year and tier, and the gaps. */
export const coverageSchema = /* @__PURE__ */ define(() =>
  z.object({
    years: z.readonly(z.array(yearCoverageSchema)),
    /** Countries with at least one known placement. */
    countries: z.number(),
    /** Known placements in all: sourced plus inferred. */
    placements: z.number(),
  }),
);

/** A source in the registry, for a footnote or a source list. */
export const sourceInfoSchema = /* @__PURE__ */ define(() =>
  z.object({
    id: sourceIdSchema,
    /** The citation ids it covers: the id itself, or a prefix ending in `*` (`ECOI-*`). */
    pattern: z.string(),
    title: z.string(),
    publisher: z.string(),
    /** A URL or `github:owner/repo/path@commit`, where there is one for the source as a whole. */
    address: z.optional(z.string()),
    reliability: reliabilitySchema,
    note: z.optional(z.string()),
  }),
);

/** What a footnote or a tooltip says about a placement, from `loadTierSources().explainPlacement(placement)`. */
export const placementExplanationSchema = /* @__PURE__ */ define(() =>
  z.object({
    /** The registry entries behind a sourced placement, in the order of `provenance.sources`. */
    sources: z.readonly(z.array(sourceInfoSchema)),
    /** How an inferred placement was worked out. */
    reasoning: z.optional(z.string()),
    /** Why a flagged placement is doubtful. */
    reviewNote: z.optional(z.string()),
  }),
);

/** One citation behind a placement, exactly as the data gives it. */
export const citationSchema = /* @__PURE__ */ define(() =>
  z.object({
    /** The citation id as written in the data, e.g. `ECOI-2010837` or `CIAFB-ed2010`. */
    id: z.string(),
    /** The registry source it belongs to. */
    source: sourceIdSchema,
    /** The page or file cited, or the source's own address. */
    address: z.optional(z.string()),
    /** Any other words the data gives with the citation. */
    note: z.optional(z.string()),
    /**
     * `prev`: the tier is read from the next year's narrative ("remained on Tier 2"). `consec`: from "Nth consecutive
     * year". `absent`: from absence on a complete list.
     */
    derivation: z.optional(z.enum(['prev', 'consec', 'absent'])),
    /**
     * When the cited item appeared, as its id gives it: `2025-10-01`, `2024-06` or `2024` (`NEWS-thesun-2025-10-01`,
     * `STATEGOV-2019-…`). Absent when the id has no date, and for the ids that are a registry source themselves.
     */
    date: z.optional(z.string().check(z.regex(/^\d{4}(-\d\d){0,2}$/))),
    /** The CIA World Factbook edition (`CIAFB-ed2021`: 2021), which carries the previous year's lists. */
    edition: z.optional(z.number()),
    /**
     * Where the cited item appeared, for a source that has no address of its own (news reports, embassy and
     * government pages, mirrors): the host of its address without `www.` (`thesun.my`), or else the outlet its id
     * names (`malaymail`).
     */
    site: z.optional(z.string()),
  }),
);

export type { Tier } from './constants/index.js';
/** A report year, 2001–2025: the year the report was published. */
export type ReportYear = z.infer<typeof reportYearSchema>;
/** A registry source id, e.g. `CHO` or `ECOI`. */
export type SourceId = z.infer<typeof sourceIdSchema>;
/** How far the research notes trust a source. */
export type Reliability = z.infer<typeof reliabilitySchema>;
/** `{ kind: 'sourced', sources }` or `{ kind: 'inferred' }`. */
export type Provenance = z.infer<typeof provenanceSchema>;
/** A review flag on a doubtful placement. */
export type Review = z.infer<typeof reviewSchema>;
/** A placement the data has: tier, provenance, optional review flag. */
export type KnownPlacement = z.infer<typeof knownPlacementSchema>;
/** A country-year the data does not have. */
export type UnknownPlacement = z.infer<typeof unknownPlacementSchema>;
/** A known placement or an explicit unknown (discriminate on `status`). */
export type PlacementLookup = z.infer<typeof placementLookupSchema>;
/** A country and its placement in every report year. */
export type TierHistory = z.infer<typeof tierHistorySchema>;
/** `upgrade`, `downgrade`, or `special-case` (into or out of a Special Case). */
export type ChangeDirection = z.infer<typeof changeDirectionSchema>;
/** One move between consecutive known placements. */
export type TierChange = z.infer<typeof tierChangeSchema>;
/** A count per tier. */
export type TierCounts = z.infer<typeof tierCountsSchema>;
/** One report year grouped by tier. */
export type ReportYearSummary = z.infer<typeof reportYearSummarySchema>;
/** A country-year against the automatic-downgrade rule. */
export type WatchListStatus = z.infer<typeof watchListStatusSchema>;
/** How much of one report year the data knows. */
export type YearCoverage = z.infer<typeof yearCoverageSchema>;
/** How much of every report year the data knows. */
export type Coverage = z.infer<typeof coverageSchema>;
/** A registry source: title, publisher, address, reliability. */
export type SourceInfo = z.infer<typeof sourceInfoSchema>;
/** One exact citation behind a placement. */
export type Citation = z.infer<typeof citationSchema>;
/** The texts behind a placement: its sources, reasoning and review note. */
export type PlacementExplanation = z.infer<typeof placementExplanationSchema>;

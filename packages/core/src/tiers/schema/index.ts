// The zod/mini schemas behind @ijm/core/tiers' types, for validating data at a boundary (an API, a file). They live
// apart from @ijm/core/tiers so that using the dataset never brings zod into a bundle.
export {
  changeDirectionSchema,
  citationSchema,
  coverageSchema,
  knownPlacementSchema,
  placementExplanationSchema,
  placementLookupSchema,
  provenanceSchema,
  reliabilitySchema,
  reportYearSchema,
  reportYearSummarySchema,
  reviewSchema,
  sourceIdSchema,
  sourceInfoSchema,
  tierChangeSchema,
  tierCountsSchema,
  tierHistorySchema,
  tierSchema,
  unknownPlacementSchema,
  watchListStatusSchema,
  yearCoverageSchema,
} from '../schema.js';

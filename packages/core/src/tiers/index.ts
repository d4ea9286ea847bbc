export {
  isTier,
  TIER_DEFINITIONS,
  TIER_LABELS,
  TIERS,
  type Tier,
  type TierDefinition,
  tierRank,
  tierSchema,
} from './tier.js';

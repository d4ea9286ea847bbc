import { describe, expect, it } from 'vitest';
import { isTier, TIER_DEFINITIONS, TIER_LABELS, TIERS, tierRank } from './index.js';
import { tierSchema } from './schema/index.js';

describe('tiers', () => {
  it('lists the tiers best first, Special Case last', () => {
    expect(TIERS).toEqual(['1', '2', '2WL', '3', 'special']);
    expect(tierRank('1')).toBeLessThan(tierRank('2') ?? Number.NaN);
    expect(tierRank('2WL')).toBeLessThan(tierRank('3') ?? Number.NaN);
    expect(tierRank('special')).toBeUndefined();
  });

  it('accepts only known tier codes', () => {
    expect(isTier('2WL')).toBe(true);
    expect(isTier('2wl')).toBe(false);
    expect(isTier(2)).toBe(false);
    expect(tierSchema.safeParse('4').success).toBe(false);
  });

  it('labels and defines every tier, citing the statute for statutory tiers', () => {
    for (const tier of TIERS) {
      expect(TIER_LABELS[tier].long.length).toBeGreaterThan(0);
      expect(TIER_DEFINITIONS[tier].tier).toBe(tier);
    }
    expect(TIER_DEFINITIONS['2WL'].statute.citation).toBe('22 U.S.C. § 7107(b)(2)(A)(iii)');
    expect('statute' in TIER_DEFINITIONS.special).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { campaignProgress } from './index.js';

describe('campaignProgress', () => {
  it('takes a goal, an amount raised, a currency and an update time, and ignores other keys', () => {
    expect(
      campaignProgress.parse({
        goal: 20000,
        raised: 12500.5,
        currency: 'MYR',
        updatedAt: '2026-12-01T09:00:00Z',
        x: 1,
      }),
    ).toEqual({ goal: 20000, raised: 12500.5, currency: 'MYR', updatedAt: '2026-12-01T09:00:00Z' });
    expect(campaignProgress.parse({ goal: 1, raised: 0, currency: 'USD' })).toEqual({
      goal: 1,
      raised: 0,
      currency: 'USD',
    });
  });

  it('refuses what would draw a dishonest bar', () => {
    for (const bad of [
      { goal: 0, raised: 0, currency: 'USD' },
      { goal: -5, raised: 0, currency: 'USD' },
      { goal: 100, raised: -1, currency: 'USD' },
      { goal: Number.NaN, raised: 0, currency: 'USD' },
      { goal: 100, raised: Number.POSITIVE_INFINITY, currency: 'USD' },
      { goal: '100', raised: 0, currency: 'USD' },
      { goal: 100, raised: 0, currency: 'usd' },
      { goal: 100, raised: 0, currency: 'RM' },
      { goal: 100, raised: 0, currency: 'USD', updatedAt: 'yesterday' },
      null,
      [],
      'goal',
    ])
      expect(campaignProgress.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});

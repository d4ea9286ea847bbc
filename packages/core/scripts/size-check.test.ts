import { describe, expect, it } from 'vitest';
import { BUDGETS, measure } from './size-check.js';

describe('browser size budgets', () => {
  for (const budget of BUDGETS)
    it(`${budget.name} stays within ${budget.maxKiB} KiB gzip and holds nothing it must not`, async () => {
      const m = await measure(budget);
      expect(m.forbidden).toEqual([]);
      expect(m.gzipBytes).toBeGreaterThan(200);
      expect(m.gzipBytes).toBeLessThanOrEqual(budget.maxKiB * 1024);
    });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type Budget, measure } from '../../scripts/size-check.js';
import { TIER_CELLS } from './generated/tip-data.js';

// esbuild is tsup's dependency, not ours: resolve it through tsup, as scripts/size-check.ts does, and type the one
// call used here locally (esbuild's own types do not resolve from this package).
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ outputFiles?: { contents: Uint8Array }[] }>;
}
const esbuild = createRequire(createRequire(import.meta.url).resolve('tsup'))('esbuild') as Esbuild;
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '../..');

// What a browser bundle of @ijm/core/tiers holds, measured as the widget's build would make it (esbuild, minified).

const DATASET = TIER_CELLS.slice(0, 60);
/** Marks of the lazily loaded texts: the registry, the inferred reasoning, the review notes, the citations. */
const LAZY = [
  'discerning-islam',
  'INFERRED',
  'residual',
  'excerpt truncated',
  'low-quality mirror',
  'ecoi.net/en/document/2',
];

const budgets: readonly Budget[] = [
  {
    name: 'tiers, types and constants only: no dataset',
    entry: `import { TIERS, isTier, tierRank, TIER_LABELS, TIER_DEFINITIONS, REPORT_YEARS } from './src/tiers/index.ts';
      console.log(TIERS, isTier, tierRank, TIER_LABELS, TIER_DEFINITIONS, REPORT_YEARS);`,
    maxKiB: 1.5,
    mustNotContain: [DATASET, 'Netherlands Antilles', '$ZodType', ...LAZY],
  },
  {
    name: 'tiers, getHistory: the dataset and what the query needs',
    entry: `import { getHistory } from './src/tiers/index.ts'; console.log(getHistory);`,
    maxKiB: 6,
    mustNotContain: ['$ZodType', ...LAZY],
  },
  {
    name: 'tiers, what a history chart uses: history, placement, changes, Watch List status',
    entry: `import { getHistory, getPlacement, tierChanges, watchListStatus } from './src/tiers/index.ts';
      console.log(getHistory, getPlacement, tierChanges, watchListStatus);`,
    // 6 until the fourth research pass added 38 sourced placements and 12 review flags: 6.06 KiB measured.
    maxKiB: 6.1,
    mustNotContain: ['$ZodType', ...LAZY],
  },
  {
    name: 'tiers, sources chunk (loadTierSources)',
    // Everything but its `loadTierCitations`, whose dynamic import this unsplit bundle would inline. 5.85 KiB until
    // `readCitationId` brought the reading of citation ids (dates, editions, outlets) into it: 6.61 KiB measured.
    entry: `import { explainPlacement, TIER_SOURCES, describeSource, readCitationId } from './src/tiers/sources.ts';
      console.log(explainPlacement, TIER_SOURCES, describeSource, readCitationId);`,
    maxKiB: 6.7,
    mustNotContain: [DATASET, '$ZodType'],
  },
  {
    name: 'countries: codes, names and the country list',
    entry: `import { resolveCountry, countryName, listCountries } from './src/countries/index.ts';
      console.log(resolveCountry, countryName, listCountries);`,
    maxKiB: 2.5,
    mustNotContain: [DATASET, '$ZodType'],
  },
];

describe('tiers and countries bundle budgets', () => {
  for (const budget of budgets) {
    it(`${budget.name}: at most ${budget.maxKiB} KiB gzip, nothing it must not hold`, async () => {
      const measured = await measure(budget);
      expect(measured.forbidden).toEqual([]);
      expect(measured.gzipBytes).toBeLessThanOrEqual(budget.maxKiB * 1024);
    });
  }

  it('holds the dataset in the getHistory bundle (so the checks above can fail)', async () => {
    const withData = await measure({ ...budgets[1], mustNotContain: [DATASET] } as Budget);
    expect(withData.forbidden).toEqual([DATASET]);
    expect(withData.gzipBytes).toBeGreaterThan(4 * 1024);
  });

  it('stays apart in a built package too, where one file holds the constants, the schemas and the queries', async () => {
    // Like tsup: one ESM file per subpath, shared chunks, zod external. Then a consumer imports a constant from it.
    const dir = mkdtempSync(join(tmpdir(), 'ijm-core-tiers-'));
    try {
      await esbuild.build({
        absWorkingDir: packageDir,
        entryPoints: {
          'tiers/index': 'src/tiers/index.ts',
          'tiers/constants/index': 'src/tiers/constants/index.ts',
          'countries/index': 'src/countries/index.ts',
        },
        bundle: true,
        splitting: true,
        format: 'esm',
        target: 'es2022',
        external: ['zod', 'zod/*'],
        outdir: dir,
        logLevel: 'silent',
      });
      const consume = async (contents: string) => {
        const result = await esbuild.build({
          stdin: { contents, resolveDir: dir, loader: 'js' },
          nodePaths: [join(packageDir, 'node_modules')],
          bundle: true,
          minify: true,
          format: 'esm',
          write: false,
          logLevel: 'silent',
        });
        const code = result.outputFiles?.[0]?.contents ?? new Uint8Array();
        return { text: new TextDecoder().decode(code), gzip: gzipSync(code, { level: 9 }).length };
      };
      const light = await consume(`import { TIERS, isTier, TIER_DEFINITIONS } from './tiers/index.js';
        console.log(TIERS, isTier, TIER_DEFINITIONS);`);
      expect(light.text).not.toContain(DATASET);
      expect(light.text).not.toContain('$ZodType');
      expect(light.gzip).toBeLessThan(1.5 * 1024);
      // What the widgets import from `@ijm/core/tiers/constants`: no dataset, no tier definitions.
      const constants =
        await consume(`import { TIERS, isTier, TIER_LABELS, REPORT_YEARS } from './tiers/constants/index.js';
        console.log(TIERS, isTier, TIER_LABELS, REPORT_YEARS);`);
      expect(constants.text).not.toContain(DATASET);
      expect(constants.text).not.toContain('7107');
      expect(constants.gzip).toBeLessThan(0.4 * 1024);
      const chart =
        await consume(`import { getHistory, getPlacement, tierChanges, watchListStatus } from './tiers/index.js';
        console.log(getHistory, getPlacement, tierChanges, watchListStatus);`);
      expect(chart.text).toContain(DATASET);
      expect(chart.text).not.toContain('$ZodType');
      expect(chart.gzip).toBeLessThanOrEqual(6.1 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

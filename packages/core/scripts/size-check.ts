// Gzip budgets for what a browser downloads from @ijm/core: each budget bundles a small entry that imports what a
// widget would use (esbuild, minified ESM, like the widgets' browser build), gzips it and fails when over budget or when
// it contains text that marks code that must not be there. Run: `pnpm exec tsx scripts/size-check.ts`.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// esbuild is tsup's own dependency, not ours: resolve it through tsup so that no new dependency is needed.
const requireFromTsup = createRequire(createRequire(import.meta.url).resolve('tsup'));
// The slice of esbuild's API used here, typed locally because esbuild's types are not resolvable from this package.
interface EsbuildApi {
  build(options: Record<string, unknown>): Promise<{ outputFiles: { contents: Uint8Array }[] }>;
}
const esbuild = requireFromTsup('esbuild') as EsbuildApi;

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Budget {
  readonly name: string;
  /** The entry's source, resolved from the package directory. */
  readonly entry: string;
  readonly maxKiB: number;
  readonly mustNotContain?: readonly string[];
}

export const BUDGETS: readonly Budget[] = [
  {
    name: 'tiers/constants: tiers, labels and report years, for widgets that need no dataset',
    entry: `import { TIERS, isTier, TIER_LABELS, REPORT_YEARS, LAST_REPORT_YEAR } from './src/tiers/constants/index.ts';
      console.log(TIERS, isTier, TIER_LABELS, REPORT_YEARS, LAST_REPORT_YEAR);`,
    // Measured 0.36 KiB.
    maxKiB: 0.4,
    // 'abwcs' is the dataset's codec; '7107' is in the tier definitions.
    mustNotContain: ['$ZodType', 'abwcs', '7107'],
  },
  {
    name: 'self-check, English: engine, questions and messages',
    entry: `import { assessSelfCheck, QUESTIONS, selfCheckEn } from './src/self-check/index.ts';
      console.log(assessSelfCheck, QUESTIONS, selfCheckEn);`,
    maxKiB: 5,
    // No zod, no other locale, no indicator texts, no Delphi mapping.
    mustNotContain: ['$ZodType', 'Semakan', 'Revisión', 'Deceived', 'cd.documents', 'employer takes advantage'],
  },
  {
    name: 'self-check, Malay messages (loaded on demand)',
    entry: `import { selfCheckMs } from './src/self-check/ms/index.ts'; console.log(selfCheckMs);`,
    maxKiB: 3,
    mustNotContain: ['Work safety check'],
  },
  {
    name: 'self-check, Spanish messages (loaded on demand)',
    entry: `import { selfCheckEs } from './src/self-check/es/index.ts'; console.log(selfCheckEs);`,
    maxKiB: 3,
    mustNotContain: ['Work safety check'],
  },
  {
    name: 'hotlines: lookup and numbers, without provenance',
    entry: `import { getHotlines, hotlinesEn } from './src/hotlines/index.ts'; console.log(getHotlines, hotlinesEn);`,
    // The 38 entries' operator, hours and language texts are most of it (6.4 KiB when set).
    maxKiB: 8,
    mustNotContain: ['$ZodType', 'humantraffickingexperts.com'],
  },
];

export interface Measurement {
  readonly budget: Budget;
  readonly gzipBytes: number;
  readonly over: boolean;
  readonly forbidden: readonly string[];
}

export async function measure(budget: Budget): Promise<Measurement> {
  const result = await esbuild.build({
    stdin: { contents: budget.entry, resolveDir: packageDir, loader: 'ts', sourcefile: 'size-entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const text = new TextDecoder().decode(code);
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  return {
    budget,
    gzipBytes,
    over: gzipBytes > budget.maxKiB * 1024,
    forbidden: (budget.mustNotContain ?? []).filter((marker) => text.includes(marker)),
  };
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  let failed = false;
  for (const budget of BUDGETS) {
    const m = await measure(budget);
    const bad = m.over || m.forbidden.length > 0;
    failed ||= bad;
    console.log(
      `${bad ? '✖' : '✓'} ${budget.name}: ${(m.gzipBytes / 1024).toFixed(2)} KiB gzip of ${budget.maxKiB} KiB`,
    );
    for (const marker of m.forbidden) console.log(`  contains ${JSON.stringify(marker)}, which must not be there`);
  }
  if (failed) process.exit(1);
}

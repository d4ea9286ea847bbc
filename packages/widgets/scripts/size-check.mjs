// Fails when a browser download exceeds its gzip budget (size-budgets.json), or contains what it must not.
// It follows the static import graph of the built files, which is what a browser fetches before the element works.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const browserDir = join(packageDir, 'dist', 'browser');
const { budgets } = JSON.parse(readFileSync(join(packageDir, 'size-budgets.json'), 'utf8'));
// A page loads the hashed files (the snippet and the loader name them), not the one-line stable-name modules.
const { entries: hashedNames } = JSON.parse(readFileSync(join(browserDir, 'manifest.json'), 'utf8'));

// Minified ESM from esbuild: `import{a as b}from"./chunk-X.js"` and `import"./chunk-Y.js"`; dynamic imports are `import("…")`.
const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

export function staticClosure(entries) {
  const seen = new Set();
  const queue = entries.map((entry) => normalize(join(browserDir, hashedNames[entry] ?? entry)));
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(staticImport)) queue.push(normalize(join(dirname(file), match[1])));
  }
  return [...seen];
}

const dynamicImport = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/**
 * What the dynamic imports reachable from an entry load (one level, with their static imports), beyond the entry;
 * with `prefixes`, only the imports of files whose names start with one of them.
 */
export function dynamicClosure(entry, prefixes) {
  const loaded = new Set(staticClosure([entry]));
  const targets = [...loaded].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(dynamicImport)]
      .map((match) => relative(browserDir, normalize(join(dirname(file), match[1]))))
      .filter((target) => prefixes === undefined || prefixes.some((prefix) => target.startsWith(prefix))),
  );
  return staticClosure(targets).filter((file) => !loaded.has(file));
}

/** The files an entry's dynamic imports load whose names start with one of `prefixes` (say, a form's contract). */
function dynamicFilesNamed(entries, prefixes) {
  const loaded = staticClosure(entries);
  const targets = loaded.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(dynamicImport)]
      .map((match) => relative(browserDir, normalize(join(dirname(file), match[1]))))
      .filter((target) => prefixes.some((prefix) => target.startsWith(prefix))),
  );
  return staticClosure([...entries, ...targets]);
}

const kib = (bytes) => (bytes / 1024).toFixed(2);
let failed = false;
for (const budget of budgets) {
  // `dynamicFrom`: measure what that entry loads on demand rather than the entry itself (with `named`, only those
  // of its on-demand downloads whose file names start so).
  // `withDynamic`: the entries plus the named chunks they load on demand, e.g. what a form needs before it validates.
  const files = budget.dynamicFrom
    ? dynamicClosure(budget.dynamicFrom, budget.named)
    : budget.withDynamic
      ? dynamicFilesNamed(budget.entries, budget.withDynamic)
      : staticClosure(budget.entries);
  const gzipBytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  const over = gzipBytes > budget.maxKiB * 1024;
  const forbidden = (budget.mustNotContain ?? []).filter((text) =>
    files.some((file) => readFileSync(file, 'utf8').includes(text)),
  );
  // `mustContain` proves a budget measures what it claims to (an empty closure would pass any size).
  const missing = (budget.mustContain ?? []).filter(
    (text) => !files.some((file) => readFileSync(file, 'utf8').includes(text)),
  );
  failed ||= over || forbidden.length > 0 || missing.length > 0;
  const mark = over || forbidden.length > 0 || missing.length > 0 ? '✖' : '✓';
  console.log(`${mark} ${budget.name}: ${kib(gzipBytes)} KiB gzip of ${budget.maxKiB} KiB (${files.length} files)`);
  if (over)
    console.log(
      `  over budget by ${kib(gzipBytes - budget.maxKiB * 1024)} KiB: ${files.map((f) => relative(browserDir, f)).join(', ')}`,
    );
  for (const text of forbidden) console.log(`  contains ${JSON.stringify(text)}, which must not be in this download`);
  for (const text of missing) console.log(`  lacks ${JSON.stringify(text)}, which this download must contain`);
}
if (failed) process.exit(1);

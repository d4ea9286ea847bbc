// Fails when a browser download exceeds its gzip budget (size-budgets.json), or contains what it must not.
// It follows the static import graph of the built files, which is what a browser fetches before the element works.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const browserDir = join(packageDir, 'dist', 'browser');
const { budgets } = JSON.parse(readFileSync(join(packageDir, 'size-budgets.json'), 'utf8'));

// Minified ESM from esbuild: `import{a as b}from"./chunk-X.js"` and `import"./chunk-Y.js"`; dynamic imports are `import("…")`.
const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

export function staticClosure(entries) {
  const seen = new Set();
  const queue = entries.map((entry) => normalize(join(browserDir, entry)));
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(staticImport)) queue.push(normalize(join(dirname(file), match[1])));
  }
  return [...seen];
}

const kib = (bytes) => (bytes / 1024).toFixed(2);
let failed = false;
for (const budget of budgets) {
  const files = staticClosure(budget.entries);
  const gzipBytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  const over = gzipBytes > budget.maxKiB * 1024;
  const forbidden = (budget.mustNotContain ?? []).filter((text) =>
    files.some((file) => readFileSync(file, 'utf8').includes(text)),
  );
  failed ||= over || forbidden.length > 0;
  const mark = over || forbidden.length > 0 ? '✖' : '✓';
  console.log(`${mark} ${budget.name}: ${kib(gzipBytes)} KiB gzip of ${budget.maxKiB} KiB (${files.length} files)`);
  if (over)
    console.log(
      `  over budget by ${kib(gzipBytes - budget.maxKiB * 1024)} KiB: ${files.map((f) => relative(browserDir, f)).join(', ')}`,
    );
  for (const text of forbidden) console.log(`  contains ${JSON.stringify(text)}, which must not be in this download`);
}
if (failed) process.exit(1);

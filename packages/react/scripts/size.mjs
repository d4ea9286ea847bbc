// What each wrapper adds to an app's production bundle, gzip, measured as an app's bundler builds it (esbuild,
// minified, production): the wrapper's own code with @lit/react, which fails the check past its budget; and, for
// information, everything its first render downloads with the element (the widget, @ijm/core, zod), its lazy chunks
// left out. React, React DOM and Lit are left out of both: an app has them once, whatever it uses.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The most one wrapper may add to a bundle that already has React, Lit and its element. */
const OWN_BUDGET_BYTES = 1.5 * 1024;

const dist = new URL('../dist/', import.meta.url).pathname;
const wrappers = readdirSync(dist)
  .filter((file) => file.endsWith('.js') && !['index.js', 'events.js', 'types.js'].includes(file))
  .map((file) => file.replace(/\.js$/, ''));

const shared = [
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  'lit',
  'lit/*',
  'lit-html',
  'lit-html/*',
  'lit-element',
  'lit-element/*',
  '@lit/reactive-element',
  '@lit/reactive-element/*',
];
const out = mkdtempSync(join(tmpdir(), 'ijm-react-size-'));

/** Gzip bytes of what an entry loads before it runs: the entry and the chunks it imports statically. */
async function measure(name, external) {
  const outdir = join(out, `${name}-${external.length}`);
  const { metafile } = await build({
    entryPoints: { entry: join(dist, `${name}.js`) },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir,
    metafile: true,
    external,
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const outputs = metafile.outputs;
  const seen = new Set();
  // Only `entry.js`: esbuild lists each lazily imported chunk as an entry point too.
  const queue = Object.keys(outputs).filter((file) => file.endsWith('/entry.js'));
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const { path, kind, external: isExternal } of outputs[file].imports)
      if (kind === 'import-statement' && !isExternal) queue.push(path);
  }
  return [...seen].reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
const rows = [];
let failed = false;
try {
  for (const name of wrappers) {
    const own = await measure(name, [...shared, '@ijm/widgets', '@ijm/widgets/*']);
    const withElement = await measure(name, shared);
    if (own > OWN_BUDGET_BYTES) failed = true;
    rows.push(
      `${own > OWN_BUDGET_BYTES ? '✗' : '✓'} @ijm/react/${name.padEnd(21)} ${kib(own).padStart(10)}   ${kib(withElement).padStart(10)}`,
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log(`  wrapper (own code + @lit/react; budget ${kib(OWN_BUDGET_BYTES)})   own   with its element`);
console.log(rows.join('\n'));
if (failed) {
  console.error(`A wrapper adds more than ${kib(OWN_BUDGET_BYTES)} gzip: it should stay a thin wrapper.`);
  process.exit(1);
}

// Builds the demo's React page (react-page/main.tsx) as a site would build its React app: esbuild, production,
// minified, into dist/react/ (served at /react/). app.js is the entry; the widgets' on-demand code (a form's
// contract, the tier dataset) stays in chunks beside it that load when needed, as in the embed bundle.
// No inline script and no eval: the page runs under the demo's CSP (`script-src 'self'`, Trusted Types enforced).
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const demo = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(demo, 'dist', 'react');

await rm(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { app: join(demo, 'react-page', 'main.tsx') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  jsx: 'automatic',
  chunkNames: 'chunks/[name]-[hash]',
  // React's and Lit's production builds: no dev-mode checks or warnings.
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
  metafile: true,
  logLevel: 'warning',
  // In this workspace the packages are linked, not in node_modules, so esbuild reports each import of a shared chunk
  // that their `sideEffects` declares pure; in an app's node_modules it stays silent about them.
  logOverride: { 'ignored-bare-import': 'silent' },
});

const files = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
const total = files.reduce((sum, [, output]) => sum + output.bytes, 0);
console.log(`React page: ${files.length} files, ${(total / 1024).toFixed(1)} KiB minified, in ${outdir}`);

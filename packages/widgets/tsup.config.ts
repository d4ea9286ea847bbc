import { readdirSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// Every define module is an entry: `@ijm/widgets/<name>` defines exactly one element.
const defineEntries = Object.fromEntries(
  readdirSync('src/define')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`]),
);

const shared: Options = {
  format: 'esm',
  target: 'es2022',
  splitting: true,
  sourcemap: true,
};

export default defineConfig([
  {
    // The library build, for bundlers: Lit, zod and the core stay external so an app shares one copy. No entry imports
    // a define module statically (`./embed` is the browser build), so code splitting never moves a `defineElement`
    // call out of its define file into a chunk that `sideEffects` does not list.
    ...shared,
    entry: { index: 'src/index.ts', ...defineEntries },
    outDir: 'dist',
    platform: 'browser',
    // Types for every export, the browser build's `./embed` and `./loader` included.
    dts: { entry: { index: 'src/index.ts', embed: 'src/embed.ts', loader: 'src/loader.ts', ...defineEntries } },
    clean: true,
    external: ['lit', /^lit\//, /^@lit\//, /^@ijm\/core/, 'zod', /^zod\//],
  },
  {
    // The self-contained browser build behind `<script type="module" src=".../embed.js">`: everything bundled and
    // minified; shared code and data split into chunks that load only when an element needs them.
    ...shared,
    entry: { embed: 'src/embed.ts', loader: 'src/loader.ts', ...defineEntries },
    outDir: 'dist/browser',
    platform: 'browser',
    minify: true,
    // No maps here: each map comment costs every visitor of a partner page about 45 bytes per file. Developers
    // debug with the library build in dist/, which has them.
    sourcemap: false,
    noExternal: [/.*/],
    define: { 'process.env.NODE_ENV': '"production"' },
    esbuildOptions(options) {
      // Lit's production build, not its dev mode with warnings.
      options.conditions = ['production'];
      // Content-hashed names, so a page can pin a file with Subresource Integrity and a CDN can cache it for good;
      // scripts/fingerprint.mjs then writes the stable names (embed.js…) and the manifest with each file's hash.
      options.entryNames = '[dir]/[name]-[hash]';
    },
  },
]);

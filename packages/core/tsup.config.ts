import { defineConfig, type Options } from 'tsup';

// One entry per public subpath, so that each tree-shakes alone; keep in step with `exports` in package.json.
export const subpaths = [
  'i18n',
  'tiers',
  'tiers/schema',
  'tiers/constants',
  'countries',
  'countries/schema',
  'forms',
  'indicators',
  'indicators/schema',
  'self-check',
  'self-check/schema',
  'self-check/ms',
  'self-check/es',
  'hotlines',
  'hotlines/schema',
] as const;

// Built on its own, without shared chunks: split from `tiers`, it would share one chunk with the dataset's year
// constants, and a widget that only checks a tier would download that chunk as one more file (+0.17 KiB gzip for
// <ijm-tier-badge>). Its values are then a second copy of the ones `tiers` exports: equal and frozen.
const alone = 'tiers/constants';

const entries = (names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [`${name}/index`, `src/${name}/index.ts`]));

const shared: Options = { format: ['esm'], target: 'es2022', treeshake: true, sourcemap: true };

export default defineConfig([
  {
    ...shared,
    entry: entries(subpaths.filter((name) => name !== alone)),
    // Every declaration file, the standalone entry's included, so that one build writes (and cleans) them all.
    dts: { entry: entries(subpaths) },
    splitting: true,
    clean: [`!${alone}/**`],
  },
  { ...shared, entry: entries([alone]), splitting: false },
]);

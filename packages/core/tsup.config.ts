import { defineConfig } from 'tsup';

// One entry per public subpath, so that each tree-shakes alone; keep in step with `exports` in package.json.
export const subpaths = [
  'i18n',
  'tiers',
  'tiers/schema',
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

export default defineConfig({
  entry: Object.fromEntries(subpaths.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
  format: ['esm'],
  target: 'es2022',
  dts: true,
  splitting: true,
  treeshake: true,
  clean: true,
  sourcemap: true,
});

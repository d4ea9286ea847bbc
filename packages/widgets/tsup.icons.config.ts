import { defineConfig } from 'tsup';

// The icons, for bundlers: `@ijm/widgets/icons/<name>` and `@ijm/widgets/icons`, which re-exports them. Each file is
// compiled alone, not bundled, so the index imports the icon files themselves and an app's bundler keeps only the
// icons it imports (code splitting would put each icon in a chunk of its own). A run of its own, after the main one:
// that one's `clean` removes every .d.ts under dist/, and would race with these.
export default defineConfig({
  entry: ['src/icons/*.ts'],
  outDir: 'dist/icons',
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  bundle: false,
  sourcemap: true,
  dts: true,
});

// The Custom Elements Manifest is generated from each element's JSDoc contract (see ARCHITECTURE.md, convention 7).
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};

// The Custom Elements Manifest is generated from each element's JSDoc contract (see ARCHITECTURE.md, convention 7).
export default {
  // The form base class is scanned too, so each form's inherited attributes, events and parts are documented.
  globs: ['src/components/**/*.ts', 'src/kit/form-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};

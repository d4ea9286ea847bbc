// Import rules for packages/, checked by `pnpm lint` (`depcruise packages`). They hold the import directions of
// ARCHITECTURE.md and conventions 16-17; tooling/lint-rules runs them against fixtures so that each rule is shown
// to fire, not only to stay quiet.
//
// Rules match resolved paths (`packages/core/src/...`) and, for imports of workspace packages, also the bare name
// (`@ijm/widgets`): before a build, `@ijm/*` exports point at a dist/ that does not exist yet and stay unresolved.
//
// Test files (`*.test.ts`, `*.bench.ts`, `*.stories.ts`, `src/test/**`): every rule applies to them except the two
// kit rules. A kit test may mount a real component to exercise the controller, as the stories and browser tests do,
// but a circle through a test is still a circle, core's tests still run in Node without widgets, and nothing, test
// or not, imports an app.

const TESTS = ['\\.(test|bench|stories)\\.ts$', '^packages/[^/]+/src/test/'];
const APPS = ['^apps/', '^@ijm/(demo|docs|intake)(/|$)'];

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'An import circle (type-only and lazy imports count). Move what both sides need into the lower module: ' +
        'derive a type beside the values it comes from, or put an interface in the kit for components to ' +
        'implement (conventions 16-17).',
      from: { path: '^packages/' },
      // No `viaOnly: { dependencyTypesNot: ['type-only'] }` here (the depcruise --init default): a type-only edge
      // still couples the modules and is how circles start.
      to: { circular: true },
    },
    {
      name: 'core-not-to-widgets-react-or-apps',
      severity: 'error',
      comment: '@ijm/core is the bottom layer (no DOM, no Lit): it never imports @ijm/widgets, @ijm/react or an app.',
      from: { path: '^packages/core/' },
      to: { path: ['^packages/(widgets|react)/', '^@ijm/(widgets|react)(/|$)', ...APPS] },
    },
    {
      name: 'widgets-not-to-react',
      severity: 'error',
      comment: 'Imports run react -> widgets, never back: @ijm/widgets does not import @ijm/react.',
      from: { path: '^packages/widgets/' },
      to: { path: ['^packages/react/', '^@ijm/react(/|$)'] },
    },
    {
      name: 'packages-not-to-apps',
      severity: 'error',
      comment:
        'Nothing imports an app: no package imports apps/ (the intake service included); move what is shared ' +
        'into @ijm/core (e.g. @ijm/core/forms for the submission contract).',
      from: { path: '^packages/' },
      to: { path: APPS },
    },
    {
      name: 'kit-not-to-components',
      severity: 'error',
      comment:
        'Convention 16: the kit never imports a component, not even a type. Define an interface in the kit ' +
        'that the component implements.',
      from: { path: '^packages/widgets/src/kit/', pathNot: TESTS },
      to: { path: '^packages/widgets/src/components/' },
    },
    {
      name: 'kit-not-to-widgets-outside-kit',
      severity: 'error',
      comment:
        'The kit is the lowest layer of @ijm/widgets: define modules, entries (index, embed, loader), stories ' +
        'and test helpers all lead back to components. The kit imports only the kit, the icon data modules (leaves: ' +
        'SVG data, so the kit can draw a close or check mark), @ijm/core and npm packages.',
      from: { path: '^packages/widgets/src/kit/', pathNot: TESTS },
      to: {
        path: ['^packages/widgets/(src|dist)/', '^@ijm/widgets(/|$)'],
        pathNot: '^packages/widgets/src/(kit|components|icons)/',
      },
    },
  ],
  options: {
    // Followed, but not entered: edges into them stay in the graph (so the rules above see them), their insides
    // are not cruised. dist/ is built output of the same sources.
    doNotFollow: { path: ['(^|/)node_modules/', '(^|/)dist/'] },
    exclude: {
      path: [
        '(^|/)(storybook-static|coverage|\\.turbo)/',
        '(^|/)custom-elements\\.json$',
        // Deliberately broken code for tooling/lint-rules' tests; they cruise it themselves.
        '^tooling/lint-rules/fixtures/',
      ],
    },
    // `import type` and `export type` count: a type-only import is still an import (convention 16).
    tsPreCompilationDeps: true,
    // Every package tsconfig extends this one and none adds `paths` or `baseUrl`, the only settings resolution
    // takes from it. `.js` specifiers resolve to the `.ts` sources beside them (dependency-cruiser tries .ts,
    // .tsx and .d.ts when the .js file does not exist).
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};

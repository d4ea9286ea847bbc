// Each fixture under fixtures/ is a tiny repository (packages/, sometimes apps/) cruised with the root config exactly
// as `pnpm lint` cruises the real one, so the rules' paths (`^packages/core/`, ...) match unchanged. A rule that stops
// firing here (a typo in a path, type-only imports no longer counted, TypeScript no longer found) would otherwise
// pass silently on a clean tree.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const options = await extractDepcruiseOptions(join(root, '.dependency-cruiser.mjs'));
const tsConfigFile = join(root, options.tsConfig?.fileName ?? 'missing-tsconfig');
const tsConfig = extractTSConfig(tsConfigFile);

async function cruiseFixture(name: string): Promise<ICruiseResult> {
  const { output } = await cruise(
    ['packages'],
    { ...options, baseDir: join(here, 'fixtures', name), tsConfig: { fileName: tsConfigFile } },
    {},
    { tsConfig },
  );
  if (typeof output === 'string') throw new Error(`expected a cruise result, got text: ${output}`);
  return output;
}

/** One line per violation, sorted: `rule: from -> to`. */
function violations(result: ICruiseResult): string[] {
  return result.summary.violations.map((v: IViolation) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
}

describe('the root dependency-cruiser config', () => {
  it('passes a fixture that keeps every rule, where a kit test and a story import a component', async () => {
    const result = await cruiseFixture('clean');
    expect(violations(result)).toEqual([]);
    expect(result.summary.error).toBe(0);
    // `.js` specifiers resolve to the `.ts` sources beside them; if they did not, circles would go unseen.
    const local = result.modules.flatMap((m) => m.dependencies).filter((d) => d.module.startsWith('.'));
    expect(local.length).toBeGreaterThan(5);
    for (const dependency of local) {
      expect(dependency.couldNotResolve).toBe(false);
      expect(dependency.resolved).toMatch(/\.ts$/);
    }
  });

  it('reports a circle made only of type-only imports', async () => {
    const result = await cruiseFixture('type-only-circle');
    expect(violations(result)).toEqual([
      'no-circular: packages/core/src/tiers/schema.ts -> packages/core/src/tiers/tier.ts',
    ]);
    const [violation] = result.summary.violations;
    expect(violation?.rule.severity).toBe('error');
    for (const step of violation?.cycle ?? []) expect(step.dependencyTypes).toContain('type-only');
  });

  it('reports a circle closed by a lazy import (the old form-controller circle)', async () => {
    const result = await cruiseFixture('lazy-circle');
    expect(violations(result)).toEqual([
      'no-circular: packages/widgets/src/kit/form/controller.ts -> packages/widgets/src/kit/form/runtime.ts',
    ]);
    const types = result.summary.violations[0]?.cycle?.flatMap((step) => step.dependencyTypes);
    expect(types).toContain('dynamic-import');
    expect(types).toContain('type-only');
  });

  it('reports the kit importing a component, even for a type, and reaching one through a define module', async () => {
    const result = await cruiseFixture('kit-imports-component');
    expect(violations(result)).toEqual([
      'kit-not-to-components: packages/widgets/src/kit/form/element.ts -> packages/widgets/src/components/thing/thing.ts',
      'kit-not-to-widgets-outside-kit: packages/widgets/src/kit/registry.ts -> packages/widgets/src/define/thing.ts',
    ]);
  });

  it('reports core importing widgets, by path and by package name', async () => {
    const result = await cruiseFixture('core-imports-widgets');
    expect(violations(result)).toEqual([
      'core-not-to-widgets-react-or-apps: packages/core/src/forms/by-name.ts -> @ijm/widgets',
      'core-not-to-widgets-react-or-apps: packages/core/src/forms/by-path.ts -> packages/widgets/src/components/thing/thing.ts',
    ]);
  });

  it('reports a package importing an app, from a test helper too', async () => {
    const result = await cruiseFixture('packages-import-apps');
    expect(violations(result)).toEqual([
      'packages-not-to-apps: packages/widgets/src/kit/transport.ts -> apps/intake/src/routes.ts',
      'packages-not-to-apps: packages/widgets/src/test/intake.ts -> @ijm/intake',
    ]);
  });
});

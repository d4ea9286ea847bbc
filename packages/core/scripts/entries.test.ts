import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { subpaths } from '../tsup.config.js';

// Checks on the built package (turbo builds before it tests): the public entry points, and which of them may load zod.
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
};

/** Entries whose purpose is validation: the form contract and the `/schema` subpaths. Everything else ships zod-free. */
const validates = (subpath: string) => subpath === 'forms' || subpath.endsWith('/schema');

/** Every file an entry loads before it runs: the entry and the chunks it imports statically, transitively. */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) queue.push(normalize(join(dirname(file), specifier)));
      else seen.add(specifier);
    }
  }
  return [...seen];
}

describe('built entry points', () => {
  it('exports exactly the subpaths that tsup builds, types first', () => {
    const exported = Object.keys(packageJson.exports).filter((key) => key !== './package.json');
    expect(exported.sort()).toEqual(subpaths.map((name) => `./${name}`).sort());
    for (const name of subpaths) {
      expect(Object.keys(packageJson.exports[`./${name}`] as object)).toEqual(['types', 'default']);
    }
  });

  it.each(subpaths.filter((name) => !validates(name)))(
    '%s loads no zod, so using it never brings zod into a bundle',
    (name) => {
      const entry = join(packageDir, 'dist', name, 'index.js');
      expect(existsSync(entry), `${entry} is missing: build the package first`).toBe(true);
      expect(staticClosure(entry).filter((file) => file.startsWith('zod'))).toEqual([]);
    },
  );

  it('tiers/constants is one file, sharing no chunk with the dataset (see tsup.config.ts)', () => {
    expect(staticClosure(join(packageDir, 'dist/tiers/constants/index.js'))).toHaveLength(1);
  });

  it.each(subpaths.filter(validates))('%s does bring its schemas (and zod)', (name) => {
    expect(staticClosure(join(packageDir, 'dist', name, 'index.js'))).toContain('zod/mini');
  });
});

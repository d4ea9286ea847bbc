// Installs the packages as an app outside this workspace gets them: `pnpm pack` tarballs (with `workspace:`
// ranges rewritten, `files` applied), unpacked into a temporary folder's node_modules the way npm lays them out,
// with their declared dependencies beside them. Nothing in that folder can see the workspace, so an entry that
// only works through a workspace link, an undeclared dependency or a file left out of `files` fails here.
// The dependencies are linked from this machine's install rather than downloaded, so the test stays offline.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The temporary app folder: its node_modules holds the unpacked packages and their dependencies. */
    appDir: string;
  }
}

/** Our packages, packed from this workspace, or from another checkout's when IJM_PACK_FROM names one. */
const packFrom = resolve(process.env.IJM_PACK_FROM ?? join(dirname(fileURLToPath(import.meta.url)), '../../..'));
const ourPackages: Record<string, string> = {
  '@ijm/core': join(packFrom, 'packages/core'),
  '@ijm/widgets': join(packFrom, 'packages/widgets'),
  '@ijm/react': join(packFrom, 'packages/react'),
};

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** Where Node would find `name` from `fromDir`: the nearest node_modules up the tree that holds it. */
function findInstalled(name: string, fromDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) throw new Error(`${name} is not installed anywhere above ${fromDir}`);
  }
}

function unpack(name: string, sourceDir: string, packDir: string, target: string): void {
  const output = execFileSync('pnpm', ['pack', '--pack-destination', packDir], { cwd: sourceDir, encoding: 'utf8' });
  const tarball = output.trim().split('\n').at(-1) ?? '';
  if (!tarball.endsWith('.tgz')) throw new Error(`pnpm pack in ${sourceDir} printed no tarball: ${output}`);
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', resolve(packDir, tarball), '-C', target, '--strip-components=1']);
  if (readManifest(target).name !== name) throw new Error(`${tarball} is not ${name}`);
}

export default function setup(project: TestProject): () => void {
  const appDir = mkdtempSync(join(tmpdir(), 'ijm-consumer-'));
  const modules = join(appDir, 'node_modules');
  const packDir = join(appDir, 'packs');
  // name → the folder its own dependencies are looked up from
  const installed = new Map<string, string>();
  const queue: Array<{ name: string; from: string; by: string }> = [];

  for (const [name, sourceDir] of Object.entries(ourPackages)) {
    const target = join(modules, name);
    unpack(name, sourceDir, packDir, target);
    installed.set(name, sourceDir);
    queue.push({ name, from: sourceDir, by: name });
  }
  // A flat tree, as npm hoists it: every dependency once at the top. Two versions of one package would need
  // nesting; none exist today, and this says so if that changes.
  while (queue.length > 0) {
    const { name, from, by } = queue.shift() as { name: string; from: string; by: string };
    const manifest = readManifest(name in ourPackages ? join(modules, name) : from);
    const needed = { ...manifest.dependencies, ...manifest.peerDependencies };
    for (const dependency of Object.keys(needed)) {
      if (manifest.peerDependenciesMeta?.[dependency]?.optional) continue;
      const location = installed.get(dependency) ?? findInstalled(dependency, from);
      const existing = installed.get(dependency);
      if (existing !== undefined && existing !== location && !(dependency in ourPackages)) {
        throw new Error(`${by} needs ${dependency} from ${location}, already installed from ${existing}`);
      }
      if (existing !== undefined) continue;
      mkdirSync(dirname(join(modules, dependency)), { recursive: true });
      symlinkSync(location, join(modules, dependency), 'dir');
      installed.set(dependency, location);
      queue.push({ name: dependency, from: location, by: dependency });
    }
  }
  // The app's own manifest, as `npm install <tarballs>` would leave it: an ES module package.
  writeFileSync(
    join(appDir, 'package.json'),
    `${JSON.stringify({ name: 'consumer-app', private: true, type: 'module', dependencies: Object.fromEntries([...installed.keys()].filter((name) => name in ourPackages).map((name) => [name, '*'])) }, null, 2)}\n`,
  );
  project.provide('appDir', appDir);
  return () => rmSync(appDir, { recursive: true, force: true });
}

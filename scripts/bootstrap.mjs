// Set-up shared by `npm start` and `npm test`: only Node and npm are assumed to exist.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Nothing here reports usage anywhere: the machines we run on have no outside network, and we ask for no telemetry.
process.env.TURBO_TELEMETRY_DISABLED = '1';
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';
const pnpmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
// A project-local pnpm: no global install (which needs root) and no corepack (it fails on this registry).
const localTools = join(root, '.tools');
const localBin = join(localTools, 'node_modules', '.bin');

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`\n✖ ${command} ${args.join(' ')} exited with ${status}`);
    process.exit(status);
  }
}

function output(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * Makes `pnpm` on PATH the pinned version, for this process and everything it starts (turbo runs package scripts
 * through it): the one already on PATH when its version matches, else a local copy in .tools/.
 */
export function ensurePnpm() {
  if (output('pnpm', ['--version']) === pnpmVersion) return;
  process.env.PATH = `${localBin}${delimiter}${process.env.PATH ?? ''}`;
  if (output('pnpm', ['--version']) === pnpmVersion) return;
  console.log(`→ installing pnpm ${pnpmVersion} into .tools/`);
  must('npm', ['install', '--prefix', localTools, '--no-save', '--no-audit', '--no-fund', `pnpm@${pnpmVersion}`]);
  if (output('pnpm', ['--version']) !== pnpmVersion) {
    console.error(`✖ pnpm ${pnpmVersion} was installed into .tools/ but does not run; see the npm output above.`);
    process.exit(1);
  }
}

// better-sqlite3 compiles against Node's headers when no prebuilt binary can be downloaded (none can be here). node-gyp
// would download the headers too; a Node installed with its headers (Debian's `nodejs` has /usr/include/node) needs
// no download once node-gyp is told where they are. npm reads `nodedir` from its config; pnpm's node-gyp only from env.
function useInstalledNodeHeaders() {
  if (process.env.npm_config_nodedir) return;
  const prefix = join(dirname(process.execPath), '..');
  if (existsSync(join(prefix, 'include', 'node', 'common.gypi'))) process.env.npm_config_nodedir = prefix;
}

export function installDependencies() {
  console.log('→ installing dependencies (frozen lockfile)');
  useInstalledNodeHeaders();
  must('pnpm', ['install', '--frozen-lockfile']);
}

/** Finds a Chromium for the browser tests; installs Debian's package when we may; never downloads a browser build. */
export function ensureChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('→ installing Chromium from the system packages (apt-get install chromium)');
    must('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'] });
    must('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    [
      '✖ No Chromium found for the browser tests.',
      '  Install one with your system package manager (Debian/Ubuntu: `sudo apt-get install chromium`),',
      '  or point CHROME_PATH at an existing Chromium or Chrome executable, then run `npm test` again.',
    ].join('\n'),
  );
  process.exit(1);
}

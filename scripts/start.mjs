// `npm start`: install what is needed, build, and serve the demo partner site. Ctrl-C stops everything it started.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensurePnpm, installDependencies, root, run } from './bootstrap.mjs';

ensurePnpm();
installDependencies();
const built = run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@ijm/demo...', '--output-logs=errors-only']);
if (built !== 0) process.exit(built);

// Services run as direct children of this process, so a signal here reaches each of them.
const services = [spawn(process.execPath, [join(root, 'apps/demo/server.mjs')], { stdio: 'inherit' })];

let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const service of services) if (service.exitCode === null) service.kill('SIGTERM');
  process.exitCode = code;
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
// When one service ends on its own, stop the others too and pass its exit code on.
for (const service of services) service.on('exit', (code) => stopAll(code ?? 0));

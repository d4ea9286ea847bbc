// `npm start`: install what is needed, build, and serve the demo partner site. Ctrl-C stops everything.
import { spawn } from 'node:child_process';
import { ensurePnpm, installDependencies, run } from './bootstrap.mjs';

const pnpm = ensurePnpm();
installDependencies(pnpm);
const [command, ...prefix] = pnpm;
const built = run(command, [
  ...prefix,
  'exec',
  'turbo',
  'run',
  'build',
  '--filter=@ijm/demo...',
  '--output-logs=errors-only',
]);
if (built !== 0) process.exit(built);

const children = [spawn(command, [...prefix, '--filter', '@ijm/demo', 'run', 'serve'], { stdio: 'inherit' })];

function stopAll(code = 0) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));

// `npm start`: install what is needed, build, and serve the demo partner site. Ctrl-C stops everything it started.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensurePnpm, installDependencies, root, run } from './bootstrap.mjs';

ensurePnpm();
installDependencies();
const built = run('pnpm', [
  'exec',
  'turbo',
  'run',
  'build',
  '--filter=@ijm/demo...',
  '--filter=@ijm/intake...',
  '--output-logs=errors-only',
]);
if (built !== 0) process.exit(built);

const demoPort = Number(process.env.PORT ?? 4173);
const intakePort = Number(process.env.INTAKE_PORT ?? 8787);
const intakeUrl = `http://127.0.0.1:${intakePort}`;
const demoOrigins = [`http://localhost:${demoPort}`, `http://127.0.0.1:${demoPort}`];

// Services run as direct children of this process, so a signal here reaches each of them.
const services = [
  spawn(process.execPath, [join(root, 'apps/demo/server.mjs')], {
    stdio: 'inherit',
    env: { ...process.env, PORT: String(demoPort), INTAKE_URL: intakeUrl },
  }),
  // The intake service on SQLite (apps/intake/.data/), taking submissions from the demo's pages only. Without
  // SMTP_URL its confirmation emails are written to apps/intake/.data/mail/ as .eml files.
  spawn(process.execPath, [join(root, 'apps/intake/dist/server.js')], {
    cwd: join(root, 'apps/intake'),
    stdio: 'inherit',
    env: {
      ...process.env,
      PORT: String(intakePort),
      PUBLIC_URL: intakeUrl,
      ALLOWED_ORIGINS: process.env.ALLOWED_ORIGINS ?? demoOrigins.join(','),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
  }),
];

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

// `npm test`: install what is needed, then lint, typecheck, build and every test suite.
import { ensureChromium, ensurePnpm, installDependencies, run } from './bootstrap.mjs';

const pnpm = ensurePnpm();
installDependencies(pnpm);
process.env.CHROME_PATH = ensureChromium();
console.log(`→ Chromium: ${process.env.CHROME_PATH}`);

const [command, ...prefix] = pnpm;
const status = run(
  command,
  [
    ...prefix,
    'exec',
    'turbo',
    'run',
    'lint',
    'typecheck',
    'build',
    'test',
    '--output-logs=errors-only',
    '--concurrency=2',
  ],
  {
    env: process.env,
  },
);
process.exit(status);

// `npm test`: install what is needed, then lint, typecheck, build and every test suite.
import { ensureChromium, ensurePnpm, installDependencies, run } from './bootstrap.mjs';

ensurePnpm();
installDependencies();
process.env.CHROME_PATH = ensureChromium();
console.log(`→ Chromium: ${process.env.CHROME_PATH}`);

// New output only: a task served from turbo's cache prints nothing again.
const tasks = ['lint', 'typecheck', 'build', 'test'];
process.exit(run('pnpm', ['exec', 'turbo', 'run', ...tasks, '--output-logs=new-only', '--concurrency=2']));

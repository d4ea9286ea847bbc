// `npm test`: install what is needed, then lint, typecheck, build and every test suite.
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { ensureChromium, ensurePnpm, installDependencies, root } from './bootstrap.mjs';

ensurePnpm();
installDependencies();
process.env.CHROME_PATH = ensureChromium();
console.log(`→ Chromium: ${process.env.CHROME_PATH}`);

// Full logs, replayed from turbo's cache for tasks that did not run again, so that the closing line below always
// counts every test. Output passes straight through; the vitest summaries in it are added up.
const tasks = ['lint', 'typecheck', 'build', 'test'];
const turbo = spawn('pnpm', ['exec', 'turbo', 'run', ...tasks, '--output-logs=full', '--concurrency=2'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
let passed = 0;
let failed = 0;
let pending = '';
turbo.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  pending += chunk.toString();
  const lines = pending.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    // vitest: "Tests  3 failed | 62 passed (65)"
    const summary = stripVTControlCharacters(line).match(/\bTests\s+(.*)\(\d+\)\s*$/);
    if (summary === null) continue;
    passed += Number(summary[1].match(/(\d+) passed/)?.[1] ?? 0);
    failed += Number(summary[1].match(/(\d+) failed/)?.[1] ?? 0);
  }
});
turbo.on('exit', (code) => {
  console.log(`\nTests: ${passed} passed, ${failed} failed`);
  process.exit(code ?? 1);
});

// `pnpm bench`: how fast each widget with downloads after its first paint (the forms, the fundraiser call to action,
// the self-check) paints on a slow phone, measured in Chromium with 4x CPU throttling.
// It builds nothing: run `pnpm --filter @ijm/widgets build` first. It serves dist/browser and a tiny page on
// 127.0.0.1 under a strict Content-Security-Policy with Trusted Types (as a partner page may be), and for each form
// reports, over RUNS runs: the time from creating the element to its first paint (append, `updateComplete`, then two
// animation frames), the time until it is ready (a form's contract with zod/mini, rules and transport; the self-check's
// questions, texts and helplines; the call to action has nothing more to load), the longest task seen
// (PerformanceObserver `longtask`, which only reports tasks over 50 ms), and any CSP violation.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveStatic } from '@ijm/browser-testing';

const RUNS = Number(process.env.RUNS ?? 20);
const THROTTLE = Number(process.env.THROTTLE ?? 4);
const TARGET_MS = 50;
const widgets = ['ijm-newsletter-signup', 'ijm-media-contact', 'ijm-fundraiser-cta', 'ijm-indicator-self-check'];

const browserDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'browser');
if (!existsSync(join(browserDir, 'define', 'newsletter-signup.js'))) {
  console.error('dist/browser is missing: run `pnpm --filter @ijm/widgets build` first.');
  process.exit(1);
}

// The page's own script is a file, so that the CSP needs no 'unsafe-inline'.
const pageDir = mkdtempSync(join(tmpdir(), 'ijm-bench-'));
writeFileSync(
  join(pageDir, 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>' +
    '<body><main id="host"></main><script type="module" src="/bench.js"></script></body></html>',
);
writeFileSync(
  join(pageDir, 'bench.js'),
  `
const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective + ' ' + event.blockedURI));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves when the element has everything it loads after its first paint. */
async function ready(element) {
  if (element.form) return element.form.ready();
  if (element.localName === 'ijm-indicator-self-check')
    while (element.shadowRoot.querySelector('.status')?.textContent.trim() !== '') await frame();
}
const median = (values) => { const s = [...values].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

window.bench = async (tag, runs) => {
  const host = document.getElementById('host');
  const paints = [];
  const contracts = [];
  const violationsBefore = violations.length;
  let longest = 0;
  let longestWarm = 0;
  for (let run = 0; run < runs; run += 1) {
    host.replaceChildren();
    await frame();
    const before = longTasks.length;
    const start = performance.now();
    const element = document.createElement(tag);
    host.append(element);
    await element.updateComplete;
    await frame();
    await frame();
    paints.push(performance.now() - start);
    await ready(element);
    contracts.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const task of longTasks.slice(before)) {
      longest = Math.max(longest, task.duration);
      if (run > 0) longestWarm = Math.max(longestWarm, task.duration);
    }
  }
  host.replaceChildren();
  return { first: paints[0], median: median(paints), max: Math.max(...paints), contractFirst: contracts[0], contractMedian: median(contracts), longest, longestWarm, violations: violations.slice(violationsBefore) };
};

await Promise.all(
  ${JSON.stringify(widgets)}.map((tag) => import('/widgets/define/' + tag.replace('ijm-', '') + '.js')),
);
window.loadViolations = [...violations];
window.benchReady = true;
`,
);

const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const server = await serveStatic(
  { '/': pageDir, '/widgets': browserDir },
  { headers: { 'Content-Security-Policy': csp } },
);
const browser = await launchChromium();
const results = [];
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => window.benchReady === true, undefined, { timeout: 30_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  for (const tag of widgets)
    results.push({ tag, ...(await page.evaluate(([t, n]) => window.bench(t, n), [tag, RUNS])) });
  const loadViolations = await page.evaluate(() => window.loadViolations);
  if (loadViolations.length > 0) results[0]?.violations.unshift(...loadViolations);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  if (errors.length > 0) console.error('page errors:', errors);
} finally {
  await browser.close();
  await server.close();
  rmSync(pageDir, { recursive: true, force: true });
}

const ms = (value) => `${value.toFixed(1)} ms`;
console.log(`\nFirst paint of each widget, ${RUNS} runs, ${THROTTLE}x CPU throttling, strict CSP with Trusted Types\n`);
console.log(
  [
    'widget',
    'first run',
    'median',
    'max',
    'ready (first)',
    'ready (median)',
    'longest task',
    'longest, warm',
    'CSP violations',
  ]
    .map((cell, index) => (index === 0 ? cell.padEnd(28) : cell.padStart(18)))
    .join(''),
);
let failed = false;
for (const result of results) {
  const longest = result.longest === 0 ? 'none > 50 ms' : ms(result.longest);
  const longestWarm = result.longestWarm === 0 ? 'none > 50 ms' : ms(result.longestWarm);
  console.log(
    [
      `<${result.tag}>`.padEnd(28),
      ms(result.first).padStart(18),
      ms(result.median).padStart(18),
      ms(result.max).padStart(18),
      ms(result.contractFirst).padStart(18),
      ms(result.contractMedian).padStart(18),
      longest.padStart(18),
      longestWarm.padStart(18),
      String(result.violations.length).padStart(18),
    ].join(''),
  );
  for (const violation of result.violations) console.log(`  CSP: ${violation}`);
  failed ||= result.median > TARGET_MS || result.longest > TARGET_MS || result.violations.length > 0;
}
console.log(
  `\nTarget: median first paint <= ${TARGET_MS} ms, no task over ${TARGET_MS} ms, no CSP violation. ${failed ? 'MISSED' : 'met'}.` +
    '\n"first run" and "longest task" include the cold start: the first render of each widget and, for the newsletter, the' +
    '\nbrowser loading its region names (Intl.DisplayNames) when the page is idle. "warm" runs exclude the first.',
);
// A benchmark informs; set BENCH_STRICT=1 to make a missed target fail the run.
if (failed && process.env.BENCH_STRICT === '1') process.exitCode = 1;

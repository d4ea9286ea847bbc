// `pnpm bench` (apps/demo): what embedding the widgets costs a partner page, measured on the demo site in Debian's
// Chromium and reported against the targets of issue 11. It reports and exits 0 whatever the figures; it exits 1 only
// when a measurement could not be made (no browser, a page with no widget or no script of ours in its trace, a
// Lighthouse runtime error). It builds nothing: the widgets' dist/browser must exist (turbo's `bench` runs `build`
// first). It writes no file into the repository.
//
// Pages: `/` (the article) and every other page under public/ whose HTML loads /widgets/ or holds an `ijm-*` tag,
// found when it runs (PAGES=/,/x.html overrides). Widgets are the `ijm-*` elements of each page's light DOM, found as
// the page builds them (a MutationObserver installed before any script of the page), so nothing here names them.
//
// Each of RUNS runs (default 5) opens the page in a fresh browser context (empty cache) at VIEWPORT (default 412x823,
// the phone Lighthouse emulates), with the CPU slowed THROTTLE times (default 4; CDP Emulation.setCPUThrottlingRate)
// and a CDP performance trace recording. The page loads; the script waits until it is quiet (nothing in flight, no
// widget newly rendered); if a widget has still not rendered (a lazy loader waits for it to near the viewport), it
// scrolls down 3/4 of a screen every 0.4 s to the bottom and waits again. Median and worst run of:
// - Cumulative layout shift: PerformanceObserver 'layout-shift' (buffered), entries with hadRecentInput left out,
//   grouped in session windows (gap < 1 s, window < 5 s) and the largest window taken, as Core Web Vitals do. The
//   whole visit counts, scroll included (a programmatic scroll is not input). The notes name what moved.
// - Total blocking time of our scripts, and our longest task. From the trace (categories devtools.timeline,
//   disabled-by-default-devtools.timeline and .stack, v8, v8.execute, loading, blink.user_timing), the renderer main
//   thread's top-level tasks are rebuilt and each is given the script URLs it worked for by Lighthouse's own trace
//   library (lighthouse/core/lib/tracehouse, as its bootup-time audit uses it): the URL of each script compiled or
//   evaluated and of each function called, every frame of the JS stacks that scheduled style, layout or a timer;
//   timer callbacks inherit the URLs of the task that set the timer; a task with no script of its own (a lone style,
//   layout or paint) inherits those of the task before it. A task is ours when one of its URLs is under /widgets/;
//   its blocking part is what exceeds 50 ms. "TBT, ours" sums those parts over the whole visit (navigation to quiet,
//   scroll included), stricter than Lighthouse's FCP-to-TTI window; the whole page's sum is printed for context. The
//   notes list our longest tasks, when they ran, our files in them and the work that dominated them.
// - Script start → widgets rendered. Script start is when a file under /widgets/ first runs: in the trace, the first
//   EvaluateScript or FunctionCall with our URL, the script entry Chromium records for a module script
//   (AnimationFrame::Script::Execute, with its URL), or a module evaluation (v8.evaluateModule) inside a task of ours
//   (its compile, earlier, while the page still parses, is printed for context). The trace's clock is matched to the
//   page's (performance.now(), from the navigation) by marks the page sets as widgets render. A widget is rendered
//   when its tag is defined and it has a shadow root and its `updateComplete` has resolved with no update pending;
//   the page records performance.now() then. Reported for the widgets in the first viewport (at scroll 0) and for
//   all of them; after a scroll (marked *) that includes the scroll, so the table then also gives, for the widgets
//   below the first screen, the longest that one was in the viewport (IntersectionObserver) before it had rendered.
//   Data a widget loads after its first render (the tier dataset, a form's contract) is not waited for; its bytes
//   are counted below.
// - Bytes of our code: CDP Network encodedDataLength (headers included) of every response under /widgets/, with
//   Resource Timing's transferSize beside it. The demo server does not compress, so the same files' gzip -9 size is
//   printed too.
// Lighthouse 12.2.3 (programmatic API; LH_RUNS runs, default 3, median and worst score; 0 skips it) then audits `/`
// in a Debian Chromium this script starts with --remote-debugging-port (the brief's flags plus chrome-launcher's
// defaults), with Lighthouse's default settings (mobile, simulated throttling), categories performance,
// accessibility and best-practices, no full-page screenshot, no error reporting. The notes list every audit that
// scored under 1, saying whether it has weight (costs points) and where.
// Nothing leaves loopback: every Chromium here gets a proxy pointing at a guard on loopback that answers 403 and
// records any request for another host (loopback bypasses proxies), a host resolver that resolves only loopback, and
// Chromium's own startup services (component updater, Gaia, autofill) pointed at the guard; the report lists both.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromiumArgs, chromiumPath } from '@ijm/browser-testing';
import { startSite } from '../site.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const LH_RUNS = Number(process.env.LH_RUNS ?? 3);
const THROTTLE = Number(process.env.THROTTLE ?? 4);
const [VIEWPORT_WIDTH, VIEWPORT_HEIGHT] = (process.env.VIEWPORT ?? '412x823').split('x').map(Number);
const OURS = '/widgets/';
const LONG_TASK_MS = 50;
const TARGETS = { cls: 0, tbt: 30, longest: 50, performance: 100, accessibility: 100, 'best-practices': 100 };

const demoDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const publicDir = join(demoDir, 'public');
const widgetsDir = join(dirname(fileURLToPath(import.meta.resolve('@ijm/widgets/package.json'))), 'dist', 'browser');

/**
 * Added to the shared flags (which keep Chromium on loopback for pages) for every Chromium here. Chromium 156 still
 * reaches out at startup with those: the component updater asks for the Optimization Guide on-device models manifest
 * (an on-demand install, which --disable-component-update does not stop), Gaia lists the fresh profile's accounts,
 * and autofill asks its server about the page's forms. Those three are pointed at the guard (on loopback, where it
 * answers 403 and records them); anything else goes through the proxy, i.e. to the guard too, and no host name but
 * loopback resolves.
 */
const guardFlags = (guardUrl) => [
  `--proxy-server=${guardUrl}`,
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  `--component-updater=url-source=${guardUrl}/`,
  `--gaia-url=${guardUrl}/`,
  `--autofill-server-url=${guardUrl}/`,
];

// ---------------------------------------------------------------------------------------------------------------
// What runs in the page before any of its scripts (injected over CDP, so the page's CSP does not apply to it).
// ---------------------------------------------------------------------------------------------------------------
const pageProbe = () => {
  if (window.top !== window) return;
  const state = { shifts: [], widgets: [], violations: [] };
  Object.defineProperty(window, '__ijmBench', { value: state });
  const describe = (node) => {
    if (!node) return '(removed)';
    if (node.nodeType !== 1) return node.parentElement ? `${describe(node.parentElement)} (text)` : node.nodeName;
    const host = node.getRootNode() instanceof ShadowRoot ? `${node.getRootNode().host.localName} >> ` : '';
    const id = node.id ? `#${node.id}` : '';
    const cls = typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/)[0]}` : '';
    return `${host}${node.localName}${id}${cls}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      state.shifts.push({
        value: entry.value,
        startTime: entry.startTime,
        hadRecentInput: entry.hadRecentInput,
        sources: (entry.sources ?? []).map((source) => describe(source.node)),
      });
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('securitypolicyviolation', (event) =>
    state.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
  const tracked = new WeakSet();
  // When each widget first shows in the viewport: a lazily loaded one should be rendered by then.
  const visible = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const record = state.widgets.find((widget) => widget.element === entry.target);
      if (record && record.visibleAt === null) record.visibleAt = entry.time;
      visible.unobserve(entry.target);
    }
  });
  const track = (element) => {
    if (tracked.has(element)) return;
    tracked.add(element);
    const record = {
      tag: element.localName,
      id: element.id,
      index: state.widgets.length,
      foundAt: performance.now(),
      definedAt: null,
      renderedAt: null,
      shadowRoot: false,
      inFirstViewport: null,
      visibleAt: null,
    };
    state.widgets.push(record);
    Object.defineProperty(record, 'element', { value: element, enumerable: false });
    visible.observe(element);
    customElements.whenDefined(element.localName).then(async () => {
      record.definedAt = performance.now();
      if (element.updateComplete && typeof element.updateComplete.then === 'function') {
        // Lit resolves updateComplete with false while another update is pending; wait for a settled render.
        for (let i = 0; i < 20 && !(await element.updateComplete); i += 1);
      }
      record.shadowRoot = element.shadowRoot !== null;
      record.renderedAt = performance.now();
      // The same moment in the trace's clock, to check that both clocks start at the same navigation.
      performance.mark(`ijm-bench-rendered-${record.index}`);
    });
  };
  const scan = (node) => {
    if (node.nodeType !== 1) return;
    if (node.localName.startsWith('ijm-')) track(node);
    for (const element of node.querySelectorAll('*')) if (element.localName.startsWith('ijm-')) track(element);
  };
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) scan(node);
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => scan(document.documentElement));
};

// ---------------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------------
/** `CONNECT host:443` or `GET http://host/path?query` → the host and path, without the query. */
const hostOf = (attempt) => attempt.replace(/^CONNECT /, '').replace(/\?.*$/, '');
/** Progress on stderr: one line rewritten in a terminal, a line per step elsewhere (turbo, CI logs). */
const progress = (text) => {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${text}`);
  else if (text) process.stderr.write(`${text}\n`);
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/** Largest session window of layout shifts (gap under 1 s, window under 5 s), as Core Web Vitals define CLS. */
function sessionWindowCls(shifts) {
  let best = 0;
  let current = 0;
  let windowStart = -Infinity;
  let last = -Infinity;
  for (const shift of [...shifts].sort((a, b) => a.startTime - b.startTime)) {
    if (shift.startTime - last >= 1000 || shift.startTime - windowStart >= 5000) {
      current = 0;
      windowStart = shift.startTime;
    }
    current += shift.value;
    last = shift.startTime;
    best = Math.max(best, current);
  }
  return best;
}

/** Pages to measure: `/`, then every other page under public/ that embeds widgets (or PAGES). */
function discoverPages() {
  if (process.env.PAGES) return process.env.PAGES.split(',').map((path) => path.trim());
  const pages = ['/'];
  for (const file of readdirSync(publicDir).sort()) {
    if (!file.endsWith('.html') || file === 'index.html') continue;
    const html = readFileSync(join(publicDir, file), 'utf8');
    if (html.includes(OURS) || /<ijm-[a-z]/.test(html)) pages.push(`/${file}`);
  }
  return pages;
}

/** Which of Chromium's services a request pointed at the guard comes from. */
function serviceOf(url) {
  const path = url.replace(/\?.*$/, '');
  if (path === '/' || path.startsWith('/service/update2')) return 'component updater';
  if (/^\/(ListAccounts|oauth|o\/oauth2|GetCheckConnectionInfo)/.test(path)) return `Gaia (${path.split('/')[1]})`;
  if (path.startsWith('/v1/pages') || path.startsWith('/v1/autofill')) return 'autofill (form query)';
  return path.slice(0, 40);
}

/**
 * A proxy on loopback that refuses and records every request Chromium tries to send to another host (`attempts`),
 * and the requests of Chromium's own services that the flags above point at it directly (`services`).
 */
async function startGuard() {
  const attempts = [];
  const services = [];
  const server = createServer((request, response) => {
    const url = request.url ?? '';
    if (/^[a-z]+:\/\//i.test(url)) attempts.push(`${request.method} ${url}`);
    else services.push(serviceOf(url));
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    attempts.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    attempts,
    services,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// One measured visit
// ---------------------------------------------------------------------------------------------------------------
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-lighthouse',
  'v8',
  'v8.execute',
  'loading',
  'blink.user_timing',
];
/** Trace events that compile a script, and those that run one, with the script's URL. */
const COMPILE_EVENTS = new Set(['v8.compile', 'v8.compileModule']);
const RUN_EVENTS = new Set(['EvaluateScript', 'FunctionCall']);
const eventUrl = (event) =>
  event.args?.data?.url ??
  event.args?.fileName ??
  event.args?.animation_frame_script_timing_info?.source_location_url ??
  '';

async function visit(browser, siteUrl, path, tracehouse) {
  const context = await browser.newContext({ viewport: { width: VIEWPORT_WIDTH, height: VIEWPORT_HEIGHT } });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.addInitScript(pageProbe);
    const cdp = await context.newCDPSession(page);

    // Network: bytes of our code, and what is in flight (to know when the page is quiet).
    const requests = new Map();
    let lastNetworkActivity = Date.now();
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
      requests.set(requestId, { url: request.url, done: false, bytes: 0, failed: false });
      lastNetworkActivity = Date.now();
    });
    cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
      const request = requests.get(requestId);
      if (request) Object.assign(request, { done: true, bytes: encodedDataLength });
      lastNetworkActivity = Date.now();
    });
    cdp.on('Network.loadingFailed', ({ requestId }) => {
      const request = requests.get(requestId);
      if (request) Object.assign(request, { done: true, failed: true });
      lastNetworkActivity = Date.now();
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });

    const traceEvents = [];
    cdp.on('Tracing.dataCollected', ({ value }) => {
      for (const event of value) traceEvents.push(event);
    });
    const traceDone = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES } });

    const url = new URL(path, siteUrl).href;
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });

    /**
     * Waits until nothing has been in flight for a second and either every widget has rendered (a second ago, so
     * that work it schedules after its first render is seen) or none has newly rendered for `quietMs`.
     */
    const waitQuiet = async (quietMs, maxMs) => {
      const started = Date.now();
      let lastRendered = -1;
      let lastProgress = Date.now();
      for (;;) {
        await sleep(300);
        const { found, rendered } = await page.evaluate(() => ({
          found: window.__ijmBench.widgets.length,
          rendered: window.__ijmBench.widgets.filter((widget) => widget.renderedAt !== null).length,
        }));
        if (rendered !== lastRendered) {
          lastRendered = rendered;
          lastProgress = Date.now();
        }
        const inFlight = [...requests.values()].some((request) => !request.done);
        const networkQuiet = !inFlight && Date.now() - lastNetworkActivity > 1000;
        if (networkQuiet && found > 0 && rendered === found && Date.now() - lastProgress > 1000) return;
        if (networkQuiet && Date.now() - lastProgress > quietMs) return;
        if (Date.now() - started > maxMs) return;
      }
    };
    await waitQuiet(2000, 30_000);

    // Which widgets the first screen shows (at scroll 0, after load).
    await page.evaluate(() => {
      for (const widget of window.__ijmBench.widgets) {
        const rect = widget.element.getBoundingClientRect();
        widget.inFirstViewport = rect.bottom > 0 && rect.top < window.innerHeight && rect.width + rect.height > 0;
      }
    });

    // A lazy loader renders a widget only when it approaches the viewport: scroll down a screen at a time.
    let scrolled = false;
    const pending = await page.evaluate(() => window.__ijmBench.widgets.filter((w) => w.renderedAt === null).length);
    if (pending > 0) {
      scrolled = true;
      for (let step = 0; step < 200; step += 1) {
        const atBottom = await page.evaluate(() => {
          window.scrollBy(0, Math.round(window.innerHeight * 0.75));
          return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
        });
        await sleep(400);
        if (atBottom) break;
      }
      await waitQuiet(3000, 30_000);
    }
    await sleep(300);

    const inPage = await page.evaluate((ours) => {
      const state = window.__ijmBench;
      const resources = performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.startsWith(ours));
      return {
        shifts: state.shifts,
        widgets: state.widgets.map(({ element: _element, ...widget }) => widget),
        violations: state.violations,
        transferSize: resources.reduce((sum, entry) => sum + entry.transferSize, 0),
      };
    }, OURS);

    await cdp.send('Tracing.end');
    await traceDone;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    // The trace: main-thread tasks, attributed; our script's start.
    const processed = tracehouse.TraceProcessor.processTrace({ traceEvents });
    const origin = processed.timeOriginEvt.ts;
    const tasks = tracehouse.MainThreadTasks.getMainThreadTasks(
      processed.mainThreadEvents,
      processed.frames,
      processed.timestamps.traceEnd,
      origin,
    );
    const isOurs = (candidate) => {
      try {
        const parsed = new URL(candidate);
        return parsed.origin === siteUrl && parsed.pathname.startsWith(OURS);
      } catch {
        return false;
      }
    };
    const topLevel = tasks.filter((task) => !task.parent);
    const isOursTask = (task) => task.attributableURLs.some(isOurs);
    const ours = topLevel.filter(isOursTask);
    const blocking = (list) => list.reduce((sum, task) => sum + Math.max(0, task.duration - LONG_TASK_MS), 0);
    // Our script starts when a file of ours starts running: a classic script's EvaluateScript, a call into our code,
    // the script entry Chromium records for a module script (AnimationFrame::Script::Execute, with its URL), or a
    // module evaluation (v8.evaluateModule, which names no URL) inside a task that is ours.
    const firstTs = (events) => Math.min(...events.map((event) => event.ts));
    const compileTs = firstTs(
      processed.mainThreadEvents.filter((event) => COMPILE_EVENTS.has(event.name) && isOurs(eventUrl(event))),
    );
    const scriptStartTs = Math.min(
      firstTs(
        processed.mainThreadEvents.filter(
          (event) =>
            (RUN_EVENTS.has(event.name) || event.name === 'AnimationFrame::Script::Execute') && isOurs(eventUrl(event)),
        ),
      ),
      firstTs(
        tasks
          .filter((task) => task.event.name === 'v8.evaluateModule' && task.attributableURLs.some(isOurs))
          .map((task) => task.event),
      ),
    );
    if (!Number.isFinite(scriptStartTs)) throw new Error(`${path}: the trace shows no script under ${OURS} running`);
    // performance.now() in the page counts from its time origin; the trace's origin is its navigationStart. The
    // marks the page set when each widget rendered give the difference (normally well under a millisecond).
    const offsets = traceEvents
      .filter((event) => event.name?.startsWith('ijm-bench-rendered-'))
      .map((event) => {
        const widget = inPage.widgets[Number(event.name.slice('ijm-bench-rendered-'.length))];
        return (event.ts - origin) / 1000 - (widget?.renderedAt ?? Number.NaN);
      })
      .filter(Number.isFinite);
    const clockOffset = offsets.length > 0 ? median(offsets) : 0;
    const scriptStart = (scriptStartTs - origin) / 1000 - clockOffset;
    const firstCompile = (compileTs - origin) / 1000 - clockOffset;

    const widgets = inPage.widgets;
    if (widgets.length === 0) throw new Error(`${path}: no ijm-* element found on the page`);
    const rendered = widgets.filter((widget) => widget.renderedAt !== null);
    const firstScreen = widgets.filter((widget) => widget.inFirstViewport);
    const allRendered = rendered.length === widgets.length;
    const firstScreenRendered = firstScreen.every((widget) => widget.renderedAt !== null);
    const latest = (list) => Math.max(scriptStart, ...list.map((widget) => widget.renderedAt ?? Number.NaN));
    const oursRequests = [...requests.values()].filter((request) => isOurs(request.url));
    const longestTasks = [...ours]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 3)
      .map((task) => ({
        start: task.startTime,
        duration: task.duration,
        urls: task.attributableURLs.filter(isOurs).map((candidate) => new URL(candidate).pathname),
        work: [...task.children]
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 2)
          .map((child) => `${child.event.name} ${child.duration.toFixed(0)} ms`),
      }));

    return {
      cls: sessionWindowCls(inPage.shifts.filter((shift) => !shift.hadRecentInput)),
      shifts: inPage.shifts.filter((shift) => !shift.hadRecentInput),
      tbtOurs: blocking(ours),
      tbtPage: blocking(topLevel),
      longestOurs: Math.max(0, ...ours.map((task) => task.duration)),
      longestTasks,
      scriptStart,
      firstCompile,
      clockOffset,
      clockChecked: offsets.length,
      firstScreenMs: firstScreenRendered ? latest(firstScreen) - scriptStart : Number.NaN,
      allMs: allRendered ? latest(widgets) - scriptStart : Number.NaN,
      // Below the first screen: how long a widget was in view before it had rendered (0 when it was ready first).
      lateInView: Math.max(
        0,
        ...widgets
          .filter((widget) => !widget.inFirstViewport && widget.visibleAt !== null)
          .map((widget) => (widget.renderedAt ?? Number.POSITIVE_INFINITY) - widget.visibleAt),
      ),
      widgets,
      scrolled,
      bytes: oursRequests.reduce((sum, request) => sum + request.bytes, 0),
      transferSize: inPage.transferSize,
      files: [...new Set(oursRequests.map((request) => request.url))],
      failedRequests: [...requests.values()].filter((request) => request.failed).map((request) => request.url),
      problems: [...problems, ...inPage.violations.map((violation) => `CSP violation: ${violation}`)],
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Lighthouse
// ---------------------------------------------------------------------------------------------------------------
/**
 * What chrome-launcher (Lighthouse's own launcher) passes besides the shared flags: fewer background services, no
 * backgrounding of the page Lighthouse measures.
 */
const quietFlags = [
  // chrome-launcher's list, and NetworkTimeServiceQuerying, AimEnabled and PreconnectToSearch as Playwright adds them
  // (only the last --disable-features counts, so the Playwright-launched browser gets no such flag from here).
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,InterestFeedContentSuggestions,' +
    'CertificateTransparencyComponentUpdater,AutofillServerCommunication,PrivacySandboxSettings4,RenderDocument,' +
    'NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch',
  '--disable-extensions',
  '--disable-component-extensions-with-background-pages',
  '--disable-client-side-phishing-detection',
  '--metrics-recording-only',
  '--disable-default-apps',
  '--mute-audio',
  '--no-default-browser-check',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-ipc-flooding-protection',
  '--password-store=basic',
  '--use-mock-keychain',
  '--force-fieldtrials=*BackgroundTracing/default/',
  '--disable-hang-monitor',
  '--disable-prompt-on-repost',
  '--disable-domain-reliability',
];

/** Starts Debian's Chromium with a DevTools port for Lighthouse; resolves to its port and a stop function. */
async function startChromiumWithPort(guardUrl) {
  const profile = mkdtempSync(join(tmpdir(), 'ijm-lighthouse-'));
  const args = [
    '--headless=new',
    ...new Set([...chromiumArgs, ...quietFlags, ...guardFlags(guardUrl)]),
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ];
  const child = spawn(chromiumPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(profile, { recursive: true, force: true });
  };
  const port = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port:\n${output}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const match = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`Chromium exited (${code}) before its DevTools port opened:\n${output}`)),
    );
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  return { port, stop };
}

const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices'];

async function runLighthouse(siteUrl, guardUrl) {
  const { default: lighthouse } = await import('lighthouse');
  const runs = [];
  for (let run = 0; run < LH_RUNS; run += 1) {
    const chromium = await startChromiumWithPort(guardUrl);
    try {
      const result = await lighthouse(
        `${siteUrl}/`,
        { port: chromium.port, logLevel: 'error', output: 'json', enableErrorReporting: false },
        {
          extends: 'lighthouse:default',
          settings: { onlyCategories: LH_CATEGORIES, disableFullPageScreenshot: true },
        },
      );
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      runs.push(lhr);
    } finally {
      await chromium.stop();
    }
  }
  return runs;
}

/** Every scored audit under 1 in our categories: with weight > 0 it costs points; with weight 0 it is advice. */
function auditsThatCost(lhr) {
  const found = [];
  for (const id of LH_CATEGORIES) {
    const category = lhr.categories[id];
    if (!category) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      const items = audit.details?.items ?? [];
      const where = items
        .map((item) => item.node?.selector ?? item.url ?? item.source?.url ?? item.description ?? '')
        .map((where) => String(where).replace(/^http:\/\/127\.0\.0\.1:\d+/, ''))
        .filter(Boolean)
        .slice(0, 3);
      found.push({
        category: id,
        id: ref.id,
        weight: ref.weight,
        score: audit.score,
        title: audit.title,
        displayValue: audit.displayValue ?? '',
        where,
        more: Math.max(0, items.length - where.length),
      });
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------------------
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : 'not all rendered');
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
function row(cells, widths) {
  return cells.map((cell, index) => String(cell).padEnd(widths[index])).join('  ');
}
/** pass: median and worst meet the target; miss: the median misses; else "pass, worst misses". */
function verdict(medianValue, worstValue, meets) {
  if (!Number.isFinite(medianValue)) return 'miss';
  if (!meets(medianValue)) return 'miss';
  return meets(worstValue) ? 'pass' : 'pass (worst misses)';
}

async function main() {
  if (!existsSync(join(widgetsDir, 'embed.js'))) {
    console.error(`${widgetsDir} has no embed.js: run \`pnpm --filter @ijm/widgets build\` first.`);
    process.exit(1);
  }
  const [TraceProcessorModule, MainThreadTasksModule] = await Promise.all([
    import('lighthouse/core/lib/tracehouse/trace-processor.js'),
    import('lighthouse/core/lib/tracehouse/main-thread-tasks.js'),
  ]);
  const tracehouse = {
    TraceProcessor: TraceProcessorModule.TraceProcessor,
    MainThreadTasks: MainThreadTasksModule.MainThreadTasks,
  };
  const started = Date.now();
  const guard = await startGuard();
  const lighthouseGuard = await startGuard();
  const site = await startSite();
  const pages = discoverPages();
  const results = new Map();
  /** Pages that could not be measured: reported, and the exit code says so. */
  const failures = [];
  let lighthouseRuns = [];
  let lighthouseError;
  try {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [...chromiumArgs, ...guardFlags(guard.url)],
      headless: true,
    });
    try {
      for (const path of pages) {
        const runs = [];
        try {
          for (let run = 0; run < RUNS; run += 1) {
            progress(`${path}: run ${run + 1} of ${RUNS}`);
            runs.push(await visit(browser, site.url, path, tracehouse));
          }
          results.set(path, runs);
        } catch (error) {
          failures.push(`${path}: ${error?.message ?? error}`);
        }
      }
      progress('');
    } finally {
      await browser.close();
    }
    if (LH_RUNS > 0) {
      progress(`Lighthouse on / (${LH_RUNS} runs)…`);
      try {
        lighthouseRuns = await runLighthouse(site.url, lighthouseGuard.url);
      } catch (error) {
        lighthouseError = error;
      }
      progress('');
    }
  } finally {
    await site.close();
    await guard.close();
    await lighthouseGuard.close();
  }

  // The gzip size of our files, as a compressing server would send them.
  const gzipBytes = (url) => {
    const file = join(widgetsDir, new URL(url).pathname.slice(OURS.length));
    return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
  };

  console.log(
    `\nEmbedding benchmark, demo site: ${RUNS} runs per page, ${THROTTLE}x CPU throttling, ` +
      `${VIEWPORT_WIDTH}x${VIEWPORT_HEIGHT} viewport, cold cache, Debian's Chromium; median (worst)\n`,
  );
  const widths = [50, 24, 10, 20];
  const lines = [row(['metric', 'measured', 'target', 'result'], widths), '-'.repeat(110)];
  const notes = [];
  for (const [path, runs] of results) {
    const pick = (key) => runs.map((run) => run[key]);
    const stat = (key, worstIsMax = true) => {
      const values = pick(key);
      const finite = values.filter(Number.isFinite);
      const worst = finite.length < values.length ? Number.NaN : worstIsMax ? Math.max(...values) : Math.min(...values);
      return { median: finite.length < values.length / 2 ? Number.NaN : median(finite), worst };
    };
    const widgets = runs[0].widgets;
    const tags = new Map();
    for (const widget of widgets) tags.set(widget.tag, (tags.get(widget.tag) ?? 0) + 1);
    const firstScreenCount = widgets.filter((widget) => widget.inFirstViewport).length;
    lines.push(
      `${path}: ${widgets.length} widgets (${[...tags].map(([tag, n]) => `${n} ${tag}`).join(', ')}); ` +
        `${firstScreenCount} in the first viewport${runs.some((run) => run.scrolled) ? '; scrolled to render the rest' : ''}`,
    );
    const cls = stat('cls');
    lines.push(
      row(
        [
          '  cumulative layout shift',
          `${cls.median.toFixed(3)} (${cls.worst.toFixed(3)})`,
          TARGETS.cls.toFixed(3),
          verdict(cls.median, cls.worst, (value) => value <= TARGETS.cls + 0.0005),
        ],
        widths,
      ),
    );
    const tbt = stat('tbtOurs');
    lines.push(
      row(
        [
          '  total blocking time, our scripts',
          `${ms(tbt.median)} (${ms(tbt.worst)})`,
          `≤ ${TARGETS.tbt} ms`,
          verdict(tbt.median, tbt.worst, (value) => value <= TARGETS.tbt),
        ],
        widths,
      ),
    );
    const longest = stat('longestOurs');
    lines.push(
      row(
        [
          '  longest task of ours',
          `${ms(longest.median)} (${ms(longest.worst)})`,
          `< ${TARGETS.longest} ms`,
          verdict(longest.median, longest.worst, (value) => value < TARGETS.longest),
        ],
        widths,
      ),
    );
    const firstScreen = stat('firstScreenMs');
    lines.push(
      row(
        [
          `  script start → first-viewport widgets rendered`,
          `${ms(firstScreen.median)} (${ms(firstScreen.worst)})`,
          '—',
          'report',
        ],
        widths,
      ),
    );
    const all = stat('allMs');
    lines.push(
      row(
        [
          `  script start → every widget rendered${runs.some((run) => run.scrolled) ? ' *' : ''}`,
          `${ms(all.median)} (${ms(all.worst)})`,
          '—',
          'report',
        ],
        widths,
      ),
    );
    if (runs.some((run) => run.scrolled)) {
      const late = stat('lateInView');
      lines.push(
        row(
          ['  below the fold: in view before rendered, worst', `${ms(late.median)} (${ms(late.worst)})`, '—', 'report'],
          widths,
        ),
      );
    }
    const bytes = stat('bytes');
    const resourceTiming = stat('transferSize');
    const files = runs[0].files;
    lines.push(
      row(
        [`  our code transferred (${files.length} files)`, `${kib(bytes.median)} (${kib(bytes.worst)})`, '—', 'report'],
        widths,
      ),
    );
    lines.push(
      row(
        [
          '    Resource Timing transferSize, same files',
          `${kib(resourceTiming.median)} (${kib(resourceTiming.worst)})`,
          '—',
          'context',
        ],
        widths,
      ),
    );
    lines.push(
      row(
        [
          '    same files gzip -9 (server sends raw)',
          kib(files.reduce((sum, url) => sum + gzipBytes(url), 0)),
          '—',
          'context',
        ],
        widths,
      ),
    );
    const tbtPage = stat('tbtPage');
    lines.push(
      row(
        ['    page TBT, all tasks (context)', `${ms(tbtPage.median)} (${ms(tbtPage.worst)})`, '—', 'context'],
        widths,
      ),
    );
    const compiled = stat('firstCompile');
    const start = stat('scriptStart');
    lines.push(
      row(
        [
          '    our code first compiled, after navigation',
          `${ms(compiled.median)} (${ms(compiled.worst)})`,
          '—',
          'context',
        ],
        widths,
      ),
    );
    lines.push(
      row(
        [
          '    our script starts running (= "script start")',
          `${ms(start.median)} (${ms(start.worst)})`,
          '—',
          'context',
        ],
        widths,
      ),
    );

    // Notes for whoever fixes the misses.
    const worstRun = runs.reduce((a, b) => (b.tbtOurs > a.tbtOurs ? b : a));
    if (worstRun.longestTasks.some((task) => task.duration > LONG_TASK_MS))
      notes.push(
        `${path}: our longest tasks (worst run): ${worstRun.longestTasks
          .filter((task) => task.duration > LONG_TASK_MS)
          .map(
            (task) =>
              `${task.duration.toFixed(0)} ms at ${task.start.toFixed(0)} ms [${task.urls.slice(0, 3).join(', ')}] (${task.work.join(', ')})`,
          )
          .join('; ')}`,
      );
    const clsWorstRun = runs.reduce((a, b) => (b.cls > a.cls ? b : a));
    if (clsWorstRun.shifts.length > 0)
      notes.push(
        `${path}: layout shifts of the worst run (score at ms after navigation: what moved): ${[...clsWorstRun.shifts]
          .sort((a, b) => b.value - a.value)
          .slice(0, 6)
          .map(
            (shift) =>
              `${shift.value.toFixed(3)} at ${shift.startTime.toFixed(0)} ms: ${shift.sources.join(', ') || '(no source)'}`,
          )
          .join('; ')}${clsWorstRun.shifts.length > 6 ? ` and ${clsWorstRun.shifts.length - 6} smaller` : ''}`,
      );
    const mismatch = runs.find((run) => Math.abs(run.bytes - run.transferSize) > 0.1 * run.bytes + 1024);
    if (mismatch)
      notes.push(
        `${path}: CDP counted ${kib(mismatch.bytes)} of our code but Resource Timing ${kib(mismatch.transferSize)}`,
      );
    const skewed = runs.find((run) => run.clockChecked === 0 || Math.abs(run.clockOffset) > 5);
    if (skewed)
      notes.push(
        skewed.clockChecked === 0
          ? `${path}: no render mark reached the trace; script start assumes the page's and the trace's clocks agree`
          : `${path}: the page's clock and the trace's differ by ${skewed.clockOffset.toFixed(1)} ms (corrected)`,
      );
    const unrendered = runs.flatMap((run) => run.widgets.filter((widget) => widget.renderedAt === null));
    if (unrendered.length > 0)
      notes.push(
        `${path}: never rendered in some run: ${[...new Set(unrendered.map((w) => `${w.tag}${w.id ? `#${w.id}` : ''}`))].join(', ')}`,
      );
    const problems = [
      ...new Set(runs.flatMap((run) => [...run.problems, ...run.failedRequests.map((u) => `failed: ${u}`)])),
    ];
    if (problems.length > 0) notes.push(`${path}: ${problems.slice(0, 6).join(' | ')}`);
  }

  // Lighthouse.
  let lighthouseFailed = false;
  if (LH_RUNS > 0) {
    lines.push(`Lighthouse 12 on / (${lighthouseRuns.length} of ${LH_RUNS} runs; mobile, simulated throttling)`);
    if (lighthouseError) {
      lighthouseFailed = true;
      lines.push(row(['  (failed)', String(lighthouseError.message ?? lighthouseError).slice(0, 60), '', ''], widths));
    }
    if (lighthouseRuns.length > 0) {
      lines.push(row(['  Lighthouse version', lighthouseRuns[0].lighthouseVersion, '12.2.3', 'context'], widths));
      for (const id of LH_CATEGORIES) {
        const scores = lighthouseRuns.map((lhr) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100));
        const med = median(scores);
        const worst = Math.min(...scores);
        lines.push(
          row(
            [`  ${id}`, `${med} (${worst})`, String(TARGETS[id]), verdict(med, worst, (value) => value >= TARGETS[id])],
            widths,
          ),
        );
      }
      const costly = new Map();
      for (const lhr of lighthouseRuns)
        for (const audit of auditsThatCost(lhr)) {
          const key = `${audit.category}/${audit.id}`;
          const seen = costly.get(key);
          costly.set(key, { ...audit, runs: (seen?.runs ?? 0) + 1 });
        }
      if ([...costly.values()].every((audit) => audit.weight === 0)) notes.push('Lighthouse: no audit cost a point.');
      for (const audit of [...costly.values()].sort((a, b) => b.weight - a.weight))
        notes.push(
          `Lighthouse ${audit.category} · ${audit.id} (score ${audit.score}, ${audit.weight > 0 ? `weight ${audit.weight}: costs points` : 'weight 0: costs no point'}, in ${audit.runs}/${lighthouseRuns.length} runs): ${audit.title}` +
            `${audit.displayValue ? ` — ${audit.displayValue}` : ''}` +
            `${audit.where.length ? ` — at ${audit.where.join(' | ')}${audit.more ? ` and ${audit.more} more` : ''}` : ''}`,
        );
      for (const warning of new Set(lighthouseRuns.flatMap((lhr) => lhr.runWarnings ?? [])))
        notes.push(`Lighthouse warning: ${warning}`);
    }
  }
  lines.push('-'.repeat(110));
  const attempts = (list) => (list.length === 0 ? 'none' : [...new Set(list.map(hostOf))].join(', '));
  const services = (list) =>
    list.length === 0 ? '' : `; its own services, kept on loopback: ${[...new Set(list)].join(', ')}`;
  lines.push(
    `Requests for another host (refused by the guard): measuring Chromium: ${attempts(guard.attempts)}${services(guard.services)}`,
  );
  if (LH_RUNS > 0)
    lines.push(`  Lighthouse's Chromium: ${attempts(lighthouseGuard.attempts)}${services(lighthouseGuard.services)}`);

  console.log(lines.join('\n'));
  if (results.size > 0 && [...results.values()].some((runs) => runs.some((run) => run.scrolled)))
    console.log(
      '* includes scrolling down the page a screen at a time (about 0.4 s per screen) for lazily loaded widgets',
    );
  if (notes.length > 0) console.log(`\nNotes:\n${notes.map((note) => `- ${note}`).join('\n')}`);
  console.log(`\nTook ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  if (failures.length > 0) console.log(`\nCould not measure:\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
  if (lighthouseFailed || failures.length > 0 || results.size === 0) process.exit(1);
}

main().catch((error) => {
  console.error(`\nThe measurement could not be made: ${error?.stack ?? error}`);
  process.exit(1);
});

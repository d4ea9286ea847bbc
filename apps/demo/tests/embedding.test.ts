// What a partner's page gets from the snippet: nothing on the page moves while the widgets arrive (at load and as the
// reader scrolls to lazily loaded ones), the files are pinned by Subresource Integrity, and the README shows the
// snippet the demo serves.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { widgetsSnippet } from '../site.mjs';
import { scrollThrough, useDemoSite, watchProblems } from './demo-site.js';

const demo = useDemoSite();
const manifest: { entries: Record<string, string>; integrity: Record<string, string>; snippet: string } = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('@ijm/widgets/manifest.json'), 'utf8'),
);

/** Records every layout shift not caused by input, from the first paint on, with what moved and from where to where. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; at: number; sources: string[] }[] = [];
    Object.assign(window, { layoutShifts: shifts });
    const describe = (node: Node | null | undefined) =>
      node instanceof Element
        ? `${node.localName}${node.id ? `#${node.id}` : ''}`
        : `text "${(node?.textContent ?? '').trim().slice(0, 30)}" in ${node?.parentElement?.localName ?? '?'}`;
    const box = (rect: DOMRectReadOnly) => `${Math.round(rect.y)}+${Math.round(rect.height)}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[])
        if (!entry.hadRecentInput)
          shifts.push({
            value: entry.value,
            at: Math.round(entry.startTime),
            sources: entry.sources.map(
              (source) => `${describe(source.node)} ${box(source.previousRect)} → ${box(source.currentRect)}`,
            ),
          });
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const shiftsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { layoutShifts: { value: number; sources: string[] }[] }).layoutShifts);

describe('layout shift', () => {
  for (const path of ['/', '/self-check.html', '/help.html'])
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1280, height: 800 },
    ])
      it(`${path} at ${viewport.width}×${viewport.height}, CPU 4× slower: nothing moves, at load or while scrolling to the end`, async () => {
        const context = await demo.browser.newContext({ viewport });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await recordShifts(page);
        await page.goto(`${demo.url}${path}`);
        await page.waitForLoadState('networkidle');
        // Scrolled by script (not by input, so every shift counts), loading each lazy widget on the way.
        await scrollThrough(page);
        await page.waitForLoadState('networkidle');
        expect(await shiftsOf(page)).toEqual([]);
        await context.close();
      });
});

describe('the snippet', () => {
  it('is the manifest’s, pins the stylesheet and the loader by integrity, and the page works under the strict CSP', async () => {
    const page = await demo.browser.newPage();
    const problems = await watchProblems(page);
    const response = await page.goto(`${demo.url}/`);
    const html = (await response?.text()) ?? '';
    for (const line of widgetsSnippet('/widgets').split('\n')) expect(html).toContain(line);
    const loader = page.locator(`script[src="/widgets/${manifest.entries['loader.js']}"]`);
    expect(await loader.getAttribute('integrity')).toBe(manifest.integrity[manifest.entries['loader.js'] ?? '']);
    const stylesheet = page.locator(`link[href="/widgets/${manifest.entries['reserve-space.css']}"]`);
    expect(await stylesheet.getAttribute('integrity')).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    await scrollThrough(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('every file of the build has the integrity the manifest gives it', async () => {
    const { createHash } = await import('node:crypto');
    const files = Object.entries(manifest.integrity);
    expect(files.length).toBeGreaterThan(20);
    for (const [file, integrity] of files) {
      const body = await fetch(`${demo.url}/widgets/${file}`).then((answer) => answer.arrayBuffer());
      expect(`sha384-${createHash('sha384').update(Buffer.from(body)).digest('base64')}`, file).toBe(integrity);
    }
  });

  it('a loader altered on its way to the page is refused: no widget is defined', async () => {
    const page = await demo.browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.route(`**/widgets/${manifest.entries['loader.js']}`, async (route) => {
      const original = await route.fetch();
      await route.fulfill({ response: original, body: `${await original.text()}\nconsole.log("injected");` });
    });
    await page.goto(`${demo.url}/`);
    await page.waitForLoadState('networkidle');
    expect(errors.some((text) => /integrity/i.test(text))).toBe(true);
    expect(await page.evaluate(() => customElements.get('ijm-tier-badge'))).toBeUndefined();
    await page.close();
  });

  it('is what the README shows, up to the hashes of a given build', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const generic = (text: string) =>
      text
        .replace(/-[A-Z0-9]{8}\.(js|css)/g, '-<hash>.$1')
        .replace(/sha384-[A-Za-z0-9+/=]+/g, 'sha384-<hash>')
        .replace(/\{base\}/g, 'https://cdn.jsdelivr.net/npm/@ijm/widgets@<version>/dist/browser');
    expect(readme).toContain(generic(manifest.snippet));
  });
});

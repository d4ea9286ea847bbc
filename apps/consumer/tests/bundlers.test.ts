import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '@ijm/browser-testing';
import * as esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appPage, openUnderCsp, productionViteBuild } from './app.js';
import { type Entry, widgetEntries } from './entries.js';

const appDir = inject('appDir');
const entries = widgetEntries(appDir);
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A folder name for an entry: `@ijm/widgets/tier-badge` → `tier-badge`, `@ijm/widgets` → `index`. */
function slug(entry: Entry): string {
  return entry.specifier.replace(/^@ijm\/widgets\/?/, '') || 'index';
}

type Bundler = (source: string, out: string, body: string) => Promise<string>;

/** Each bundler writes an `index.html` into `out`, loading what it built; resolves to the built file names. */
const bundlers: Record<string, Bundler> = {
  // The reproduction: `bundle: true` for the browser.
  async esbuild(source, out, body) {
    await esbuild.build({
      entryPoints: [join(source, 'main.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      outfile: join(out, 'main.js'),
      logLevel: 'silent',
    });
    writeFileSync(join(out, 'index.html'), appPage(body, '<script type="module" src="./main.js"></script>'));
    return 'main.js';
  },
  async 'vite app'(source, out, body) {
    writeFileSync(join(source, 'index.html'), appPage(body, '<script type="module" src="./main.js"></script>'));
    await productionViteBuild({
      root: source,
      base: './',
      configFile: false,
      logLevel: 'silent',
      build: { outDir: out, emptyOutDir: true },
    });
    return 'assets/';
  },
  async 'vite library'(source, out, body) {
    await productionViteBuild({
      root: source,
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir: out,
        emptyOutDir: true,
        lib: { entry: join(source, 'main.js'), formats: ['es'], fileName: 'main' },
      },
    });
    writeFileSync(join(out, 'index.html'), appPage(body, '<script type="module" src="./main.js"></script>'));
    return 'main.js';
  },
};

function totalBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((file) => file.isFile() && file.name.endsWith('.js'))
    .reduce((sum, file) => sum + statSync(join(file.parentPath, file.name)).size, 0);
}

describe.each(Object.keys(bundlers))('an app built by %s', (bundlerName) => {
  it.each(entries.map((entry) => [entry.specifier, entry] as const))(
    'defines and renders what %s promises, under a strict CSP',
    async (_, entry) => {
      const source = join(appDir, 'apps', bundlerName.replace(' ', '-'), slug(entry));
      const out = join(source, 'dist');
      mkdirSync(source, { recursive: true });
      writeFileSync(join(source, 'main.js'), `${entry.script}\n`);
      await bundlers[bundlerName]?.(source, out, entry.body);
      expect(totalBytes(out), 'the bundle is empty').toBeGreaterThan(5_000);

      const { page, problems, close } = await openUnderCsp(browser, out);
      try {
        const rendered = await page.evaluate(async (tags) => {
          const result: Record<string, string> = {};
          for (const tag of tags) {
            await Promise.race([customElements.whenDefined(tag), new Promise((done) => setTimeout(done, 5_000))]);
            const element = document.querySelector(tag) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
            await element?.updateComplete;
            if (customElements.get(tag) === undefined) result[tag] = 'not defined';
            else result[tag] = element?.shadowRoot?.textContent?.trim() ? 'rendered' : 'empty shadow root';
          }
          return result;
        }, entry.defines);
        expect(rendered).toEqual(Object.fromEntries(entry.defines.map((tag) => [tag, 'rendered'])));
        if (entry.specifier === '@ijm/widgets') {
          // The classes entry defines nothing by itself.
          const ourTags = await page.evaluate(() =>
            ['ijm-tier-badge', 'ijm-newsletter-signup'].filter((tag) => customElements.get(tag) !== undefined),
          );
          expect(ourTags).toEqual([]);
        }
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});

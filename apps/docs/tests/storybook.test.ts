import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveStatic } from '@ijm/browser-testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The static Storybook build, served and opened in Chromium: a story that builds but renders blank has happened on
// this stack (a `sideEffects` list that dropped `customElements.define`), so every story must render a defined element.
const staticDir = fileURLToPath(new URL('../storybook-static', import.meta.url));
const index = JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8')) as {
  entries: Record<string, { id: string; type: 'story' | 'docs'; title: string }>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serveStatic({ '/': staticDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openStory(id: string) {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The a11y addon runs axe on every render by itself; `manual` stops that so the run below is the only one.
  await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story&globals=a11y.manual:!true`);
  await page.waitForFunction(
    () => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'),
  );
  return { page, errors };
}

describe('Storybook static build', () => {
  it('has stories', () => {
    expect(stories.map((story) => story.id)).toContain('data-tier-badge--watch-list');
  });

  it('renders the tier badge story with its text', async () => {
    const { page, errors } = await openStory('data-tier-badge--watch-list');
    const badge = page.locator('ijm-tier-badge [part="badge"]');
    await badge.waitFor();
    expect(await badge.textContent()).toContain('Tier 2 Watch List');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(stories.map((story) => [story.id]))(
    'renders %s: defined elements, no error, no sideways scroll, no axe violation',
    async (id) => {
      const { page, errors } = await openStory(id);
      // Widgets may render after an await (a Malay catalog, the tier dataset): give them a moment, then judge.
      // A story that presses through a widget's steps marks it `data-story-pending` until its last press.
      await page
        .waitForFunction(
          () =>
            [...document.querySelectorAll('#storybook-root *')]
              .filter((element) => element.localName.startsWith('ijm-'))
              .every((element) => (element.shadowRoot?.childElementCount ?? 0) > 0) &&
            document.querySelector('#storybook-root [data-story-pending]') === null,
          undefined,
          { timeout: 10_000 },
        )
        .catch(() => undefined);
      const state = await page.evaluate(() => {
        const root = document.querySelector('#storybook-root');
        const elements = [...(root?.querySelectorAll('*') ?? [])].filter((element) =>
          element.localName.startsWith('ijm-'),
        );
        return {
          errorShown: document.body.classList.contains('sb-show-errordisplay'),
          elements: elements.length,
          undefinedElements: elements
            .filter((element) => !customElements.get(element.localName))
            .map((e) => e.localName),
          emptyShadows: elements.filter((element) => (element.shadowRoot?.childElementCount ?? 0) === 0).length,
          // A story whose presses failed never reaches the step it shows.
          pending: root?.querySelectorAll('[data-story-pending]').length ?? 0,
          // A widget that makes the page scroll sideways breaks every page it is on (a right-to-left section did).
          overflow: Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth),
        };
      });
      expect(state.overflow, 'the page is wider than its window').toBe(0);
      expect(state.errorShown).toBe(false);
      expect(state.elements).toBeGreaterThan(0);
      expect(state.undefinedElements).toEqual([]);
      expect(state.emptyShadows).toBe(0);
      expect(state.pending, 'the story did not reach its step').toBe(0);
      expect(errors).toEqual([]);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
        const results = await axe.run('#storybook-root', { resultTypes: ['violations'] });
        return results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      });
      expect(violations).toEqual([]);
      await page.close();
    },
  );
});

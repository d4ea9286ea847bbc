// What every consumer test does with an app it built: its HTML page, Vite's production build as the `vite build`
// command runs it, and the built app opened in Chromium under the demo's strict CSP with its errors and warnings kept.
import { serveStatic } from '@ijm/browser-testing';
import { contentSecurityPolicy } from '@ijm/demo/site.mjs';
import type { Browser, Page } from 'playwright-core';
import { type InlineConfig, build as viteBuild } from 'vite';

/** An app's page: `script` in the head, `body` as its body. */
export function appPage(body: string, script: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>App</title>${script}</head><body>${body}</body></html>`;
}

/**
 * `vite build` as its command runs it: the command sets NODE_ENV to production before Vite resolves any package's
 * `development` or `production` export condition, and vitest has set it to `test`.
 */
export async function productionViteBuild(config: InlineConfig): Promise<void> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await viteBuild({ ...config, mode: 'production' });
  } finally {
    process.env.NODE_ENV = before;
  }
}

export interface OpenedApp {
  readonly page: Page;
  /** Page errors, console errors and console warnings, as they happen. */
  readonly problems: string[];
  readonly close: () => Promise<void>;
}

/** Serves the built app in `out` under the demo's Content-Security-Policy and opens its index.html. */
export async function openUnderCsp(browser: Browser, out: string): Promise<OpenedApp> {
  const site = await serveStatic({ '/': out }, { headers: { 'Content-Security-Policy': contentSecurityPolicy() } });
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
  });
  const close = async () => {
    await page.close();
    await site.close();
  };
  try {
    await page.goto(`${site.url}/index.html`);
  } catch (error) {
    await close();
    throw error;
  }
  return { page, problems, close };
}

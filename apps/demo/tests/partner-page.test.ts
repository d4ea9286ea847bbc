import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from '@ijm/browser-testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite } from '../site.mjs';
import { watchProblems } from './demo-site.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  site = await startSite({ secondCopyOfWidgetsAt: '/other-copy-of-widgets' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the article, recording every CSP violation, page error and console error. */
async function openArticle(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems = await watchProblems(page);
  const response = await page.goto(`${site.url}/`);
  expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
  await page.waitForFunction(() => customElements.get('ijm-tier-badge') !== undefined);
  return { page, problems };
}

function badgeText(page: Page, selector: string) {
  return page.locator(`${selector} [part="badge"]`).textContent();
}

describe('demo partner page', () => {
  it('renders the tier badges from one script tag, under a strict CSP with Trusted Types, without a violation', async () => {
    const { page, problems } = await openArticle();
    expect(await badgeText(page, '#badge-2021')).toContain('Tier 3');
    expect(await badgeText(page, '#badge-2020')).toContain('Tier 2 Watch List');
    expect(await page.locator('ijm-tier-badge').count()).toBeGreaterThanOrEqual(7);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('renders the tier history chart and a looked-up badge from the on-demand dataset, without a CSP violation', async () => {
    const { page, problems } = await openArticle();
    await page.waitForFunction(() => customElements.get('ijm-tier-history') !== undefined);
    await expect.poll(() => badgeText(page, '#badge-2022')).toBe('Tier 3');
    const chart = page.locator('#history-mys');
    await chart.locator('svg[role="group"]').waitFor();
    expect(await chart.locator('[part="caption"]').textContent()).toContain('Malaysia');
    const tierIn = (year: number) =>
      chart
        .locator('[part="table"] tbody tr')
        .filter({ has: page.locator('th', { hasText: String(year) }) })
        .locator('td')
        .first()
        .textContent();
    expect(await tierIn(2014)).toBe('Tier 3');
    expect(await tierIn(2020)).toBe('Tier 2 Watch List');
    expect(await tierIn(2021)).toBe('Tier 3');
    expect(await tierIn(2022)).toBe('Tier 3');
    // The callout is positioned through the CSSOM, which the page's style-src allows; a style attribute would not be.
    await chart.locator('[data-year="2021"]').focus();
    expect(await chart.locator('[part="callout"]').textContent()).toContain('Tier 3');
    // The point cites the report in words; the callout's evidence comes from the citations chunk, also under the CSP.
    expect(await chart.locator('[data-year="2021"]').getAttribute('aria-label')).toBe(
      '2021: Tier 3. Source: 2021 TIP Report',
    );
    await expect
      .poll(() => chart.locator('[part="callout"]').textContent())
      .toMatch(/Source: 2021 Trafficking in Persons Report, US Department of State\s*Evidence:\s+\S/);
    // The sources footnote loads its own chunk, also under the CSP.
    await chart.locator('[part="sources"] summary').click();
    await chart.locator('.source-list li').first().waitFor();
    await chart.locator('[part="table-toggle"]').click();
    expect(await chart.locator('[part="table-toggle"]').getAttribute('aria-expanded')).toBe('true');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('localizes badges inside a section with another lang', async () => {
    const { page } = await openArticle();
    expect(await badgeText(page, 'section[lang="ms"] ijm-tier-badge[tier="2WL"]')).toContain(
      'Senarai Pemerhatian Tahap 2',
    );
    await page.close();
  });

  it('survives a second copy of the bundle on the same page: warns once, keeps working', async () => {
    const { page, problems } = await openArticle();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    // A string, so the test runner does not rewrite `import()`: the page itself loads a second copy.
    await page.evaluate("import('/other-copy-of-widgets/embed.js')");
    await page.evaluate(() => {
      const badge = document.createElement('ijm-tier-badge');
      badge.setAttribute('tier', '1');
      badge.id = 'late';
      document.querySelector('main')?.append(badge);
    });
    expect(await badgeText(page, '#late')).toContain('Tier 1');
    // Once per element the second copy would define (the embed defines several), never twice for one tag.
    const warnedTags = warnings.filter((text) => text.includes('already defined')).map((text) => text.split('>')[0]);
    expect(warnedTags).toContain('<ijm-tier-badge');
    expect(new Set(warnedTags).size).toBe(warnedTags.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has no accessibility violations (axe, whole page)', async () => {
    // axe needs to inject and evaluate its own code, which the page's CSP rightly forbids; this context bypasses
    // the CSP for the audit only.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.waitForFunction(() => customElements.get('ijm-tier-badge') !== undefined);
    // Audit the drawn chart, not its loading placeholder.
    await page.locator('#history-mys svg[role="group"]').waitFor();
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await axe.run(document, { resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});

// @ijm/react as a React app meets it: the packed package (with react and react-dom, its peers) in the temporary app's
// node_modules, a JSX app built by esbuild and by Vite, opened in Chromium under the demo's strict CSP. The wrappers
// must define their elements, pass props as properties, and call the app's on… props with the elements' events.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '@ijm/browser-testing';
import * as esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appPage, openUnderCsp, productionViteBuild } from './app.js';

const appDir = inject('appDir');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// Without `endpoint`, pressing "Sign up" on an empty form makes the element dispatch `ijm-invalid`; the app shows
// which fields it named.
const app = `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { NewsletterSignup } from '@ijm/react/newsletter-signup';
import { TierBadge } from '@ijm/react/tier-badge';

function App() {
  const [invalid, setInvalid] = useState('');
  return (
    <main>
      <p>Malaysia in 2020: <TierBadge tier="2WL" id="badge" /></p>
      <NewsletterSignup id="form" consentVersion="app-1" headingLevel={2}
        onIjmInvalid={(event) => setInvalid(event.detail.errors.map((error) => error.field).join(','))} />
      <output id="invalid">{invalid}</output>
    </main>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`;

const root = '<div id="root"></div>';

const builds: Record<string, (source: string, out: string) => Promise<void>> = {
  async esbuild(source, out) {
    await esbuild.build({
      entryPoints: [join(source, 'main.jsx')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      jsx: 'automatic',
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      outfile: join(out, 'main.js'),
      logLevel: 'silent',
    });
    writeFileSync(join(out, 'index.html'), appPage(root, '<script type="module" src="./main.js"></script>'));
  },
  async 'vite app'(source, out) {
    writeFileSync(join(source, 'index.html'), appPage(root, '<script type="module" src="./main.jsx"></script>'));
    await productionViteBuild({
      root: source,
      base: './',
      configFile: false,
      logLevel: 'silent',
      esbuild: { jsx: 'automatic' },
      build: { outDir: out, emptyOutDir: true },
    });
  },
};

describe.each(Object.keys(builds))('a React app built by %s', (name) => {
  it('renders the wrappers’ elements from props and receives their events as on… props', async () => {
    const source = join(appDir, 'apps', 'react', name.replace(' ', '-'));
    const out = join(source, 'dist');
    mkdirSync(source, { recursive: true });
    writeFileSync(join(source, 'main.jsx'), app);
    await builds[name]?.(source, out);

    const { page, problems, close } = await openUnderCsp(browser, out);
    try {
      await page.waitForFunction(() =>
        document.querySelector('#badge')?.shadowRoot?.textContent?.includes('Tier 2 Watch List'),
      );
      const form = page.locator('#form');
      await form.getByRole('button', { name: 'Sign up' }).click();
      await expect.poll(() => page.locator('#invalid').textContent()).toContain('email');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

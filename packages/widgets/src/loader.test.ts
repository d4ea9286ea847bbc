import { describe, expect, it, vi } from 'vitest';
import packageJson from '../package.json';
import sizeBudgets from '../size-budgets.json';
import embedSource from './embed.ts?raw';
import indexSource from './index.ts?raw';

// Adding a widget touches five lists: the define modules are the source of truth, and each other list must agree.
const elementNames = Object.keys(import.meta.glob('./define/*.ts'))
  .map((path) => path.replace('./define/', '').replace(/\.ts$/, ''))
  .sort();

describe('every list of elements agrees with the define modules', () => {
  it('the loader knows every element that has a define module', async () => {
    const { loadableTags } = await import('./loader.js');
    expect([...loadableTags].sort()).toEqual(elementNames.map((name) => `ijm-${name}`));
  });

  it('the embed bundle defines each of them', () => {
    const imported = [...embedSource.matchAll(/import '\.\/define\/([\w-]+)\.js';/g)].map((match) => match[1]);
    expect(imported.sort()).toEqual(elementNames);
  });

  it('the package index exports each class, and the package exports a subpath for each', () => {
    const classOf = (name: string) =>
      `Ijm${name.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase())}`;
    for (const name of elementNames) expect(indexSource, name).toContain(`export { ${classOf(name)} }`);
    const subpaths = Object.keys(packageJson.exports).filter((key) => /^\.\/[\w-]+$/.test(key) && key !== './embed');
    // `./icons` (and `./icons/*`, which the pattern above skips) hold icon data, not elements.
    const elements = subpaths.filter((key) => !['./loader', './package.json', './icons'].includes(key));
    expect(elements.map((key) => key.slice(2)).sort()).toEqual(elementNames);
  });

  it('a size budget covers each element on its own', () => {
    for (const name of elementNames)
      expect(
        sizeBudgets.budgets.some((budget) => budget.entries?.includes(`define/${name}.js`)),
        `a budget with define/${name}.js`,
      ).toBe(true);
  });
});

describe('loader', () => {
  it('defines an element only once one appears in the page', async () => {
    // The first test imported the loader with no ijm element in the page, so nothing may be defined yet.
    expect(customElements.get('ijm-tier-badge')).toBeUndefined();
    const badge = document.createElement('ijm-tier-badge');
    badge.setAttribute('tier', '1');
    document.body.append(badge);
    await vi.waitFor(() => expect(customElements.get('ijm-tier-badge')).toBeDefined());
    await customElements.whenDefined('ijm-tier-badge');
    await (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(badge.shadowRoot?.textContent).toContain('Tier 1');
    badge.remove();
  });

  it('defines an element added far below the fold only when it comes near the viewport', async () => {
    const { lazyRootMargin, restRequested } = await import('./loader.js');
    // After the idle moment that defines what the page held at its load: from then on, only the viewport decides.
    await restRequested;
    const spacer = document.createElement('div');
    spacer.style.blockSize = '500vh';
    const links = document.createElement('ijm-follow-links');
    links.setAttribute('facebook', 'https://www.facebook.com/IJM');
    document.body.append(spacer, links);
    // An observer like the loader's has reported the element out of reach: so has the loader's, which came first.
    await new Promise<void>((resolve) => {
      const probe = new IntersectionObserver(
        (entries) => {
          expect(entries[0]?.isIntersecting).toBe(false);
          probe.disconnect();
          resolve();
        },
        { rootMargin: lazyRootMargin },
      );
      probe.observe(links);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(customElements.get('ijm-follow-links')).toBeUndefined();

    links.scrollIntoView();
    await vi.waitFor(() => expect(customElements.get('ijm-follow-links')).toBeDefined());
    spacer.remove();
    links.remove();
    scrollTo(0, 0);
  });

  it('defines the quick exit at once, even far below the fold: a way out must work from the first moment', async () => {
    const spacer = document.createElement('div');
    spacer.style.blockSize = '500vh';
    const exit = document.createElement('ijm-quick-exit');
    document.body.append(spacer, exit);
    await vi.waitFor(() => expect(customElements.get('ijm-quick-exit')).toBeDefined());
    spacer.remove();
    exit.remove();
  });

  it('defines two elements that appear together in separate tasks, each with its first render', async () => {
    const watched = ['ijm-media-contact', 'ijm-newsletter-signup'];
    // Set when one of them is defined; cleared by the next task. Seeing it set at a define means the same task.
    let definedThisTask: string | undefined;
    const sameTask: string[] = [];
    const define = customElements.define.bind(customElements);
    customElements.define = (name, elementClass, options) => {
      if (watched.includes(name)) {
        if (definedThisTask !== undefined) sameTask.push(`${definedThisTask} and ${name}`);
        definedThisTask = name;
        setTimeout(() => {
          definedThisTask = undefined;
        }, 0);
      }
      define(name, elementClass, options);
    };
    try {
      const forms = watched.map((tag) => document.createElement(tag));
      document.body.append(...forms);
      await vi.waitFor(() => expect(watched.every((tag) => customElements.get(tag) !== undefined)).toBe(true), {
        timeout: 5000,
      });
      expect(sameTask).toEqual([]);
      for (const form of forms) expect(form.shadowRoot?.childElementCount).toBeGreaterThan(0);
      for (const form of forms) form.remove();
    } finally {
      customElements.define = define;
    }
  });
});

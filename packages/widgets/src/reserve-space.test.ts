// reserve-space.css gives each element its space before it is defined. Badges with a `tier` must take exactly the
// size they will have, in each language, or the line they sit in moves when the script arrives; the words the
// stylesheet shows must be the element's own. (This file runs in its own frame: nothing is defined until it says.)
import { TIERS } from '@ijm/core/tiers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tierNames } from './kit/tier-names.js';
import stylesheet from './reserve-space.css?raw';

const locales = ['en', 'ms', 'es'] as const;
let style: HTMLStyleElement;

beforeAll(() => {
  style = document.createElement('style');
  style.textContent = stylesheet;
  document.head.append(style);
});
afterAll(() => style.remove());

/** Badges for every tier in every locale, in a paragraph of body text of the locale's language. */
function badges(fontSize = '1.25rem'): HTMLElement[] {
  const all: HTMLElement[] = [];
  for (const locale of locales) {
    const paragraph = document.createElement('p');
    paragraph.lang = locale;
    paragraph.style.fontSize = fontSize;
    for (const tier of TIERS) {
      const badge = document.createElement('ijm-tier-badge');
      badge.setAttribute('tier', tier);
      paragraph.append('In 2021 it was placed in ', badge, ' again. ');
      all.push(badge);
    }
    document.body.append(paragraph);
  }
  return all;
}

const box = (element: Element) => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x, y, width, height };
};

describe('reserve-space.css', () => {
  it('shows the same words as the element, for every tier in every locale', () => {
    for (const locale of locales)
      for (const tier of TIERS) {
        const selector = `ijm-tier-badge[tier="${tier}" i]:not([country]):not(:defined)${locale === 'en' ? '' : `:lang(${locale})`}::before {\n  content: "${tierNames[locale](tier)}";\n}`;
        expect(stylesheet, `${locale} ${tier}`).toContain(selector);
      }
  });

  it('gives each undefined badge the box, and each word of the paragraph the place, it keeps once defined', async () => {
    const all = badges();
    expect(customElements.get('ijm-tier-badge')).toBeUndefined();
    const reserved = all.map(box);
    const paragraphs = [...document.querySelectorAll('p')].map(box);
    for (const [index, badge] of all.entries())
      expect(getComputedStyle(badge, '::before').content, `badge ${index}`).not.toBe('none');

    await import('./define/tier-badge.js');
    await Promise.all(all.map((badge) => (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    for (const [index, badge] of all.entries()) {
      const defined = box(badge);
      const before = reserved[index];
      for (const side of ['x', 'y', 'width', 'height'] as const)
        expect(
          Math.abs(defined[side] - (before?.[side] ?? Number.NaN)),
          `${badge.closest('p')?.lang} ${badge.getAttribute('tier')} ${side}`,
        ).toBeLessThan(0.5);
    }
    expect([...document.querySelectorAll('p')].map(box)).toEqual(paragraphs);
  });

  it('reserves a block for each element below the fold, and nothing in the flow for the quick exit in its corner', () => {
    const chart = document.createElement('ijm-tier-history');
    const exit = document.createElement('ijm-quick-exit');
    const inlineExit = document.createElement('ijm-quick-exit');
    inlineExit.setAttribute('inline', '');
    document.body.append(chart, exit, inlineExit);
    expect(box(chart).height).toBeGreaterThan(200);
    expect(box(exit).height).toBe(0);
    expect(box(inlineExit).height).toBeGreaterThan(40);
    chart.setAttribute('style', '--ijm-reserve-block-size: 10rem');
    expect(box(chart).height).toBe(160);
    for (const element of [chart, exit, inlineExit]) element.remove();
  });
});

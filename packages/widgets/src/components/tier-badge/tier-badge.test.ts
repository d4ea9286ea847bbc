import { getHistory, TIERS } from '@ijm/core/tiers';
import { describe, expect, it, vi } from 'vitest';
import '../../define/tier-badge.js';
import { defineElement } from '../../kit/define.js';
import { tierDataRequested } from '../../kit/tier-data.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { fixture } from '../../test/fixture.js';
import { IjmTierBadge } from './tier-badge.js';

// The dataset chunk waits for this gate, so the loading state can be seen and measured; the tests of plain badges
// run first and must never reach it.
let openGate: () => void = () => {};
const gate = new Promise<void>((resolve) => {
  openGate = resolve;
});
vi.mock('../../kit/tier-dataset.js', async (importOriginal) => {
  await gate;
  return importOriginal();
});

async function lookedUp(markup: string, attributes: Record<string, string> = {}): Promise<IjmTierBadge> {
  const badge = await fixture<IjmTierBadge>(markup, attributes);
  await vi.waitFor(() => expect(badge.dataState).toBe('ready'));
  await badge.updateComplete;
  return badge;
}

function badgeText(element: IjmTierBadge): string {
  return element.shadowRoot?.querySelector('[part="badge"]')?.textContent?.trim() ?? '';
}

describe('<ijm-tier-badge>', () => {
  it('shows the tier in words', async () => {
    const badge = await fixture<IjmTierBadge>('<ijm-tier-badge tier="2WL"></ijm-tier-badge>');
    expect(badge).toBeInstanceOf(IjmTierBadge);
    expect(badgeText(badge)).toBe('Tier 2 Watch List');
    await expectNoAxeViolations(badge);
  });

  it('is accessible and distinct for every tier', async () => {
    const markers = new Set<string>();
    for (const tier of TIERS) {
      const badge = await fixture<IjmTierBadge>(`<ijm-tier-badge tier="${tier}"></ijm-tier-badge>`);
      await expectNoAxeViolations(badge);
      const marker = badge.shadowRoot?.querySelector('.marker');
      expect(marker?.getAttribute('aria-hidden')).toBe('true');
      const style = getComputedStyle(marker as Element);
      markers.add(`${style.clipPath}|${style.borderRadius}|${style.borderStyle}`);
    }
    // Shape differs per tier, so the badge never relies on colour alone.
    expect(markers.size).toBe(TIERS.length);
  });

  it('says plainly when the tier is not known, instead of guessing', async () => {
    const badge = await fixture<IjmTierBadge>('<ijm-tier-badge tier="4"></ijm-tier-badge>');
    expect(badge.shownTier).toBeUndefined();
    expect(badgeText(badge)).toBe('Tier not known');
    await expectNoAxeViolations(badge);
  });

  it('updates when the tier changes', async () => {
    const badge = await fixture<IjmTierBadge>('<ijm-tier-badge tier="1"></ijm-tier-badge>');
    badge.tier = '3';
    await badge.updateComplete;
    expect(badgeText(badge)).toBe('Tier 3');
    expect(badge.getAttribute('tier')).toBe('3');
  });

  it('follows the closest lang, and the host can override a message', async () => {
    const badge = await fixture<IjmTierBadge>('<ijm-tier-badge tier="2WL"></ijm-tier-badge>', { lang: 'es-419' });
    expect(badgeText(badge)).toBe('Nivel 2 en Lista de Vigilancia');
    badge.parentElement?.setAttribute('lang', 'ms');
    await vi.waitFor(() => expect(badgeText(badge)).toBe('Senarai Pemerhatian Tahap 2'));
    badge.messages = { unknownTier: 'Unrated' };
    badge.tier = 'x';
    await badge.updateComplete;
    expect(badgeText(badge)).toBe('Unrated');
  });

  it('renders a script payload in an attribute as inert text', async () => {
    const badge = await fixture<IjmTierBadge>('<ijm-tier-badge></ijm-tier-badge>');
    badge.setAttribute('tier', '<img src=x onerror="window.__pwned=1">');
    await badge.updateComplete;
    expect(badge.shadowRoot?.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('<ijm-tier-badge country year>', () => {
  it('never loads the dataset for plain tier badges', async () => {
    // Every test above rendered plain badges only.
    for (const tier of [...TIERS, 'unknown']) {
      const badge = await fixture<IjmTierBadge>(`<ijm-tier-badge tier="${tier}"></ijm-tier-badge>`);
      expect(badge.dataState).toBe('idle');
      expect(badge.matches(':state(loading)')).toBe(false);
    }
    expect(tierDataRequested()).toBe(false);
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('tier-dataset'))).toBe(false);
  });

  it('reserves its height and says it is loading until the dataset arrives', async () => {
    const badge = await fixture<IjmTierBadge>('<ijm-tier-badge country="MYS" year="2022"></ijm-tier-badge>');
    expect(tierDataRequested()).toBe(true);
    expect(badge.dataState).toBe('loading');
    expect(badge.matches(':state(loading)')).toBe(true);
    const frame = badge.shadowRoot?.querySelector('[part="badge"]');
    expect(frame?.getAttribute('aria-busy')).toBe('true');
    expect(frame?.textContent).toContain('Loading tier');
    const loadingHeight = badge.getBoundingClientRect().height;
    await expectNoAxeViolations(badge);
    openGate();
    await vi.waitFor(() => expect(badgeText(badge)).toBe('Tier 3'));
    expect(badge.matches(':state(ready)')).toBe(true);
    expect(badge.getBoundingClientRect().height).toBeCloseTo(loadingHeight, 1);
  });

  it('looks up a placement by code in any case, or by English name', async () => {
    const cases: [string, string, string][] = [
      ['MYS', '2022', 'Tier 3'],
      ['my', '2020', 'Tier 2 Watch List'],
      ['Malaysia', '2014', 'Tier 3'],
      [' mys ', ' 2021 ', 'Tier 3'],
    ];
    for (const [country, year, text] of cases) {
      const badge = await lookedUp(`<ijm-tier-badge country="${country}" year="${year}"></ijm-tier-badge>`);
      expect(badgeText(badge)).toBe(text);
      expect(badge.placement?.status).toBe('known');
      await expectNoAxeViolations(badge);
    }
  });

  it('says "not known" for a year the dataset lacks, rather than guessing', async () => {
    const history = getHistory('MYS');
    const unknown = history.ok
      ? history.value.placements.find((placement) => placement.status === 'unknown')
      : undefined;
    if (unknown === undefined) throw new Error('Malaysia should have an unknown year in the data');
    const badge = await lookedUp(`<ijm-tier-badge country="MYS" year="${unknown.year}"></ijm-tier-badge>`);
    expect(badgeText(badge)).toBe('Tier not known');
    expect(badge.shownTier).toBeUndefined();
    expect(badge.placement?.status).toBe('unknown');
    await expectNoAxeViolations(badge);
  });

  it('gives a clear message for an unknown country, a year with no report, or no year', async () => {
    const cases: [string, string][] = [
      ['country="ZZZ" year="2020"', 'Unknown country “ZZZ”'],
      ['country="MYS" year="1999"', 'No TIP report for “1999”'],
      ['country="MYS" year="last year"', 'No TIP report for “last year”'],
    ];
    for (const [attributes, text] of cases) {
      const badge = await lookedUp(`<ijm-tier-badge ${attributes}></ijm-tier-badge>`);
      expect(badgeText(badge)).toBe(text);
      expect(badge.shownTier).toBeUndefined();
      await expectNoAxeViolations(badge);
    }
    const noYear = await fixture<IjmTierBadge>('<ijm-tier-badge country="MYS"></ijm-tier-badge>');
    expect(badgeText(noYear)).toBe('Report year needed');
  });

  it('localizes looked-up tiers and messages', async () => {
    const malay = await lookedUp('<ijm-tier-badge country="MYS" year="2020"></ijm-tier-badge>', { lang: 'ms' });
    expect(badgeText(malay)).toBe('Senarai Pemerhatian Tahap 2');
    const spanish = await lookedUp('<ijm-tier-badge country="ZZZ" year="2020"></ijm-tier-badge>', { lang: 'es' });
    expect(badgeText(spanish)).toBe('País desconocido «ZZZ»');
  });

  it('lets the host override the lookup messages as well', async () => {
    const badge = await lookedUp('<ijm-tier-badge country="ZZZ" year="2020"></ijm-tier-badge>');
    badge.messages = { unknownCountry: (input) => `No such country: ${input}` };
    await badge.updateComplete;
    expect(badgeText(badge)).toBe('No such country: ZZZ');
    badge.messages = { yearNeeded: 'Which year?' };
    badge.removeAttribute('year');
    await badge.updateComplete;
    expect(badgeText(badge)).toBe('Which year?');
  });

  it('goes back to the plain tier when the country is removed, and renders a payload as text', async () => {
    const badge = await lookedUp('<ijm-tier-badge tier="1" country="MYS" year="2021"></ijm-tier-badge>');
    expect(badgeText(badge)).toBe('Tier 3');
    badge.removeAttribute('country');
    await badge.updateComplete;
    expect(badgeText(badge)).toBe('Tier 1');
    expect(badge.dataState).toBe('idle');
    badge.setAttribute('country', '<img src=x onerror="window.__pwnedBadge=1">');
    badge.setAttribute('year', '2021');
    await badge.updateComplete;
    expect(badgeText(badge)).toBe('Unknown country “<img src=x onerror="window.__pwnedBadge=1">”');
    expect(badge.shadowRoot?.querySelector('img')).toBeNull();
    expect((window as { __pwnedBadge?: number }).__pwnedBadge).toBeUndefined();
  });
});

describe('defineElement', () => {
  it('warns once and keeps the first definition when a tag is defined twice', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class Other extends HTMLElement {}
    expect(() => defineElement('ijm-tier-badge', Other)).not.toThrow();
    defineElement('ijm-tier-badge', Other);
    expect(customElements.get('ijm-tier-badge')).toBe(IjmTierBadge);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

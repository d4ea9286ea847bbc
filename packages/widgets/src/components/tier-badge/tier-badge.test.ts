import { getHistory, TIERS, type Tier } from '@ijm/core/tiers';
import { render } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import '../../define/tier-badge.js';
import { defineElement } from '../../kit/define.js';
import { tierDataRequested } from '../../kit/tier-data.js';
import { marker } from '../../kit/tier-marker.js';
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

/** The marker's shape as markup, without Lit's comment markers. */
function shapeOf(icon: Element | null | undefined): string {
  return (icon?.innerHTML ?? '').replace(/<!--[^>]*-->/g, '').trim();
}

/** The kit's marker for a tier, rendered alone. */
function kitMarker(tier: Tier): string {
  const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  render(marker(tier), icon);
  return shapeOf(icon);
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

  it('is accessible and distinct for every tier, with the same marker shape as the chart', async () => {
    const markers = new Set<string>();
    for (const tier of TIERS) {
      const badge = await fixture<IjmTierBadge>(`<ijm-tier-badge tier="${tier}"></ijm-tier-badge>`);
      await expectNoAxeViolations(badge);
      const icon = badge.shadowRoot?.querySelector('svg');
      expect(icon?.getAttribute('aria-hidden')).toBe('true');
      // One shape, drawn from the kit's definition, which the chart uses too.
      expect(icon?.children).toHaveLength(1);
      expect(shapeOf(icon)).toBe(kitMarker(tier));
      expect(icon?.getBoundingClientRect().width).toBeGreaterThan(0);
      markers.add(shapeOf(icon));
    }
    // Shape differs per tier, so the badge never relies on colour alone.
    expect(markers.size).toBe(TIERS.length);
  });

  it('shows the ring for a tier not known, as for a Special Case', async () => {
    const unknown = await fixture<IjmTierBadge>('<ijm-tier-badge tier="4"></ijm-tier-badge>');
    expect(shapeOf(unknown.shadowRoot?.querySelector('svg'))).toBe(kitMarker('special'));
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
    // The marker's box holds its place, empty.
    const icon = frame?.querySelector('svg');
    expect(icon?.children).toHaveLength(0);
    expect(icon?.getBoundingClientRect().width).toBeGreaterThan(0);
    await expectNoAxeViolations(badge);
    openGate();
    await vi.waitFor(() => expect(badgeText(badge)).toBe('Tier 3'));
    expect(shapeOf(frame?.querySelector('svg'))).toBe(kitMarker('3'));
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
    // Austria: one of the 2025 Tier 1 countries known only by count.
    const history = getHistory('AUT');
    const unknown = history.ok
      ? history.value.placements.find((placement) => placement.status === 'unknown')
      : undefined;
    if (unknown === undefined) throw new Error('Austria should have an unknown year in the data');
    const badge = await lookedUp(`<ijm-tier-badge country="AUT" year="${unknown.year}"></ijm-tier-badge>`);
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

/** What a JavaScript caller might pass by mistake (a number, a parse failure, an empty or huge string, a payload). */
const HOSTILE: readonly unknown[] = [
  123,
  1,
  2020,
  null,
  undefined,
  {},
  [],
  true,
  Number.NaN,
  '',
  ' ',
  '<img src=x onerror=alert(1)>',
  'x'.repeat(100_000),
];

const describeValue = (value: unknown): string =>
  typeof value === 'string'
    ? JSON.stringify(value.length > 40 ? `${value.slice(0, 10)}… (${value.length})` : value)
    : Array.isArray(value)
      ? `[${value.join(', ')}]`
      : value !== null && typeof value === 'object'
        ? '{}'
        : String(value);

/**
 * Sets each hostile value on one element's property, in turn, and checks after each what must always hold: no
 * throw, an update that completes, no unhandled rejection, a rendered shadow root, no axe violation, and what
 * `expectShown` says the value should show. Returns the console warnings, to count.
 */
async function probe(
  element: IjmTierBadge,
  property: string,
  expectShown: (value: unknown, name: string) => void,
): Promise<string[]> {
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => {
    rejections.push(event.reason);
    event.preventDefault();
  };
  window.addEventListener('unhandledrejection', onRejection);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    for (const value of HOSTILE) {
      const name = `${property} = ${describeValue(value)}`;
      expect(() => {
        (element as unknown as Record<string, unknown>)[property] = value;
      }, name).not.toThrow();
      await expect(element.updateComplete, name).resolves.toBe(true);
      await new Promise((resolve) => setTimeout(resolve));
      expect(rejections, name).toEqual([]);
      expect(element.shadowRoot?.querySelector('[part="badge"]'), name).not.toBeNull();
      expect(element.shadowRoot?.querySelector('img'), name).toBeNull();
      expectShown(value, name);
      await expectNoAxeViolations(element);
    }
    return warn.mock.calls.map((args) => args.join(' '));
  } finally {
    warn.mockRestore();
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

/** A finite number or a string with more than blanks: what the badge reads as text. */
const isText = (value: unknown) => Number.isFinite(value) || (typeof value === 'string' && value.trim() !== '');

describe('<ijm-tier-badge> set through properties to any JavaScript value', () => {
  it('reads a number as its string form: tier = 1 is Tier 1, year = 2020 is the 2020 report', async () => {
    const badge = await fixture<IjmTierBadge>('<ijm-tier-badge></ijm-tier-badge>');
    (badge as unknown as { tier: unknown }).tier = 1;
    await badge.updateComplete;
    expect(badgeText(badge)).toBe('Tier 1');
    expect(badge.shownTier).toBe('1');
    expect(badge.getAttribute('tier')).toBe('1');
    badge.country = 'MYS';
    badge.year = 2020;
    await vi.waitFor(() => expect(badgeText(badge)).toBe('Tier 2 Watch List'));
    badge.year = '2021';
    await badge.updateComplete;
    expect(badgeText(badge)).toBe('Tier 3');
    badge.year = 2021;
    await badge.updateComplete;
    expect(badgeText(badge)).toBe('Tier 3');
    expect(badge.placement?.year).toBe(2021);
  });

  it('shows the tier, or "not known", for any tier value, and warns once about values that are no text', async () => {
    const badge = await fixture<IjmTierBadge>('<ijm-tier-badge></ijm-tier-badge>');
    const warnings = await probe(badge, 'tier', (value, name) => {
      expect(badgeText(badge), name).toBe(value === 1 ? 'Tier 1' : 'Tier not known');
      expect(badge.shownTier, name).toBe(value === 1 ? '1' : undefined);
      expect(badge.dataState, name).toBe('idle');
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/<ijm-tier-badge>.*\btier\b.*\bobject\b/);
  });

  it('names a country it does not know, or falls back to the tier, for any country value', async () => {
    const badge = await lookedUp('<ijm-tier-badge tier="2" country="MYS" year="2022"></ijm-tier-badge>');
    const warnings = await probe(badge, 'country', (value, name) => {
      expect(badgeText(badge), name).toBe(isText(value) ? `Unknown country “${String(value).trim()}”` : 'Tier 2');
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/<ijm-tier-badge>.*\bcountry\b.*\bobject\b/);
  });

  it('looks the year up, names a year with no report, or asks for one, for any year value', async () => {
    const badge = await lookedUp('<ijm-tier-badge country="MYS" year="2022"></ijm-tier-badge>');
    const warnings = await probe(badge, 'year', (value, name) => {
      const text =
        value === 2020
          ? 'Tier 2 Watch List'
          : isText(value)
            ? `No TIP report for “${String(value).trim()}”`
            : 'Report year needed';
      expect(badgeText(badge), name).toBe(text);
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/<ijm-tier-badge>.*\byear\b.*\bobject\b/);
  });

  it('keeps its own words when messages is no object, and says so once', async () => {
    const badge = await fixture<IjmTierBadge>('<ijm-tier-badge tier="1"></ijm-tier-badge>');
    const warnings = await probe(badge, 'messages', (_value, name) => {
      expect(badgeText(badge), name).toBe('Tier 1');
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/<ijm-tier-badge>.*\bmessages\b.*\bnumber\b/);
    badge.messages = { tier: () => 'Top tier' };
    await badge.updateComplete;
    expect(badgeText(badge)).toBe('Top tier');
  });

  it('warns once per element and property, not once per page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const first = await fixture<IjmTierBadge>('<ijm-tier-badge></ijm-tier-badge>');
      const second = await fixture<IjmTierBadge>('<ijm-tier-badge></ijm-tier-badge>');
      for (const badge of [first, second, first, second]) {
        (badge as unknown as { tier: unknown; year: unknown }).tier = true;
        (badge as unknown as { tier: unknown; year: unknown }).year = [];
        await badge.updateComplete;
      }
      expect(warn).toHaveBeenCalledTimes(4);
    } finally {
      warn.mockRestore();
    }
  });
});

import { TIERS } from '@ijm/core/tiers';
import { describe, expect, it, vi } from 'vitest';
import '../../define/tier-badge.js';
import { defineElement } from '../../kit/define.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { fixture } from '../../test/fixture.js';
import { IjmTierBadge } from './tier-badge.js';

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

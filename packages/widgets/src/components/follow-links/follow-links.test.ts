import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../define/follow-links.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { fixture } from '../../test/fixture.js';
import type { IjmFollowLinks } from './follow-links.js';

const ADDRESSES = {
  facebook: 'https://www.facebook.com/IJM',
  instagram: 'https://www.instagram.com/ijm/',
  linkedin: 'https://www.linkedin.com/company/international-justice-mission',
  medium: 'https://medium.com/@IJM',
  pinterest: 'https://www.pinterest.com/ijm/',
  x: 'https://x.com/IJM',
  twitter: 'https://twitter.com/IJM',
  rss: 'https://www.ijm.org/news/feed?format=rss',
};
const all = Object.entries(ADDRESSES)
  .map(([network, url]) => `${network}="${url}"`)
  .join(' ');

const links = (element: IjmFollowLinks) => [...(element.shadowRoot?.querySelectorAll('a') ?? [])];
const names = (element: IjmFollowLinks) => links(element).map((link) => link.textContent?.replace(/\s+/g, ' ').trim());

afterEach(() => vi.restoreAllMocks());

describe('<ijm-follow-links>', () => {
  it('links to each network the host gives, in a fixed order, named "IJM on …", with no axe violation', async () => {
    const element = await fixture<IjmFollowLinks>(`<ijm-follow-links ${all}></ijm-follow-links>`);
    expect(element.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim()).toBe('Stay connected');
    expect(names(element)).toEqual([
      'IJM on Facebook',
      'IJM on Instagram',
      'LinkedInIJM on LinkedIn',
      'IJM on Medium',
      'IJM on Pinterest',
      'IJM on X',
      'IJM on Twitter',
      'IJM news feed (RSS)',
    ]);
    for (const name of ['IJM on Facebook', 'IJM on Instagram', 'IJM on LinkedIn', 'IJM on X', 'IJM news feed (RSS)'])
      expect(page.getByRole('link', { name }).elements(), name).toHaveLength(1);
    expect(page.getByRole('list', { name: 'Stay connected' }).elements()).toHaveLength(1);
    // Each mark is downloaded by then; LinkedIn, with none, shows its name.
    expect(
      links(element).map((link) => (link.querySelector('svg') ? 'mark' : link.querySelector('.text')?.textContent)),
    ).toEqual(['mark', 'mark', 'LinkedIn', 'mark', 'mark', 'mark', 'mark', 'mark']);
    await expectNoAxeViolations(element);
  });

  it('uses each address as given: no tracking parameter, no referrer path, the same tab', async () => {
    const element = await fixture<IjmFollowLinks>(`<ijm-follow-links ${all}></ijm-follow-links>`);
    expect(links(element).map((link) => link.getAttribute('href'))).toEqual(Object.values(ADDRESSES));
    for (const link of links(element)) {
      expect(link.hasAttribute('target')).toBe(false);
      expect(link.hasAttribute('rel')).toBe(false);
      expect(link.referrerPolicy).toBe('strict-origin-when-cross-origin');
    }
    // Nothing but the links and their drawings: no script, frame, image or request to a network's site.
    expect(element.shadowRoot?.querySelectorAll('script, iframe, img, link, object, embed')).toHaveLength(0);
    const requested = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).hostname);
    expect(requested.filter((host) => !['localhost', '127.0.0.1'].includes(host))).toEqual([]);
  });

  it('opens in a new tab only when the host says so, with rel="noopener", and says so in each name', async () => {
    const element = await fixture<IjmFollowLinks>(
      `<ijm-follow-links new-tab instagram="${ADDRESSES.instagram}"></ijm-follow-links>`,
    );
    const [link] = links(element) as [HTMLAnchorElement];
    expect([link.target, link.rel]).toEqual(['_blank', 'noopener']);
    expect(page.getByRole('link', { name: 'IJM on Instagram (opens in a new tab)' }).elements()).toHaveLength(1);
    await expectNoAxeViolations(element);
  });

  it('takes only https: addresses, and warns once for each one it leaves out', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await fixture<IjmFollowLinks>(
      `<ijm-follow-links facebook="http://www.facebook.com/IJM" instagram="javascript:alert(1)" medium="/relative"
        pinterest="https://user:secret@pinterest.com/ijm" x="data:text/html,hi" twitter=" " rss="${ADDRESSES.rss}"></ijm-follow-links>`,
    );
    expect(links(element).map((link) => link.getAttribute('href'))).toEqual([ADDRESSES.rss]);
    expect(warn.mock.calls.map((call) => String(call[0]).split(' must')[0])).toEqual([
      '<ijm-follow-links>: facebook',
      '<ijm-follow-links>: instagram',
      '<ijm-follow-links>: medium',
      '<ijm-follow-links>: pinterest',
      '<ijm-follow-links>: x',
    ]);
    // A blank address is no address. Drawn again: no second warning; a value set from JavaScript that is not text is left out the same way.
    element.organization = 'Justice Partners';
    (element as unknown as { facebook: unknown }).facebook = { href: ADDRESSES.facebook };
    await element.updateComplete;
    expect(warn).toHaveBeenCalledTimes(5);
    expect(names(element)).toEqual(['Justice Partners news feed (RSS)']);
  });

  it('draws nothing when no address is usable', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await fixture<IjmFollowLinks>('<ijm-follow-links x="http://x.com/IJM"></ijm-follow-links>');
    expect(element.shadowRoot?.childElementCount).toBe(0);
    expect(warn).toHaveBeenCalledTimes(1);
    const empty = await fixture<IjmFollowLinks>('<ijm-follow-links></ijm-follow-links>');
    expect(empty.shadowRoot?.childElementCount).toBe(0);
  });

  it('names the organisation the host gives', async () => {
    await fixture<IjmFollowLinks>(
      `<ijm-follow-links organization="IJM Malaysia" facebook="${ADDRESSES.facebook}"></ijm-follow-links>`,
    );
    expect(page.getByRole('link', { name: 'IJM Malaysia on Facebook' }).elements()).toHaveLength(1);
  });

  it('Tab goes through the links in order, each with a visible focus ring and a target of 44 px or more', async () => {
    const container = await fixture<HTMLElement>(
      `<div><button type="button">before</button><ijm-follow-links facebook="${ADDRESSES.facebook}" x="${ADDRESSES.x}" linkedin="${ADDRESSES.linkedin}"></ijm-follow-links><button type="button">after</button></div>`,
    );
    const element = container.querySelector('ijm-follow-links') as IjmFollowLinks;
    await element.updateComplete;
    (container.querySelector('button') as HTMLButtonElement).focus();
    const reached: string[] = [];
    for (let i = 0; i < 4; i++) {
      await userEvent.tab();
      const active = element.shadowRoot?.activeElement as HTMLAnchorElement | null;
      reached.push(active?.textContent?.trim() ?? document.activeElement?.textContent ?? '');
      if (active) {
        expect(getComputedStyle(active).outlineStyle).toBe('solid');
        const box = active.getBoundingClientRect();
        expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
      }
    }
    expect(reached).toEqual(['IJM on Facebook', 'LinkedInIJM on LinkedIn', 'IJM on X', 'after']);
  });

  it('hides its heading on request, which still names the list', async () => {
    const element = await fixture<IjmFollowLinks>(
      `<ijm-follow-links hide-heading instagram="${ADDRESSES.instagram}"></ijm-follow-links>`,
    );
    const heading = element.shadowRoot?.querySelector('[part="heading"]') as HTMLElement;
    expect(heading.getBoundingClientRect().height).toBeLessThanOrEqual(1);
    expect(page.getByRole('list', { name: 'Stay connected' }).elements()).toHaveLength(1);
    await expectNoAxeViolations(element);
  });

  it('speaks Malay and Spanish (drafts), and takes the host’s messages', async () => {
    const malay = await fixture<IjmFollowLinks>(
      `<ijm-follow-links lang="ms" new-tab instagram="${ADDRESSES.instagram}" rss="${ADDRESSES.rss}"></ijm-follow-links>`,
    );
    expect(malay.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim()).toBe('Kekal berhubung');
    expect(names(malay)).toEqual([
      'IJM di Instagram (dibuka dalam tab baharu)',
      'Suapan berita IJM (RSS) (dibuka dalam tab baharu)',
    ]);
    const spanish = await fixture<IjmFollowLinks>(
      `<ijm-follow-links instagram="${ADDRESSES.instagram}"></ijm-follow-links>`,
      {
        lang: 'es',
      },
    );
    expect(names(spanish)).toEqual(['IJM en Instagram']);
    await expectNoAxeViolations(spanish);
    spanish.messages = { heading: 'Síguenos', onNetwork: (organization, network) => `${network} de ${organization}` };
    await spanish.updateComplete;
    expect(spanish.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim()).toBe('Síguenos');
    expect(names(spanish)).toEqual(['Instagram de IJM']);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../define/icon.js';
import { iconCheck } from '../../icons/check.js';
import { iconClose, seedIcons } from '../../icons/index.js';
import { registerIcons } from '../../kit/icon-registry.js';
import { fixture } from '../../test/fixture.js';
import type { IjmIcon } from './icon.js';

// As an app built with a bundler has it (`@ijm/widgets/icon`): the icons it registers, and no set to download.

afterEach(() => vi.restoreAllMocks());

describe('<ijm-icon> from @ijm/widgets/icon', () => {
  it('draws the icons the app registered, and downloads nothing for other names', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    registerIcons(iconCheck, iconClose);
    const container = await fixture<HTMLElement>(
      '<div><ijm-icon name="check"></ijm-icon><ijm-icon name="close"></ijm-icon><ijm-icon name="star"></ijm-icon></div>',
    );
    const [check, close, star] = [...container.querySelectorAll<IjmIcon>('ijm-icon')] as [IjmIcon, IjmIcon, IjmIcon];
    await Promise.all([check.updateComplete, close.updateComplete, star.updateComplete]);
    expect(check.shadowRoot?.querySelector('path')?.getAttribute('d')).toBe(iconCheck.d);
    expect(close.shadowRoot?.querySelector('path')?.getAttribute('d')).toBe(iconClose.d);
    expect(star.shadowRoot?.childElementCount).toBe(0);
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      '<ijm-icon> has no icon named "star". It draws nothing.',
    ]);
    const downloads = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(downloads.filter((url) => url.includes('icon.set'))).toEqual([]);
  });

  it('draws every seed icon once the app registers the whole set', async () => {
    registerIcons(...seedIcons);
    expect(seedIcons).toHaveLength(47);
    const star = await fixture<IjmIcon>('<ijm-icon name="star"></ijm-icon>');
    expect(star.shadowRoot?.querySelector('path')).not.toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';

describe('loader', () => {
  it('knows every element that has a define module', async () => {
    const { loadableTags } = await import('./loader.js');
    const defineModules = Object.keys(import.meta.glob('./define/*.ts')).map(
      (path) => `ijm-${path.replace('./define/', '').replace(/\.ts$/, '')}`,
    );
    expect([...loadableTags].sort()).toEqual(defineModules.sort());
  });

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
});

import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

// Server rendering (Next.js, Remix…): importing the wrappers touches no `window` or `document`, and each renders its
// tag with its attributes, for the browser to upgrade.
describe('@ijm/react on a server', () => {
  it('imports in Node without a DOM', async () => {
    expect(typeof globalThis.window).toBe('undefined');
    expect(typeof globalThis.document).toBe('undefined');
    const wrappers = await import('./index.js');
    expect(Object.keys(wrappers).sort()).toEqual([
      'FollowLinks',
      'FundraiserCta',
      'FundraiserLead',
      'Icon',
      'IndicatorSelfCheck',
      'MediaContact',
      'NewsletterSignup',
      'QuickExit',
      'TierBadge',
      'TierHistory',
    ]);
  });

  it('renders each wrapper to its element', async () => {
    const { FundraiserCta, IndicatorSelfCheck, NewsletterSignup, TierBadge } = await import('./index.js');
    const html = renderToString(
      <main>
        <TierBadge tier="2WL" id="badge" />
        <NewsletterSignup
          endpoint="https://intake.example.org/v1/submissions/newsletter-signup"
          onIjmSubmit={() => {}}
        />
        <FundraiserCta consentVersion="partner-2026" />
        <IndicatorSelfCheck country="MY" />
      </main>,
    );
    expect(html).toContain('<ijm-tier-badge');
    expect(html).toContain('id="badge"');
    expect(html).toContain('<ijm-newsletter-signup');
    expect(html).toContain('consent-version="partner-2026"');
    expect(html).toContain('<ijm-indicator-self-check');
    // Handlers are never written into the markup.
    expect(html).not.toMatch(/onIjm|function/i);
  });
});

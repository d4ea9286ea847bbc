// The packed packages' types, as an app's `tsc` sees them under the two module resolutions apps use. Each
// `@ts-expect-error` below is an assertion: if a type widens to `any` (a missing declaration, a lost
// `HTMLElementTagNameMap` entry), the directive is unused and tsc fails.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const appDir = inject('appDir');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

const app = `
import '@ijm/widgets/tier-badge';
import '@ijm/widgets/newsletter-signup';
import { registerIcons } from '@ijm/widgets/icon';
import { iconClose } from '@ijm/widgets/icons';
import { iconCheck } from '@ijm/widgets/icons/check';
import { IjmNewsletterSignup, IjmTierBadge, type IjmSubmitDetail } from '@ijm/widgets';
import { getPlacement, isTier, type PlacementLookup, type Tier } from '@ijm/core/tiers';
import type { SubmissionEnvelope } from '@ijm/core/forms';

const badge = document.createElement('ijm-tier-badge');
const asClass: IjmTierBadge = badge;
asClass.tier = '2WL';
// @ts-expect-error a badge's tier is text or a number
badge.tier = { tier: 1 };

const signup = document.querySelector('ijm-newsletter-signup');
const signupClass: IjmNewsletterSignup | null = signup;
signup?.addEventListener('ijm-submit', (event) => {
  const envelope: SubmissionEnvelope = event.detail.envelope;
  const detail: IjmSubmitDetail = event.detail;
  detail.respondWith(fetch('/crm', { method: 'POST', body: JSON.stringify(envelope) }));
  // @ts-expect-error the event carries an envelope, not a string
  const wrong: string = event.detail.envelope;
  void wrong;
});
signup?.addEventListener('ijm-error', (event) => {
  const reason: string = event.detail.reason;
  void reason;
});

const lookup = getPlacement('MYS', 2024);
if (lookup.ok) {
  const placement: PlacementLookup = lookup.value;
  void placement;
} else {
  const code: string = lookup.error.code;
  void code;
}
const value: unknown = '2WL';
if (isTier(value)) {
  const tier: Tier = value;
  void tier;
}
// @ts-expect-error a lookup's value is there only after checking ok
void lookup.value;
void signupClass;

registerIcons(iconCheck, iconClose);
const icon = document.createElement('ijm-icon');
icon.name = iconCheck.name;
icon.label = 'Done';
// @ts-expect-error registerIcons takes icon data, not names
registerIcons('check');
const follow = document.querySelector('ijm-follow-links');
if (follow) follow.newTab = true;
`;

const resolutions = {
  bundler: { module: 'preserve', moduleResolution: 'bundler' },
  node16: { module: 'node16', moduleResolution: 'node16' },
};

describe.each(Object.entries(resolutions))('an app type-checked with moduleResolution %s', (name, options) => {
  it('sees the elements, their events and the core results with their real types', () => {
    const dir = join(appDir, 'types', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'app.ts'), app);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          ...options,
          target: 'ES2022',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          types: [],
          // An app does not check its dependencies' declaration files; ours must still resolve all they import.
          skipLibCheck: false,
        },
        files: ['app.ts'],
      }),
    );
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });
});

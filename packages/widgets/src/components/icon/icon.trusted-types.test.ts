import { describe, expect, it } from 'vitest';
import '../../define/follow-links.js';
import '../../icon-set.js';
import type { IjmFollowLinks } from '../follow-links/follow-links.js';
import type { IjmIcon } from './icon.js';

// Partner pages may require Trusted Types. This file's page does, from here on (each test file has a page of its own):
// an icon or a follow link that wrote markup from text (innerHTML, unsafeSVG) would throw and be reported.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective}: ${event.sample}`),
);
// Reports arrive as tasks, after the code that caused them.
const reported = () => new Promise((resolve) => setTimeout(resolve, 50));
const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = "require-trusted-types-for 'script'";
document.head.append(policy);

describe('under Trusted Types', () => {
  it('draws icons and follow links with no violation', async () => {
    expect(() => {
      document.createElement('div').innerHTML = '<b>markup from text</b>';
    }, 'Trusted Types are enforced on this page').toThrow(TypeError);
    await reported();
    expect(violations, 'and reported').toHaveLength(1);
    violations.length = 0;
    const container = document.createElement('div');
    const icon = document.createElement('ijm-icon') as IjmIcon;
    icon.name = 'globe';
    icon.label = 'Languages';
    const decorative = document.createElement('ijm-icon') as IjmIcon;
    decorative.name = 'pinterest';
    const follow = document.createElement('ijm-follow-links') as IjmFollowLinks;
    follow.instagram = 'https://www.instagram.com/ijm/';
    follow.linkedin = 'https://www.linkedin.com/company/ijm';
    container.append(icon, decorative, follow);
    document.body.append(container);
    await Promise.all([icon.updateComplete, decorative.updateComplete, follow.updateComplete]);
    expect(icon.shadowRoot?.querySelector('svg title')?.textContent).toBe('Languages');
    expect(decorative.shadowRoot?.querySelector('path')).not.toBeNull();
    expect(follow.shadowRoot?.querySelectorAll('a svg')).toHaveLength(1);
    await reported();
    expect(violations).toEqual([]);
    container.remove();
  });
});

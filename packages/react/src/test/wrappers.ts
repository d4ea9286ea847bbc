// Every wrapper with its element and the element properties it takes as props: the browser test checks the lists
// against each element class, and the type check that each listed property is a prop of the wrapper.
import {
  IjmFollowLinks,
  IjmFundraiserCta,
  IjmFundraiserLead,
  IjmIcon,
  IjmIndicatorSelfCheck,
  IjmMediaContact,
  IjmNewsletterSignup,
  IjmQuickExit,
  IjmTierBadge,
  IjmTierHistory,
} from '@ijm/widgets';
import type { ReactNode } from 'react';
import {
  FollowLinks,
  FundraiserCta,
  FundraiserLead,
  Icon,
  IndicatorSelfCheck,
  MediaContact,
  NewsletterSignup,
  QuickExit,
  TierBadge,
  TierHistory,
} from '../index.js';

export interface WrapperEntry {
  readonly name: string;
  /** The wrapper, with its props loosened for tests that go through every wrapper. */
  readonly component: (props: Record<string, unknown>) => ReactNode;
  readonly tag: string;
  readonly element: CustomElementConstructor;
  /** The element's properties (Lit reactive properties that are not internal state) the wrapper takes as props. */
  readonly properties: readonly string[];
  /** `on…` props, with the events they listen to. */
  readonly events: Readonly<Record<string, string>>;
}

function entry<P>(
  component: (props: P) => ReactNode,
  tag: string,
  element: CustomElementConstructor,
  properties: readonly (keyof P & string)[],
  events: { readonly [K in keyof P & `on${string}`]?: string } = {},
): WrapperEntry {
  const name = (component as { displayName?: string }).displayName ?? component.name;
  const loose = component as unknown as WrapperEntry['component'];
  return { name, component: loose, tag, element, properties, events: events as Record<string, string> };
}

const FORM = [
  'endpoint',
  'timeout',
  'consentText',
  'consentVersion',
  'privacyUrl',
  'headingLevel',
  'messages',
] as const;
const FORM_EVENTS = {
  onIjmSubmit: 'ijm-submit',
  onIjmSuccess: 'ijm-success',
  onIjmError: 'ijm-error',
  onIjmInvalid: 'ijm-invalid',
} as const;

export const wrappers: readonly WrapperEntry[] = [
  entry(TierBadge, 'ijm-tier-badge', IjmTierBadge, ['tier', 'country', 'year', 'messages']),
  entry(TierHistory, 'ijm-tier-history', IjmTierHistory, ['country', 'from', 'to', 'highlight', 'messages']),
  entry(
    NewsletterSignup,
    'ijm-newsletter-signup',
    IjmNewsletterSignup,
    [...FORM, 'showNames', 'requireCountry'],
    FORM_EVENTS,
  ),
  entry(MediaContact, 'ijm-media-contact', IjmMediaContact, [...FORM, 'topics'], FORM_EVENTS),
  entry(
    FundraiserLead,
    'ijm-fundraiser-lead',
    IjmFundraiserLead,
    [...FORM, 'currency', 'guideHref', 'guideLabel'],
    FORM_EVENTS,
  ),
  entry(
    FundraiserCta,
    'ijm-fundraiser-cta',
    IjmFundraiserCta,
    ['headingLevel', 'goal', 'raised', 'currency', 'updatedAt', 'progressSrc', 'messages'],
    FORM_EVENTS,
  ),
  entry(QuickExit, 'ijm-quick-exit', IjmQuickExit, ['exitUrl', 'inline', 'messages'], {
    onIjmQuickExit: 'ijm-quick-exit',
  }),
  entry(
    IndicatorSelfCheck,
    'ijm-indicator-self-check',
    IjmIndicatorSelfCheck,
    ['mode', 'country', 'exitUrl', 'messages'],
    {
      onIjmSelfCheckStep: 'ijm-self-check-step',
      onIjmQuickExit: 'ijm-quick-exit',
    },
  ),
  entry(Icon, 'ijm-icon', IjmIcon, ['name', 'label']),
  entry(FollowLinks, 'ijm-follow-links', IjmFollowLinks, [
    'facebook',
    'instagram',
    'linkedin',
    'medium',
    'pinterest',
    'x',
    'twitter',
    'rss',
    'organization',
    'newTab',
    'hideHeading',
    'messages',
  ]),
];

/** An element class's public reactive properties: Lit's `elementProperties` less internal state (`state: true`). */
export function publicProperties(element: CustomElementConstructor): string[] {
  const declared = (element as unknown as { elementProperties: Map<PropertyKey, { state?: boolean }> })
    .elementProperties;
  return [...declared].filter(([, options]) => options.state !== true).map(([name]) => String(name));
}

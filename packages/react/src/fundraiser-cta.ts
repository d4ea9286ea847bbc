import { IjmFundraiserCta } from '@ijm/widgets/fundraiser-cta';
import type { IjmFundraiserLead } from '@ijm/widgets/fundraiser-lead';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { formEvents } from './events.js';
import type { WrapperProps } from './types.js';

export type { IjmErrorEvent, IjmInvalidEvent, IjmSubmitEvent, IjmSuccessEvent } from './events.js';

type FundraiserCtaProperty = 'headingLevel' | 'goal' | 'raised' | 'currency' | 'updatedAt' | 'progressSrc' | 'messages';

/**
 * The lead form's settings, which `<ijm-fundraiser-cta>` reads from its own attributes when it creates the form (it
 * has no properties for them): each prop is written to its attribute.
 */
const leadAttributes = {
  endpoint: 'endpoint',
  timeout: 'timeout',
  consentText: 'consent-text',
  consentVersion: 'consent-version',
  privacyUrl: 'privacy-url',
  guideHref: 'guide-href',
  guideLabel: 'guide-label',
} as const;

type LeadProperty = keyof typeof leadAttributes;

/** The props of {@link FundraiserCta}: the call to action's, and the lead form's that it passes on. */
export type FundraiserCtaProps = WrapperProps<IjmFundraiserCta, FundraiserCtaProperty, typeof formEvents> &
  Partial<Pick<IjmFundraiserLead, LeadProperty>>;

const Element = createComponent({
  react: React,
  tagName: 'ijm-fundraiser-cta',
  elementClass: IjmFundraiserCta,
  events: formEvents,
  displayName: 'ijm-fundraiser-cta',
});

const isLeadProperty = (key: string): key is LeadProperty => Object.hasOwn(leadAttributes, key);

/**
 * `<ijm-fundraiser-cta>` in React. A call to start a fundraiser with an honest campaign progress bar; its button opens
 * the lead form, whose events (`onIjmSubmit`…) arrive here. The lead form's settings (`endpoint`, `consentVersion`,
 * `guideHref`…) are read when the form opens: change them before, not after.
 *
 * Importing this module defines the element (through `@ijm/widgets/fundraiser-cta`; the lead form's code loads when
 * the button is pressed or the page is idle).
 */
export function FundraiserCta(props: FundraiserCtaProps): React.ReactElement {
  // React 19 passes `ref` to a function component as a prop: it goes on with the rest, to the element.
  const renamed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) renamed[isLeadProperty(key) ? leadAttributes[key] : key] = value;
  return React.createElement(Element, renamed);
}

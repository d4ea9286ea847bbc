import { IjmFundraiserLead } from '@ijm/widgets/fundraiser-lead';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { type FormProperty, formEvents } from './events.js';
import type { WrapperProps } from './types.js';

export type { IjmErrorEvent, IjmInvalidEvent, IjmSubmitEvent, IjmSuccessEvent } from './events.js';

type FundraiserLeadProperty = FormProperty | 'currency' | 'guideHref' | 'guideLabel';

/** The props of {@link FundraiserLead}. */
export type FundraiserLeadProps = WrapperProps<IjmFundraiserLead, FundraiserLeadProperty, typeof formEvents>;

/**
 * `<ijm-fundraiser-lead>` in React. The "start a fundraiser" lead form. With `endpoint` it sends the submission itself;
 * without, handle `onIjmSubmit` and call `event.detail.respondWith(promise)`.
 *
 * Importing this module defines the element (through `@ijm/widgets/fundraiser-lead`).
 */
export const FundraiserLead: React.ForwardRefExoticComponent<FundraiserLeadProps> = createComponent({
  react: React,
  tagName: 'ijm-fundraiser-lead',
  elementClass: IjmFundraiserLead,
  events: formEvents,
  displayName: 'FundraiserLead',
});

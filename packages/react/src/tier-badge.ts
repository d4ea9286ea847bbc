import { IjmTierBadge } from '@ijm/widgets/tier-badge';
import { createComponent } from '@lit/react';
import * as React from 'react';
import type { WrapperProps } from './types.js';

type TierBadgeProperty = 'tier' | 'country' | 'year' | 'messages';

/** The props of {@link TierBadge}. */
export type TierBadgeProps = WrapperProps<IjmTierBadge, TierBadgeProperty>;

/**
 * `<ijm-tier-badge>` in React. A TIP Report tier in words, with a colour and a shape: `tier`, or `country` and `year`
 * looked up in the dataset.
 *
 * Importing this module defines the element (through `@ijm/widgets/tier-badge`).
 */
export const TierBadge: React.ForwardRefExoticComponent<TierBadgeProps> = createComponent({
  react: React,
  tagName: 'ijm-tier-badge',
  elementClass: IjmTierBadge,
  displayName: 'TierBadge',
});

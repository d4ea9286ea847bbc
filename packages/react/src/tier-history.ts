import { IjmTierHistory } from '@ijm/widgets/tier-history';
import { createComponent } from '@lit/react';
import * as React from 'react';
import type { WrapperProps } from './types.js';

type TierHistoryProperty = 'country' | 'from' | 'to' | 'highlight' | 'messages';

/** The props of {@link TierHistory}. */
export type TierHistoryProps = WrapperProps<IjmTierHistory, TierHistoryProperty>;

/**
 * `<ijm-tier-history>` in React. A step chart of a country's TIP Report tiers, with a data table and its sources.
 *
 * Importing this module defines the element (through `@ijm/widgets/tier-history`).
 */
export const TierHistory: React.ForwardRefExoticComponent<TierHistoryProps> = createComponent({
  react: React,
  tagName: 'ijm-tier-history',
  elementClass: IjmTierHistory,
  displayName: 'TierHistory',
});

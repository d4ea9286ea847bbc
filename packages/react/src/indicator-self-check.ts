import { IjmIndicatorSelfCheck } from '@ijm/widgets/indicator-self-check';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { selfCheckEvents } from './events.js';
import type { WrapperProps } from './types.js';

export type { IjmQuickExitEvent, IjmSelfCheckStepEvent } from './events.js';

type IndicatorSelfCheckProperty = 'mode' | 'country' | 'exitUrl' | 'messages';

/** The props of {@link IndicatorSelfCheck}. */
export type IndicatorSelfCheckProps = WrapperProps<
  IjmIndicatorSelfCheck,
  IndicatorSelfCheckProperty,
  typeof selfCheckEvents
>;

/**
 * `<ijm-indicator-self-check>` in React. A private check of the signs of forced labour. It stores and sends nothing;
 * `onIjmSelfCheckStep` says which step was reached, never an answer.
 *
 * Importing this module defines the element (through `@ijm/widgets/indicator-self-check`).
 */
export const IndicatorSelfCheck: React.ForwardRefExoticComponent<IndicatorSelfCheckProps> = createComponent({
  react: React,
  tagName: 'ijm-indicator-self-check',
  elementClass: IjmIndicatorSelfCheck,
  events: selfCheckEvents,
  displayName: 'IndicatorSelfCheck',
});

import { IjmQuickExit } from '@ijm/widgets/quick-exit';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { quickExitEvents } from './events.js';
import type { WrapperProps } from './types.js';

export type { IjmQuickExitEvent } from './events.js';

type QuickExitProperty = 'exitUrl' | 'inline' | 'messages';

/** The props of {@link QuickExit}. */
export type QuickExitProps = WrapperProps<IjmQuickExit, QuickExitProperty, typeof quickExitEvents>;

/**
 * `<ijm-quick-exit>` in React. A button (and Shift pressed three times) that hides the page at once and replaces it in
 * history with a neutral site. `onIjmQuickExit` runs first: clear what your app holds there.
 *
 * Importing this module defines the element (through `@ijm/widgets/quick-exit`).
 */
export const QuickExit: React.ForwardRefExoticComponent<QuickExitProps> = createComponent({
  react: React,
  tagName: 'ijm-quick-exit',
  elementClass: IjmQuickExit,
  events: quickExitEvents,
  displayName: 'QuickExit',
});

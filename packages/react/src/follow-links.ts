import { IjmFollowLinks } from '@ijm/widgets/follow-links';
import { createComponent } from '@lit/react';
import * as React from 'react';
import type { WrapperProps } from './types.js';

type FollowLinksProperty =
  | 'facebook'
  | 'instagram'
  | 'linkedin'
  | 'medium'
  | 'pinterest'
  | 'x'
  | 'twitter'
  | 'rss'
  | 'organization'
  | 'newTab'
  | 'hideHeading'
  | 'messages';

/** The props of {@link FollowLinks}. */
export type FollowLinksProps = WrapperProps<IjmFollowLinks, FollowLinksProperty>;

/**
 * `<ijm-follow-links>` in React. The "Stay connected" row: a link per network whose `https:` address you give.
 *
 * Importing this module defines the element (through `@ijm/widgets/follow-links`).
 */
export const FollowLinks: React.ForwardRefExoticComponent<FollowLinksProps> = createComponent({
  react: React,
  tagName: 'ijm-follow-links',
  elementClass: IjmFollowLinks,
  displayName: 'FollowLinks',
});

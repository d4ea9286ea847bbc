import { IjmIcon } from '@ijm/widgets/icon';
import { createComponent } from '@lit/react';
import * as React from 'react';
import type { WrapperProps } from './types.js';

type IconProperty = 'name' | 'label';

/** The props of {@link Icon}. */
export type IconProps = WrapperProps<IjmIcon, IconProperty>;

/**
 * `<ijm-icon>` in React. An icon of the seed site's set as inline SVG, decorative unless `label` names it. With a
 * bundler, register the icons you use: `registerIcons(iconSearch)` from `@ijm/widgets/icon` and `@ijm/widgets/icons`.
 *
 * Importing this module defines the element (through `@ijm/widgets/icon`).
 */
export const Icon: React.ForwardRefExoticComponent<IconProps> = createComponent({
  react: React,
  tagName: 'ijm-icon',
  elementClass: IjmIcon,
  displayName: 'Icon',
});

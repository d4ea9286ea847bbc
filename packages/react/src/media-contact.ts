import { IjmMediaContact } from '@ijm/widgets/media-contact';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { type FormProperty, formEvents } from './events.js';
import type { WrapperProps } from './types.js';

export type { IjmErrorEvent, IjmInvalidEvent, IjmSubmitEvent, IjmSuccessEvent } from './events.js';

type MediaContactProperty = FormProperty | 'topics';

/** The props of {@link MediaContact}. */
export type MediaContactProps = WrapperProps<IjmMediaContact, MediaContactProperty, typeof formEvents>;

/**
 * `<ijm-media-contact>` in React. A media contact form for journalists. With `endpoint` it sends the submission itself;
 * without, handle `onIjmSubmit` and call `event.detail.respondWith(promise)`.
 *
 * Importing this module defines the element (through `@ijm/widgets/media-contact`).
 */
export const MediaContact: React.ForwardRefExoticComponent<MediaContactProps> = createComponent({
  react: React,
  tagName: 'ijm-media-contact',
  elementClass: IjmMediaContact,
  events: formEvents,
  displayName: 'MediaContact',
});

import { IjmNewsletterSignup } from '@ijm/widgets/newsletter-signup';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { type FormProperty, formEvents } from './events.js';
import type { WrapperProps } from './types.js';

export type { IjmErrorEvent, IjmInvalidEvent, IjmSubmitEvent, IjmSuccessEvent } from './events.js';

type NewsletterSignupProperty = FormProperty | 'showNames' | 'requireCountry';

/** The props of {@link NewsletterSignup}. */
export type NewsletterSignupProps = WrapperProps<IjmNewsletterSignup, NewsletterSignupProperty, typeof formEvents>;

/**
 * `<ijm-newsletter-signup>` in React. A newsletter sign-up form. With `endpoint` it sends the submission itself;
 * without, handle `onIjmSubmit` and call `event.detail.respondWith(promise)`.
 *
 * Importing this module defines the element (through `@ijm/widgets/newsletter-signup`).
 */
export const NewsletterSignup: React.ForwardRefExoticComponent<NewsletterSignupProps> = createComponent({
  react: React,
  tagName: 'ijm-newsletter-signup',
  elementClass: IjmNewsletterSignup,
  events: formEvents,
  displayName: 'NewsletterSignup',
});

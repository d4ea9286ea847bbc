import type { EventName } from '@lit/react';
import type { HTMLAttributes, RefAttributes } from 'react';

/** `on…` prop names to the events they listen to, each typed with its event (`@lit/react`'s `events` option). */
export type EventProps = Record<string, EventName>;

/** The `on…` props of an event map: each handler gets the event with its typed `detail`. */
export type EventListeners<E extends EventProps> = {
  [P in keyof E]?: (event: E[P]['__eventType']) => void;
};

/**
 * The props of a wrapper: React's HTML attributes (`id`, `className`, `lang`, `hidden`, `children`…), the element's
 * documented properties `K` (all optional, with the element's own types) and its events as `on…` props, and a `ref`
 * to the element.
 *
 * The properties are named one by one, where `@lit/react` by default offers every public member of the class: its
 * read-only state (`form`, `shownTier`), Lit's internals (`updateComplete`, `renderRoot`) and methods, which would
 * throw or do nothing when set as props.
 */
export type WrapperProps<
  I extends HTMLElement,
  K extends keyof I,
  E extends EventProps = Record<never, EventName>,
> = Omit<HTMLAttributes<I>, K | keyof E> & Partial<Pick<I, K>> & EventListeners<E> & RefAttributes<I>;

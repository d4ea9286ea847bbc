import type {
  IjmErrorDetail,
  IjmInvalidDetail,
  IjmSelfCheckStepDetail,
  IjmSubmitDetail,
  IjmSuccessDetail,
} from '@ijm/widgets';
import type { EventName } from '@lit/react';

// The widgets' events as React sees them: the same types as in `GlobalEventHandlersEventMap`, which the props test
// checks, written out so that the declarations here do not depend on the widgets' global augmentation being loaded.

/** `ijm-submit`: the form is valid and about to be sent; cancelable. Without `endpoint`, call `respondWith()`. */
export type IjmSubmitEvent = CustomEvent<IjmSubmitDetail>;
/** `ijm-success`: the submission was received. */
export type IjmSuccessEvent = CustomEvent<IjmSuccessDetail>;
/** `ijm-error`: the submission failed after any retries; what the person typed is kept. */
export type IjmErrorEvent = CustomEvent<IjmErrorDetail>;
/** `ijm-invalid`: fields broke rules, found in the browser or by the server. */
export type IjmInvalidEvent = CustomEvent<IjmInvalidDetail>;
/** `ijm-self-check-step`: which step of the self-check was reached, never an answer. */
export type IjmSelfCheckStepEvent = CustomEvent<IjmSelfCheckStepDetail>;
/** `ijm-quick-exit`: dispatched before the page is left by a quick exit; clear what the page holds. */
export type IjmQuickExitEvent = CustomEvent<undefined>;

/** The four events of every form (and of `<ijm-fundraiser-cta>`, from its lead form). */
export const formEvents = {
  onIjmSubmit: 'ijm-submit' as EventName<IjmSubmitEvent>,
  onIjmSuccess: 'ijm-success' as EventName<IjmSuccessEvent>,
  onIjmError: 'ijm-error' as EventName<IjmErrorEvent>,
  onIjmInvalid: 'ijm-invalid' as EventName<IjmInvalidEvent>,
};

export const quickExitEvents = {
  onIjmQuickExit: 'ijm-quick-exit' as EventName<IjmQuickExitEvent>,
};

export const selfCheckEvents = {
  onIjmSelfCheckStep: 'ijm-self-check-step' as EventName<IjmSelfCheckStepEvent>,
  ...quickExitEvents,
};

/** The properties every form shares (`IjmFormElement`). */
export type FormProperty =
  | 'endpoint'
  | 'timeout'
  | 'consentText'
  | 'consentVersion'
  | 'privacyUrl'
  | 'headingLevel'
  | 'messages';

// Every wrapper. Each also has a module of its own (`@ijm/react/tier-badge`…); either way a bundler keeps only the
// wrappers an app uses, and each wrapper defines only its own element.
export type {
  FormFailure,
  IjmErrorDetail,
  IjmInvalidDetail,
  IjmSelfCheckStepDetail,
  IjmSubmitDetail,
  IjmSuccessDetail,
  SelfCheckStep,
} from '@ijm/widgets';
export type {
  IjmErrorEvent,
  IjmInvalidEvent,
  IjmQuickExitEvent,
  IjmSelfCheckStepEvent,
  IjmSubmitEvent,
  IjmSuccessEvent,
} from './events.js';
export { FollowLinks, type FollowLinksProps } from './follow-links.js';
export { FundraiserCta, type FundraiserCtaProps } from './fundraiser-cta.js';
export { FundraiserLead, type FundraiserLeadProps } from './fundraiser-lead.js';
export { Icon, type IconProps } from './icon.js';
export { IndicatorSelfCheck, type IndicatorSelfCheckProps } from './indicator-self-check.js';
export { MediaContact, type MediaContactProps } from './media-contact.js';
export { NewsletterSignup, type NewsletterSignupProps } from './newsletter-signup.js';
export { QuickExit, type QuickExitProps } from './quick-exit.js';
export { TierBadge, type TierBadgeProps } from './tier-badge.js';
export { TierHistory, type TierHistoryProps } from './tier-history.js';
export type { EventListeners, WrapperProps } from './types.js';

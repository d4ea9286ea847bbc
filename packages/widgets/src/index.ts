// Element classes and the kit, with no side effects: importing this defines no element.
// To define elements, import `@ijm/widgets/<name>` or `@ijm/widgets/embed`.
export { IjmFollowLinks } from './components/follow-links/follow-links.js';
export { IjmFundraiserCta } from './components/fundraiser-cta/fundraiser-cta.js';
export { IjmFundraiserLead } from './components/fundraiser-lead/fundraiser-lead.js';
export { IjmIcon } from './components/icon/icon.js';
export type { IjmSelfCheckStepDetail, SelfCheckStep } from './components/indicator-self-check/indicator-self-check.js';
export { IjmIndicatorSelfCheck } from './components/indicator-self-check/indicator-self-check.js';
export { IjmMediaContact } from './components/media-contact/media-contact.js';
export { IjmNewsletterSignup } from './components/newsletter-signup/newsletter-signup.js';
export { IjmQuickExit } from './components/quick-exit/quick-exit.js';
export { IjmTierBadge } from './components/tier-badge/tier-badge.js';
export { IjmTierHistory } from './components/tier-history/tier-history.js';
export * from './kit/index.js';

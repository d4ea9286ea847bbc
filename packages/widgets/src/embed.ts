// The self-contained bundle for one `<script type="module">` tag: defines every element.
import './define/follow-links.js';
import './define/fundraiser-cta.js';
import './define/fundraiser-lead.js';
import './define/icon.js';
// <ijm-icon> downloads the seed icon set for names that nobody registered.
import './icon-set.js';
import './define/indicator-self-check.js';
import './define/media-contact.js';
import './define/newsletter-signup.js';
import './define/quick-exit.js';
import './define/tier-badge.js';
import './define/tier-history.js';

export { IjmFollowLinks } from './define/follow-links.js';
export { IjmFundraiserCta } from './define/fundraiser-cta.js';
export { IjmFundraiserLead } from './define/fundraiser-lead.js';
export { IjmIcon } from './define/icon.js';
export { IjmIndicatorSelfCheck } from './define/indicator-self-check.js';
export { IjmMediaContact } from './define/media-contact.js';
export { IjmNewsletterSignup } from './define/newsletter-signup.js';
export { IjmQuickExit } from './define/quick-exit.js';
export { IjmTierBadge } from './define/tier-badge.js';
export { IjmTierHistory } from './define/tier-history.js';

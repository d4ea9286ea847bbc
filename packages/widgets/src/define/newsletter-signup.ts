import { IjmNewsletterSignup } from '../components/newsletter-signup/newsletter-signup.js';
import { defineElement } from '../kit/define.js';

defineElement('ijm-newsletter-signup', IjmNewsletterSignup);

export { IjmNewsletterSignup };

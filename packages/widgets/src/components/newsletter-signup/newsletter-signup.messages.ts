import { type BundledCatalog, type FormMessages, formKitEn } from '../../kit/form/messages.js';

export type NewsletterSignupMessages = FormMessages & {
  emailLabel: string;
  givenNameLabel: string;
  familyNameLabel: string;
  countryLabel: string;
  'email.required': string;
  'country.required': string;
  successBody: (email: string) => string;
};

const en: BundledCatalog<NewsletterSignupMessages> = {
  locale: 'en',
  status: 'source',
  messages: {
    ...formKitEn.messages,
    title: 'Newsletter Sign Up',
    intro: 'Stay connected to the work! Sign up to get updates straight to your inbox.',
    submit: 'Sign up',
    emailLabel: 'Email address',
    givenNameLabel: 'First name',
    familyNameLabel: 'Last name',
    countryLabel: 'Country',
    'email.required': 'Enter your email address',
    'country.required': 'Select your country',
    consentText:
      'Yes, send me emails from International Justice Mission about its work. I can unsubscribe at any time.',
    successTitle: 'Check your inbox',
    successBody: (email) =>
      `We have sent an email to ${email}. Select the link in it to confirm your sign-up. If it has not arrived in a few minutes, check your spam folder.`,
  },
};

export const newsletterSignupEn = en;

import { type BundledCatalog, type FormMessages, formKitEn } from '../../kit/form/messages.js';

export type FundraiserLeadMessages = FormMessages & {
  nameLabel: string;
  emailLabel: string;
  ideaLabel: string;
  ideaBirthday: string;
  ideaAthletic: string;
  ideaPolarDip: string;
  ideaOther: string;
  ideaOtherLabel: string;
  targetDateLabel: string;
  targetDateHint: string;
  goalAmountLabel: string;
  goalCurrencyLabel: string;
  goalCurrencyHint: string;
  countryLabel: string;
  'name.required': string;
  'email.required': string;
  'idea.required': string;
  'ideaOther.required': string;
  'goalCurrency.required': string;
  'country.required': string;
  successBody: string;
  guideIntro: string;
  guideLabel: string;
};

const en: BundledCatalog<FundraiserLeadMessages> = {
  locale: 'en',
  status: 'source',
  messages: {
    ...formKitEn.messages,
    title: 'Start a fundraiser',
    intro: 'Tell us a little about your idea and we will help you get started.',
    submit: 'Send',
    nameLabel: 'Full name',
    emailLabel: 'Email address',
    ideaLabel: 'Your fundraising idea',
    ideaBirthday: 'A birthday fundraiser',
    ideaAthletic: 'An athletic challenge',
    ideaPolarDip: 'A polar dip',
    ideaOther: 'Something else',
    ideaOtherLabel: 'Tell us about your idea',
    targetDateLabel: 'Target date',
    targetDateHint: 'When you would like to hold it, if you know',
    goalAmountLabel: 'Fundraising goal',
    goalCurrencyLabel: 'Currency of your goal',
    goalCurrencyHint: 'Needed only if you set a goal',
    countryLabel: 'Country',
    'name.required': 'Enter your full name',
    'email.required': 'Enter your email address',
    'idea.required': 'Select your fundraising idea',
    'ideaOther.required': 'Tell us about your idea',
    'goalCurrency.required': 'Select the currency of your goal',
    'country.required': 'Select your country',
    consentText:
      'I agree that International Justice Mission may contact me about starting a fundraiser, using these details.',
    successTitle: 'Thank you',
    successBody: 'Thank you for signing up to learn more about starting a fundraiser. We will be in touch soon!',
    guideIntro: 'In the meantime, please take a look at our free guide:',
    guideLabel: '25 Tips for the Novice Fundraiser',
  },
};

export const fundraiserLeadEn = en;

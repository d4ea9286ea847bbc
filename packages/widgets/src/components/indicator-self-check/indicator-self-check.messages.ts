import type { Catalog } from '@ijm/core/i18n';

/** A typed message lookup, as the element gives it to the modules it loads later. */
export type Term = <K extends keyof SelfCheckUiMessages>(
  key: K,
  ...args: SelfCheckUiMessages[K] extends (...a: infer A) => string ? A : []
) => string;

/** The element's own words around the core's questions, guidance and helpline texts. */
export interface SelfCheckUiMessages {
  [key: string]: string | ((...args: never[]) => string);
  /** The check's name, shown from the first paint (the core's `title` is the same words, for other interfaces). */
  title: string;
  safetyHeading: string;
  safetyWhat: string;
  safetyPrivate: string;
  safetyExit: string;
  safetyHistory: string;
  start: string;
  loading: string;
  loadFailed: string;
  retry: string;
  next: string;
  back: string;
  toReview: string;
  /** Where the person is among the question pages. */
  progress: (page: number, pages: number) => string;
  reviewHeading: string;
  notAnswered: string;
  /** Names the question it changes, for screen readers: `question` is its number. */
  change: (question: number) => string;
  seeResult: string;
  signsHeading: string;
  unsureHeading: string;
  meaningHeading: string;
  nextStepsHeading: string;
  again: string;
  hotlineHeading: string;
  hotlineCountry: string;
  hotlineChoose: string;
  call: (number: string) => string;
  sms: (number: string) => string;
  whatsapp: (number: string) => string;
  hours: string;
  languages: string;
  proHeading: string;
  proIntro: string;
  /** The element's threshold that was met (`2-strong`, `1-strong-1-medium-or-weak`, `3-medium`, `2-medium-1-weak`). */
}

const en: Catalog<SelfCheckUiMessages> = {
  locale: 'en',
  status: 'source',
  messages: {
    title: 'Work safety check',
    safetyHeading: 'Before you start',
    safetyWhat:
      'This check asks about work and how a person is treated. It shows signs of forced labour or trafficking, if there are any, and where to find help.',
    safetyPrivate:
      'Nothing you choose is saved or sent. It stays on this device and is gone when you leave or start again.',
    safetyExit: 'To leave quickly, use the Exit button or press Shift 3 times. This page is replaced by a search page.',
    safetyHistory:
      'Your browser history can still show that this page was visited. If someone else checks this device, use a private window or clear your history afterwards.',
    start: 'Start',
    loading: 'Getting the check ready…',
    loadFailed: 'The check could not be loaded. Check your connection and try again.',
    retry: 'Try again',
    next: 'Next',
    back: 'Back',
    toReview: 'Check my answers',
    progress: (page, pages) => `Part ${page} of ${pages}`,
    reviewHeading: 'Your answers',
    notAnswered: 'Not answered',
    change: (question) => `Change answer ${question}`,
    seeResult: 'See the result',
    signsHeading: 'Signs in these answers',
    unsureHeading: 'Not sure about',
    meaningHeading: 'What this means',
    nextStepsHeading: 'What you can do',
    again: 'Start again',
    hotlineHeading: 'Helplines',
    hotlineCountry: 'Country',
    hotlineChoose: 'Choose a country',
    call: (number) => `Call ${number}`,
    sms: (number) => `Text ${number}`,
    whatsapp: (number) => `WhatsApp ${number}`,
    hours: 'Hours',
    languages: 'Languages',
    proHeading: 'Delphi indicator checklist',
    proIntro:
      'For trained staff screening a case. Tick each indicator that is present; the outcome applies the Delphi combination rule element by element.',
  },
};

export const selfCheckUiEn = en;

import { plural } from '@ijm/core/i18n';
import type { FormFeedbackMessages } from './messages.js';

const stillHere = 'What you typed is still here.';

/** English feedback messages; they load with the contract, after the first render. */
export const formFeedbackEn: FormFeedbackMessages = {
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  required: (label) => `Enter ${label.toLowerCase()}`,
  tooLong: (label, limit) => `${label} must be ${limit} characters or fewer`,
  controlCharacters: (label) => `${label} contains hidden characters that cannot be sent. Retype it`,
  emailInvalid: 'Enter an email address in the correct format, like name@example.com',
  phoneInvalid: 'Enter a phone number, like +60 3 1234 5678',
  countryInvalid: 'Select a country from the list',
  dateInvalid: (label) => `${label} must be a real date`,
  dateInPast: (label) => `${label} must be today or in the future`,
  dateTooFar: (label) => `${label} is too far in the future`,
  optionInvalid: (label) => `Select ${label.toLowerCase()} from the list`,
  amountInvalid: 'Enter an amount greater than 0, with no more than 2 decimal places',
  currencyInvalid: 'Select a currency from the list',
  consentRequired: 'Tick the box to agree before you send this form',
  unknownField: 'This form sent something the service does not accept. Reload the page and try again',
  invalid: (label) => `Check ${label.toLowerCase()}`,
  formProblem: 'Something in this form could not be accepted. Reload the page and try again',
  retrying: 'Still sending. Trying again in a moment…',
  offline: 'You are offline. This form will be sent as soon as you are back online. Keep this page open.',
  failNetwork: `We could not connect to send this form. Check your connection and try again. ${stillHere}`,
  failTimeout: `The server took too long to answer. Try again in a moment. ${stillHere}`,
  failRateLimited: `Too many forms are being sent right now. Wait a minute, then try again. ${stillHere}`,
  failServer: `Something went wrong on our side. Try again in a moment. ${stillHere}`,
  failRejected: `This form could not be accepted. Try again later, or contact us another way. ${stillHere}`,
  failConfig: `This form is not set up correctly, so it cannot be sent. Please tell the website’s owner. ${stillHere}`,
  configEndpoint: 'This form is not set up correctly: its address must start with https://.',
  counterHint: (max) => `You can enter up to ${max} characters`,
  charactersLeft: (count) =>
    plural('en', count, {
      one: 'You have {count} character remaining',
      other: 'You have {count} characters remaining',
    }),
  charactersOver: (count) =>
    plural('en', count, {
      one: 'You have {count} character too many',
      other: 'You have {count} characters too many',
    }),
};

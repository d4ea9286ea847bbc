// What a form needs only once someone interacts with it: the contract (zod/mini and the core rules), the submission
// and transport, the feedback (error summary, statuses, their styles) and the English feedback messages. A form loads
// this, with its own schema, right after its first render, so the first paint never waits for it.
import { config } from 'zod/mini';

export { FIELD_LIMITS, issuesToFieldErrors } from '@ijm/core/forms';
export { formFeedbackEn } from './form-feedback.en.js';
export {
  counter,
  endpointNotice,
  feedbackStyles,
  fieldFeedback,
  noteInput,
  renderSuccess,
  renderSummary,
  statusText,
  syncStates,
} from './form-feedback.js';
export { submitForm, validateField } from './form-submit.js';

// zod/mini compiles nothing, but this also stops any zod on the page from probing `new Function`, which a strict
// Content-Security-Policy reports as a violation.
config({ jitless: true });

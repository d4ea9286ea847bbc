// What a form needs only once someone interacts with it: the contract (zod/mini and the core rules), the checks of a
// submit (its sending half, with the transport, follows when the page is idle), the feedback (error summary, statuses,
// their styles) and the English feedback messages. A form loads this, with its own schema, right after its first
// render, so the first paint never waits for it.
import { config } from 'zod/mini';
import { loadSender } from './form-submit.js';

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

// Not needed to validate, so not part of what a form waits for; asked for when the page is idle, so that it is there
// before anyone presses submit (and before the network can drop).
(globalThis.requestIdleCallback ?? setTimeout)(() => {
  loadSender().catch(() => {});
});

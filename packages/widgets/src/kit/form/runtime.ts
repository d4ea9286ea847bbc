// What a form needs only once someone interacts with it, and so loads right after its first render (the first paint
// never waits for it): zod/mini and the core rules, the checks of a submit, the feedback (error summary, statuses,
// their styles) and the English feedback messages. A form's contract module re-exports this with its `schema`, and
// the pair implements `FormRuntime`. The sending half, with the transport, follows when the page is idle.
import { config } from 'zod/mini';
import { loadSender } from './submit.js';

export { FIELD_LIMITS } from '@ijm/core/forms';
export { formFeedbackEn } from './feedback.en.js';
export {
  counter,
  endpointNotice,
  feedbackStyles,
  fieldFeedback,
  renderSuccess,
  renderSummary,
  statusText,
  syncStates,
} from './feedback.js';
export { recheck, submit } from './submit.js';

// zod/mini compiles nothing, but this also stops any zod on the page from probing `new Function`, which a strict
// Content-Security-Policy reports as a violation.
config({ jitless: true });

// Asked for when the page is idle, so that it is there before anyone presses submit (and before the network can drop).
(globalThis.requestIdleCallback ?? setTimeout)(() => {
  loadSender().catch(() => {});
});

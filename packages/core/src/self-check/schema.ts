import * as z from 'zod/mini';
import { define } from '../define-schema.js';
import { ANSWERS, PERSPECTIVES } from './questions.js';

// For a form that validates one answer; the engine checks by hand, so that the self-check never loads zod. Public as
// `@ijm/core/self-check/schema`.
export const answerSchema = /* @__PURE__ */ define(() => z.enum(ANSWERS));
export const perspectiveSchema = /* @__PURE__ */ define(() => z.enum(PERSPECTIVES));

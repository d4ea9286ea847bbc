import * as z from 'zod/mini';
import { ANSWERS, PERSPECTIVES } from './questions.js';

// For a form that validates one answer; the engine checks by hand, so that the self-check never loads zod. Public as
// `@ijm/core/self-check/schema`.
export const answerSchema = /* @__PURE__ */ z.enum(ANSWERS);
export const perspectiveSchema = /* @__PURE__ */ z.enum(PERSPECTIVES);

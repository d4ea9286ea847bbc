// English and the engine only: Malay and Spanish load from `@ijm/core/self-check/ms` and `@ijm/core/self-check/es`, the
// zod schemas from `@ijm/core/self-check/schema`, so that importing these never loads zod.
export { SELF_CHECK_DELPHI_ADULT_LABOUR } from './delphi-map.js';
export {
  assessSelfCheck,
  type SelfCheckLevel,
  type SelfCheckResult,
  STRONG_ALONE,
  STRONG_WITH_ANOTHER,
} from './engine.js';
export { SelfCheckInputError, type SelfCheckInputIssue } from './input-error.js';
export { type SelfCheckMessageKey, type SelfCheckMessages, selfCheckEn } from './messages.en.js';
export {
  ANSWERS,
  type Answer,
  PERSPECTIVES,
  type Perspective,
  QUESTIONS,
  type QuestionId,
  questionKey,
  type SelfCheckAnswers,
  type SelfCheckQuestion,
} from './questions.js';

import { deepFreeze } from '../freeze.js';
import type { IloIndicatorId } from '../indicators/schema.js';
import { SelfCheckInputError, type SelfCheckInputIssue } from './input-error.js';

/** Who the answers are about. Each question has its own wording for each perspective. */
export const PERSPECTIVES = /* @__PURE__ */ Object.freeze(['me', 'someone'] as const);
export type Perspective = (typeof PERSPECTIVES)[number];

/** `not-sure` and `prefer-not-to-say` are real answers, distinct from leaving a question out. */
export const ANSWERS = /* @__PURE__ */ Object.freeze(['yes', 'no', 'not-sure', 'prefer-not-to-say'] as const);
export type Answer = (typeof ANSWERS)[number];

export interface SelfCheckQuestion {
  readonly id: string;
  /** The ILO indicators a 'yes' points to. */
  readonly ilo: readonly IloIndicatorId[];
}

/**
 * The questionnaire, in the order to ask it: from how the job began, to control, violence and threats, then hours and
 * conditions. Wording lives in the catalogs under `q.<id>.<perspective>`. Questions ask about deliberate control
 * ("so that you feel you cannot leave") where the ILO booklet says the bare fact is not enough, as with late pay.
 */
export const QUESTIONS = /* @__PURE__ */ deepFreeze([
  { id: 'job-different', ilo: ['deception'] },
  { id: 'pay-different', ilo: ['deception'] },
  { id: 'documents-kept', ilo: ['retention-of-identity-documents'] },
  { id: 'debt-ties', ilo: ['debt-bondage'] },
  { id: 'debt-grows', ilo: ['debt-bondage'] },
  { id: 'pay-held-back', ilo: ['withholding-of-wages'] },
  { id: 'locked-in', ilo: ['restriction-of-movement'] },
  { id: 'watched', ilo: ['restriction-of-movement'] },
  { id: 'cut-off', ilo: ['isolation'] },
  { id: 'hidden-place', ilo: ['isolation'] },
  { id: 'hurt', ilo: ['physical-and-sexual-violence'] },
  { id: 'forced-acts', ilo: ['physical-and-sexual-violence'] },
  { id: 'threat-harm', ilo: ['intimidation-and-threats'] },
  { id: 'threat-report', ilo: ['intimidation-and-threats'] },
  { id: 'threat-job', ilo: ['intimidation-and-threats'] },
  { id: 'long-hours', ilo: ['excessive-overtime'] },
  { id: 'overtime-forced', ilo: ['excessive-overtime'] },
  { id: 'dangerous-work', ilo: ['abusive-working-and-living-conditions'] },
  { id: 'living-place', ilo: ['abusive-working-and-living-conditions'] },
  { id: 'depends-on-boss', ilo: ['abuse-of-vulnerability'] },
  { id: 'situation-used', ilo: ['abuse-of-vulnerability'] },
] as const satisfies readonly SelfCheckQuestion[]);

export type QuestionId = (typeof QUESTIONS)[number]['id'];

/** Answers by question id; a question left out is simply unanswered. */
export type SelfCheckAnswers = Readonly<Partial<Record<QuestionId, Answer>>>;

/**
 * The message key of a question's wording for a perspective. Throws `SelfCheckInputError` for an id that is no
 * question or a perspective that is none of `PERSPECTIVES`, rather than make a key that no catalog has.
 */
export function questionKey<Q extends QuestionId, P extends Perspective>(id: Q, perspective: P): `q.${Q}.${P}` {
  const issues: SelfCheckInputIssue[] = [];
  if (!QUESTIONS.some((question) => question.id === id))
    issues.push({ question: typeof id === 'string' ? id : '', problem: 'unknown-question' });
  if (!PERSPECTIVES.includes(perspective)) issues.push({ question: '', problem: 'unknown-perspective' });
  if (issues.length > 0) throw new SelfCheckInputError(issues);
  return `q.${id}.${perspective}`;
}

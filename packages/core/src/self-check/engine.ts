import { ILO_INDICATOR_IDS } from '../indicators/ilo-ids.js';
import type { IloIndicatorId } from '../indicators/schema.js';
import { SelfCheckInputError, type SelfCheckInputIssue } from './input-error.js';
import type { SelfCheckMessageKey } from './messages.en.js';
import {
  ANSWERS,
  PERSPECTIVES,
  type Perspective,
  QUESTIONS,
  type QuestionId,
  type SelfCheckAnswers,
} from './questions.js';

export type SelfCheckLevel = 'none' | 'some' | 'strong';

/**
 * Indicators that make the level `strong` on their own. The ILO booklet says a single indicator "may in some cases
 * imply the existence of forced labour"; these are the ones whose counterparts the Delphi adult labour list rates
 * strong under coercion at destination (confiscation of documents, debt bondage, isolation, confinement or
 * surveillance, violence on victims). Each is control the person cannot walk away from.
 */
export const STRONG_ALONE = /* @__PURE__ */ Object.freeze([
  'restriction-of-movement',
  'isolation',
  'physical-and-sexual-violence',
  'retention-of-identity-documents',
  'debt-bondage',
] as const satisfies readonly IloIndicatorId[]);

/**
 * Indicators that make the level `strong` together with any other indicator: the menace of a penalty (threats) and pay
 * held back to make someone stay. They are the penalty in the forced labour definition, but Delphi rates them medium
 * and the booklet warns that late pay alone is not enough, so they need a second sign. The rest (deception, abuse of
 * vulnerability, abusive conditions, excessive overtime) describe bad or unfair work; alone or together they give
 * `some`, because none of them shows that the person is held there.
 */
export const STRONG_WITH_ANOTHER = /* @__PURE__ */ Object.freeze([
  'intimidation-and-threats',
  'withholding-of-wages',
] as const satisfies readonly IloIndicatorId[]);

export interface SelfCheckResult {
  readonly perspective: Perspective;
  readonly level: SelfCheckLevel;
  /** The ILO indicators that 'yes' answers point to, in the ILO order. */
  readonly indicators: readonly IloIndicatorId[];
  /** Why the level is `strong`: the indicators that carried it under which rule. */
  readonly strongBecause?: {
    readonly rule: 'alone' | 'with-another';
    readonly indicators: readonly IloIndicatorId[];
  };
  /** Indicators that only 'not sure' answers point to. They never raise the level; they add `guide.unsure`. */
  readonly unsure: readonly IloIndicatorId[];
  readonly unanswered: readonly QuestionId[];
  /** Message keys to show, in order. */
  readonly guidance: readonly SelfCheckMessageKey[];
  /** Screening clues for the person, never a legal finding. */
  readonly determination: 'not-a-legal-determination';
}

const inOrder = (ids: ReadonlySet<IloIndicatorId>) => ILO_INDICATOR_IDS.filter((id) => ids.has(id));

/**
 * Scores answers against the ILO indicators. Unanswered questions and `prefer-not-to-say` count for nothing; `not-sure`
 * never raises the level but adds advice to talk it through. Only the answers object's own properties are answers (an
 * inherited `documents-kept` is not). Throws `SelfCheckInputError` naming each problem: an unknown perspective,
 * answers that are not an object, an unknown question, an invalid answer. Pure: no network, no storage, no clock.
 */
export function assessSelfCheck(perspective: Perspective, answers: SelfCheckAnswers): SelfCheckResult {
  const issues: SelfCheckInputIssue[] = [];
  if (!PERSPECTIVES.includes(perspective)) issues.push({ question: '', problem: 'unknown-perspective' });
  const isObject = typeof answers === 'object' && answers !== null && !Array.isArray(answers);
  if (!isObject) issues.push({ question: '', problem: 'not-an-object' });
  // Read once, own enumerable properties only, so that what is checked is exactly what is scored.
  const given = new Map<string, unknown>(isObject ? Object.entries(answers) : []);
  const known = new Set<string>(QUESTIONS.map((q) => q.id));
  for (const [question, answer] of given) {
    if (!known.has(question)) issues.push({ question, problem: 'unknown-question' });
    else if (answer !== undefined && !(ANSWERS as readonly unknown[]).includes(answer))
      issues.push({ question, problem: 'invalid-answer' });
  }
  if (issues.length > 0) throw new SelfCheckInputError(issues);

  const yes = new Set<IloIndicatorId>();
  const notSure = new Set<IloIndicatorId>();
  const unanswered: QuestionId[] = [];
  for (const question of QUESTIONS) {
    const answer = given.get(question.id);
    if (answer === undefined) unanswered.push(question.id);
    for (const id of question.ilo) {
      if (answer === 'yes') yes.add(id);
      if (answer === 'not-sure') notSure.add(id);
    }
  }
  const indicators = inOrder(yes);
  const unsure = inOrder(notSure).filter((id) => !yes.has(id));
  const anyNotSure = [...given.values()].includes('not-sure');

  const alone = indicators.filter((id) => (STRONG_ALONE as readonly string[]).includes(id));
  const coercion = indicators.filter((id) => (STRONG_WITH_ANOTHER as readonly string[]).includes(id));
  const strongBecause =
    alone.length > 0
      ? ({ rule: 'alone', indicators: alone } as const)
      : coercion.length > 0 && indicators.length >= 2
        ? ({ rule: 'with-another', indicators } as const)
        : undefined;
  const level: SelfCheckLevel = strongBecause ? 'strong' : indicators.length > 0 ? 'some' : 'none';

  const guidance: SelfCheckMessageKey[] = [`guide.meaning-${level}.${perspective}`, 'guide.not-a-decision'];
  if (level === 'strong') guidance.push(`guide.danger.${perspective}`);
  if (anyNotSure) guidance.push('guide.unsure');
  if (level !== 'none' || anyNotSure) guidance.push(`guide.talk.${perspective}`);
  guidance.push('guide.hotline', 'guide.device-safety');

  return {
    perspective,
    level,
    indicators,
    ...(strongBecause ? { strongBecause } : {}),
    unsure,
    unanswered,
    guidance,
    determination: 'not-a-legal-determination',
  };
}

import { ILO_INDICATOR_IDS } from '../indicators/ilo-ids.js';
import type { IloIndicatorId } from '../indicators/schema.js';
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
export const STRONG_ALONE = [
  'restriction-of-movement',
  'isolation',
  'physical-and-sexual-violence',
  'retention-of-identity-documents',
  'debt-bondage',
] as const satisfies readonly IloIndicatorId[];

/**
 * Indicators that make the level `strong` together with any other indicator: the menace of a penalty (threats) and pay
 * held back to make someone stay. They are the penalty in the forced labour definition, but Delphi rates them medium
 * and the booklet warns that late pay alone is not enough, so they need a second sign. The rest (deception, abuse of
 * vulnerability, abusive conditions, excessive overtime) describe bad or unfair work; alone or together they give
 * `some`, because none of them shows that the person is held there.
 */
export const STRONG_WITH_ANOTHER = [
  'intimidation-and-threats',
  'withholding-of-wages',
] as const satisfies readonly IloIndicatorId[];

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

export interface SelfCheckInputIssue {
  readonly question: string;
  readonly problem: 'unknown-question' | 'invalid-answer';
}

export class SelfCheckInputError extends Error {
  readonly issues: readonly SelfCheckInputIssue[];
  constructor(issues: readonly SelfCheckInputIssue[]) {
    super(`Invalid self-check answers: ${issues.map((i) => `${i.question} (${i.problem})`).join(', ')}`);
    this.name = 'SelfCheckInputError';
    this.issues = issues;
  }
}

const inOrder = (ids: ReadonlySet<IloIndicatorId>) => ILO_INDICATOR_IDS.filter((id) => ids.has(id));

/**
 * Scores answers against the ILO indicators. Unanswered questions and `prefer-not-to-say` count for nothing; `not-sure`
 * never raises the level but adds advice to talk it through. Throws `SelfCheckInputError` naming each unknown question
 * or invalid answer. Pure: no network, no storage, no clock.
 */
export function assessSelfCheck(perspective: Perspective, answers: SelfCheckAnswers): SelfCheckResult {
  if (!PERSPECTIVES.includes(perspective)) throw new Error(`Unknown self-check perspective: ${String(perspective)}`);
  const known = new Map<string, (typeof QUESTIONS)[number]>(QUESTIONS.map((q) => [q.id, q]));
  const issues: SelfCheckInputIssue[] = [];
  for (const [question, answer] of Object.entries(answers)) {
    if (!known.has(question)) issues.push({ question, problem: 'unknown-question' });
    else if (answer !== undefined && !(ANSWERS as readonly unknown[]).includes(answer))
      issues.push({ question, problem: 'invalid-answer' });
  }
  if (issues.length > 0) throw new SelfCheckInputError(issues);

  const yes = new Set<IloIndicatorId>();
  const notSure = new Set<IloIndicatorId>();
  const unanswered: QuestionId[] = [];
  for (const question of QUESTIONS) {
    const answer = answers[question.id];
    if (answer === undefined) unanswered.push(question.id);
    for (const id of question.ilo) {
      if (answer === 'yes') yes.add(id);
      if (answer === 'not-sure') notSure.add(id);
    }
  }
  const indicators = inOrder(yes);
  const unsure = inOrder(notSure).filter((id) => !yes.has(id));
  const anyNotSure = Object.values(answers).includes('not-sure');

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

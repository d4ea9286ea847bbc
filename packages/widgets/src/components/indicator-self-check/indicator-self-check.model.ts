import type { Answer, Perspective, QuestionId } from '@ijm/core/self-check';

/** The steps a person moves through; `ijm-self-check-step` names each one reached, and nothing else. */
export type SelfCheckStep = 'safety' | 'perspective' | 'questions' | 'review' | 'result' | 'checklist';

export interface IjmSelfCheckStepDetail {
  readonly step: SelfCheckStep;
}

/** Where the person is and what they chose; cleared by "Start again" and by the exit. */
export interface Session {
  readonly step: SelfCheckStep;
  /** The question page, from 0. */
  readonly page: number;
  readonly perspective?: Perspective | undefined;
  readonly answers: Readonly<Partial<Record<QuestionId, Answer>>>;
  /** The helpline country the person picked; until then the `country` attribute's. */
  readonly country?: string | undefined;
  readonly list?: string | undefined;
  readonly checked: ReadonlySet<string>;
}

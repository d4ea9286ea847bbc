export interface SelfCheckInputIssue {
  /** The question id (or answer key) the problem is with; empty when it is with the perspective or the answers as a whole. */
  readonly question: string;
  /**
   * `unknown-question`: an answer key that is no question id. `invalid-answer`: an answer that is none of `ANSWERS`.
   * `unknown-perspective`: a perspective that is none of `PERSPECTIVES`. `not-an-object`: answers that are not an
   * object of question ids to answers (`null`, a string, an array).
   */
  readonly problem: 'unknown-question' | 'invalid-answer' | 'unknown-perspective' | 'not-an-object';
}

/** What the self-check throws for input it cannot score, naming every problem it found. */
export class SelfCheckInputError extends Error {
  readonly issues: readonly SelfCheckInputIssue[];
  constructor(issues: readonly SelfCheckInputIssue[]) {
    super(
      `Invalid self-check input: ${issues.map((i) => (i.question === '' ? i.problem : `${i.question.slice(0, 60)} (${i.problem})`)).join(', ')}`,
    );
    this.name = 'SelfCheckInputError';
    this.issues = issues;
  }
}

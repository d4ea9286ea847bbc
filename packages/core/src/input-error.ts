/**
 * What a core function throws when an argument is not something it can answer for (a number where it needs a list, a
 * list where it needs an object), where the function has no `{ ok: false }` result to say so. `code` and `input` match
 * the `QueryError` that the country and tier lookups return, so one handler can read both.
 */
export class InvalidInputError extends Error {
  readonly code = 'invalid-input';
  /** The value exactly as it was passed in. */
  readonly input: unknown;
  constructor(input: unknown, message: string) {
    super(message);
    this.name = 'InvalidInputError';
    this.input = input;
  }
}

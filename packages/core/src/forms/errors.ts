import * as z from 'zod/mini';
import { define } from '../define-schema.js';
import { InvalidInputError } from '../input-error.js';
import { FORM_MESSAGE_KEYS, type FormMessageKey, isFormMessageKey } from './rules.js';

/** One problem with one field: the field's name in the form's data, and the message key of the rule it broke. */
export interface FieldError {
  readonly field: string;
  readonly key: FormMessageKey;
}

/** The parts of an issue this module reads; zod's and zod/mini's issues both fit. */
export interface IssueLike {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
}

/**
 * Turns zod issues into `{ field, key }` pairs, at most one per field (the first, which is the most basic: "required"
 * before "too long" before "not an email"). The field is the first path segment under `data` for an envelope (or the
 * first segment for a form's data alone); envelope-level problems name their own key, such as `consent` or `page`.
 * Unknown keys become one `unknownField` pair each. A message that is not a known key becomes `invalid`. An issue
 * without a usable path counts for the envelope as a whole (`field` empty); `issues` that is not an array throws
 * `InvalidInputError`.
 */
export function issuesToFieldErrors(issues: readonly IssueLike[]): FieldError[] {
  if (!Array.isArray(issues)) throw new InvalidInputError(issues, 'issuesToFieldErrors() needs an array of issues.');
  const errors = new Map<string, FormMessageKey>();
  const add = (field: unknown, key: FormMessageKey) => {
    // A field is a name: a path segment that is an object or a symbol names none, so it counts for the whole form.
    const name = typeof field === 'string' || typeof field === 'number' ? String(field) : '';
    if (!errors.has(name)) errors.set(name, key);
  };
  for (const issue of issues as readonly Partial<IssueLike>[]) {
    const full = Array.isArray(issue?.path) ? issue.path : [];
    const path = full[0] === 'data' ? full.slice(1) : full;
    if (issue?.code === 'unrecognized_keys' && Array.isArray(issue.keys)) {
      for (const key of issue.keys) add(path.length === 0 ? key : path[0], 'unknownField');
      continue;
    }
    const message = issue?.message;
    add(path.length === 0 ? '' : path[0], isFormMessageKey(message) ? message : 'invalid');
  }
  return Array.from(errors, ([field, key]) => ({ field, key }));
}

// A plain refinement rather than `z.maxLength`: the same limit, and browsers that parse these answers download none of
// zod's length-check machinery.
const atMost100 = () => z.refine<{ readonly length: number }>((value) => value.length <= 100);

/** A field error on the wire. */
export const fieldErrorSchema = /* @__PURE__ */ fieldErrorSchemaOf();

function fieldErrorSchemaOf() {
  return z.strictObject({ field: z.string().check(atMost100()), key: z.enum(FORM_MESSAGE_KEYS) });
}

/**
 * The body of a `422 Unprocessable Content` answer from the intake service: the envelope parsed, but the data broke a
 * rule. A widget shows each error on its field. `field` is empty for a problem with the envelope as a whole. At most
 * 100 errors: a longer list is refused before any of its items is read, so a hostile answer costs one length check.
 */
export const validationErrorBody = /* @__PURE__ */ define(() =>
  z.strictObject({
    type: z.literal('validation'),
    errors: z.custom<z.output<typeof fieldErrorSchema>[]>(isFieldErrorList),
  }),
);

/**
 * Whether a value is a list of at most 100 field errors on the wire. The length is checked first, so that a list of
 * 100,000 costs one comparison; then each item by index (not `every`, which skips the holes of a sparse array). A
 * custom check rather than `z.array(…).check(…)`, which parses every item before any check runs, and smaller in a
 * browser bundle too.
 */
export function isFieldErrorList(value: unknown): value is FieldError[] {
  if (!Array.isArray(value) || value.length > 100) return false;
  for (let i = 0; i < value.length; i++) if (!fieldErrorSchema.safeParse(value[i]).success) return false;
  return true;
}

export type ValidationErrorBody = z.output<typeof validationErrorBody>;

/**
 * The body of a `2xx` answer: `accepted` for a new submission, `duplicate` when the idempotency key was seen before
 * (the first outcome stands, nothing is stored twice). Clients treat both as success.
 */
export const submissionReceipt = /* @__PURE__ */ define(() =>
  z.strictObject({
    status: z.enum(['accepted', 'duplicate']),
    id: z.optional(z.string().check(atMost100())),
  }),
);

export type SubmissionReceipt = z.output<typeof submissionReceipt>;

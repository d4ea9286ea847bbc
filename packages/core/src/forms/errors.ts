import * as z from 'zod/mini';
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
 * Unknown keys become one `unknownField` pair each. A message that is not a known key becomes `invalid`.
 */
export function issuesToFieldErrors(issues: readonly IssueLike[]): FieldError[] {
  const errors = new Map<string, FormMessageKey>();
  const add = (field: string, key: FormMessageKey) => {
    if (!errors.has(field)) errors.set(field, key);
  };
  for (const issue of issues) {
    const path = issue.path[0] === 'data' ? issue.path.slice(1) : issue.path;
    if (issue.code === 'unrecognized_keys' && issue.keys !== undefined) {
      for (const key of issue.keys) add(path.length === 0 ? key : String(path[0]), 'unknownField');
      continue;
    }
    add(path.length === 0 ? '' : String(path[0]), isFormMessageKey(issue.message) ? issue.message : 'invalid');
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
 * rule. A widget shows each error on its field. `field` is empty for a problem with the envelope as a whole.
 */
export const validationErrorBody = /* @__PURE__ */ validationErrorBodySchema();

function validationErrorBodySchema() {
  return z.strictObject({
    type: z.literal('validation'),
    errors: z.array(fieldErrorSchema).check(atMost100()),
  });
}

export type ValidationErrorBody = z.output<typeof validationErrorBody>;

/**
 * The body of a `2xx` answer: `accepted` for a new submission, `duplicate` when the idempotency key was seen before
 * (the first outcome stands, nothing is stored twice). Clients treat both as success.
 */
export const submissionReceipt = /* @__PURE__ */ submissionReceiptSchema();

function submissionReceiptSchema() {
  return z.strictObject({
    status: z.enum(['accepted', 'duplicate']),
    id: z.optional(z.string().check(atMost100())),
  });
}

export type SubmissionReceipt = z.output<typeof submissionReceipt>;

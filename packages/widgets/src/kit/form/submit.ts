// What a submit and a re-check decide, as changes for the controller to apply: loaded with the contract. Nothing here
// writes to a form; each step hands its change to `commit`.
import type { FieldError, FormMessageKey } from '@ijm/core/forms';
import type { DataSchema, FormChange, FormSender, FormSnapshot, SendOutcome, SubmitRequest } from './model.js';
import { CONSENT_FIELD, check, pointerReleased } from './validate.js';

let sender: Promise<FormSender> | undefined;

/**
 * Loads the sending half (envelope, transport, retries): a form validates without it, so it is not part of what a form
 * downloads before it can validate. A failed download is tried again on the next call.
 */
export function loadSender(): Promise<FormSender> {
  sender ??= import('./send.js').catch((error: unknown) => {
    sender = undefined;
    throw error;
  });
  return sender;
}

const failed = (form: FormSnapshot, reason: NonNullable<FormChange['failure']>, status?: number): FormChange => ({
  state: 'failed',
  failure: reason,
  event: {
    type: 'ijm-error',
    detail: { formId: form.formId, outcome: 'error', reason, ...(status === undefined ? {} : { status }) },
  },
});

/**
 * Errors on their fields and in the summary, in field order, with focus for the summary. Errors the person cannot fix
 * on a field (a server naming fields this form does not have) make one general line, however many.
 */
function showErrors(form: FormSnapshot, errors: readonly FieldError[], source: 'client' | 'server'): FormChange {
  const order = [...form.fields().map((field) => field.name), CONSENT_FIELD];
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const shown = new Map<string, FormMessageKey>();
  let unknownShown = false;
  for (const { field, key } of errors) {
    if (shown.has(field)) continue;
    if (!order.includes(field)) {
      if (unknownShown) continue;
      unknownShown = true;
    }
    shown.set(field, key);
  }
  return {
    state: 'idle',
    errors: shown,
    errorLines: new Map([...shown].map(([field, key]) => [field, [key]])),
    summary: [...shown.keys()].sort((a, b) => rank(a) - rank(b)),
    focusTarget: 'summary',
    event: { type: 'ijm-invalid', detail: { formId: form.formId, outcome: 'invalid', source, errors } },
  };
}

/** The change an outcome of sending makes. */
function settle(form: FormSnapshot, outcome: SendOutcome): FormChange {
  const idempotency = outcome.idempotency === undefined ? {} : { idempotency: outcome.idempotency };
  switch (outcome.kind) {
    case 'accepted':
      return {
        ...idempotency,
        state: 'success',
        focusTarget: 'success',
        event: {
          type: 'ijm-success',
          detail: {
            formId: form.formId,
            outcome: 'success',
            ...(outcome.status === undefined ? {} : { status: outcome.status }),
          },
        },
      };
    case 'invalid':
      return { ...idempotency, ...showErrors(form, outcome.errors, 'server') };
    case 'failed':
      return { ...idempotency, ...failed(form, outcome.reason, outcome.status) };
    case 'cancelled':
      return { ...idempotency, state: 'idle' };
  }
}

/** Checks the form; sends it when it is valid; hands every change to `commit`. */
export async function submit(
  form: FormSnapshot,
  request: SubmitRequest,
  commit: (change: FormChange) => void,
): Promise<void> {
  const { data, errors } = check(form, request.schema);
  if (errors.length > 0) {
    commit(showErrors(form, errors, 'client'));
    return;
  }
  commit({ errors: new Map(), errorLines: new Map(), summary: [] });
  let send: FormSender | undefined;
  while (send === undefined) {
    try {
      send = await loadSender();
    } catch {
      // Offline before the sending half arrived: wait for the network, as the transport itself does, rather than fail.
      if (navigator.onLine !== false) {
        commit(failed(form, 'load'));
        return;
      }
      commit({ state: 'offline' });
      await new Promise((resolve) => addEventListener('online', resolve, { once: true }));
      if (!request.host.isConnected) {
        commit({ state: 'idle' });
        return;
      }
      commit({ state: 'submitting' });
    }
  }
  const outcome = await send.send(
    { ...request, formId: form.formId, data },
    {
      dispatchSubmit: request.dispatchSubmit,
      waiting: (kind) => commit({ state: kind === 'offline' ? 'offline' : 'waiting' }),
    },
  );
  commit(settle(form, outcome));
}

/**
 * A field with an error line was left: its line updates, or hides once the field is fixed, never shrinking. The
 * summary stays as the last submit left it. Left by pressing on another control, the check waits until that click is
 * delivered: a new, longer message would otherwise move the control between press and release.
 */
export async function recheck(form: FormSnapshot, schema: DataSchema, name: string): Promise<FormChange | undefined> {
  await pointerReleased();
  const shown = form.errorLines.get(name);
  if (shown === undefined) return undefined;
  const error = check(form, schema).errors.find(({ field }) => field === name);
  const errors = new Map(form.errors);
  const errorLines = new Map(form.errorLines);
  if (error === undefined) errors.delete(name);
  else {
    errors.set(name, error.key);
    errorLines.set(name, [...shown.filter((key) => key !== error.key), error.key]);
  }
  return { errors, errorLines };
}

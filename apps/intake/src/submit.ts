// `POST /v1/submissions/:formId`: the widgets' envelope, checked with the core's own contract.
import {
  type FieldError,
  type IssueLike,
  isFormId,
  issuesToFieldErrors,
  type SubmissionReceipt,
  submissionEnvelope,
  type ValidationErrorBody,
} from '@ijm/core/forms';
import type { FastifyInstance } from 'fastify';
import { type ClientHasher, quarantineReason } from './abuse.js';
import type { Config } from './config.js';
import { errorBody } from './http.js';
import { fingerprintOf, type SubmissionWriter } from './submissions.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const validation = (errors: readonly FieldError[]): ValidationErrorBody => ({
  type: 'validation',
  // The contract allows at most 100 errors in an answer; the first ones are the ones a person fixes first.
  errors: errors.slice(0, 100),
});

export interface SubmitDependencies {
  readonly config: Config;
  readonly writer: SubmissionWriter;
  readonly hasher: ClientHasher;
  readonly clock: () => Date;
}

export function registerSubmissionRoute(server: FastifyInstance, deps: SubmitDependencies): void {
  const { config, writer, hasher, clock } = deps;
  // Keys whose request is being handled in this process: a second request with one of them is a concurrent duplicate.
  const inFlight = new Set<string>();

  server.post<{ Params: { formId: string } }>('/v1/submissions/:formId', async (request, reply) => {
    const { formId } = request.params;
    if (!isFormId(formId)) return reply.code(404).send(errorBody('unknown-form'));
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !UUID_V4.test(key)) {
      return reply.code(400).send(errorBody('idempotency-key-required'));
    }
    const parsed = submissionEnvelope.safeParse(request.body);
    if (!parsed.success) {
      return reply.code(422).send(validation(issuesToFieldErrors(parsed.error.issues as readonly IssueLike[])));
    }
    const envelope = parsed.data;
    if (envelope.formId !== formId) return reply.code(422).send(validation([{ field: 'formId', key: 'invalid' }]));
    if (envelope.idempotencyKey.toLowerCase() !== key.toLowerCase()) {
      return reply.code(422).send(validation([{ field: 'idempotencyKey', key: 'invalid' }]));
    }
    if (inFlight.has(envelope.idempotencyKey)) return reply.code(409).send(errorBody('in-progress'));
    inFlight.add(envelope.idempotencyKey);
    try {
      const now = clock();
      const result = await writer.write({
        envelope,
        fingerprint: fingerprintOf(envelope),
        clientHash: await hasher.hash(request.ip, now),
        quarantineReason: quarantineReason(envelope, config),
      });
      if (result.status === 'rate-limited') {
        return reply.code(429).header('retry-after', String(result.retryAfterSeconds)).send(errorBody('rate-limited'));
      }
      if (result.status === 'key-reused') {
        return reply.code(422).send(validation([{ field: 'idempotencyKey', key: 'invalid' }]));
      }
      // A quarantined submission is answered exactly like an accepted one: nothing tells a bot it was caught.
      return reply
        .code(result.status === 'accepted' ? 201 : 200)
        .send({ status: result.status, id: result.id } satisfies SubmissionReceipt);
    } finally {
      inFlight.delete(envelope.idempotencyKey);
    }
  });
}

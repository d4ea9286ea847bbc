// Property-based bad input: thousands of generated bodies, headers and content types. The service must never answer
// 5xx, and must store nothing for any 4xx.
import { FORM_IDS } from '@ijm/core/forms';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envelopeFor, type Intake, injectVia, PARTNER, rowCounts, type Send, startIntake } from './support/intake.js';

let intake: Intake;
let send: Send;

beforeAll(async () => {
  // Generous limits: this suite is about malformed input, not about rate limiting.
  intake = await startIntake({
    env: {
      RATE_LIMIT_CLIENT_PER_10_MIN: '1000000',
      RATE_LIMIT_FORM_PER_MINUTE: '1000000',
      RATE_LIMIT_EMAIL_PER_HOUR: '1000000',
    },
  });
  send = injectVia(intake);
});
afterAll(() => intake.close());

const anyJson = fc.jsonValue({ maxDepth: 4 });

/** An almost-valid envelope with one part broken: the shapes a buggy or hostile client sends. */
const brokenEnvelope = fc
  .tuple(
    fc.constantFrom(...FORM_IDS),
    fc.constantFrom(
      'formId',
      'contractVersion',
      'idempotencyKey',
      'submittedAt',
      'locale',
      'page',
      'consent',
      'honeypot',
      'elapsedMs',
      'data',
      'extra',
    ),
    anyJson,
  )
  .map(([formId, key, value]) => {
    const envelope = envelopeFor(formId) as unknown as Record<string, unknown>;
    return { formId, key: envelope.idempotencyKey as string, body: { ...envelope, [key]: value } };
  });

/** A valid envelope whose data has one field replaced by any JSON value (or an extra field). */
const brokenData = fc
  .tuple(
    fc.constantFrom(...FORM_IDS),
    fc.constantFrom(
      'email',
      'name',
      'givenName',
      'country',
      'message',
      'topic',
      'idea',
      'goalAmount',
      'deadline',
      '__proto__',
      'constructor',
    ),
    anyJson,
  )
  .map(([formId, field, value]) => {
    const envelope = envelopeFor(formId);
    const data = JSON.parse(`{${JSON.stringify(field)}:${JSON.stringify(value ?? null)}}`) as Record<string, unknown>;
    return { formId, key: envelope.idempotencyKey, body: { ...envelope, data: { ...envelope.data, ...data } } };
  });

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  '',
  'application/json; charset=latin1',
  '*/*',
);

describe('malformed requests', () => {
  it('never answer 5xx and store nothing, across generated envelopes, data, bodies and headers', async () => {
    const before = await rowCounts(intake.db);
    const statuses = new Map<number, number>();
    const request = fc.oneof(
      brokenEnvelope.map(({ formId, key, body }) => ({
        formId,
        key,
        body: JSON.stringify(body),
        type: 'application/json',
      })),
      brokenData.map(({ formId, key, body }) => ({
        formId,
        key,
        body: JSON.stringify(body),
        type: 'application/json',
      })),
      fc.record({
        formId: fc.oneof(fc.constantFrom(...FORM_IDS), fc.string({ maxLength: 20 })),
        key: fc.oneof(fc.uuid({ version: 4 }), fc.string({ maxLength: 60 })),
        body: fc.oneof(
          anyJson.map((v) => JSON.stringify(v)),
          fc.string({ maxLength: 200 }),
          fc.constant(''),
          fc.constant('{"__proto__":{"x":1}}'),
        ),
        type: contentTypes,
      }),
    );
    await fc.assert(
      fc.asyncProperty(request, async ({ formId, key, body, type }) => {
        const headers: Record<string, string> = { 'idempotency-key': key, origin: PARTNER };
        if (type !== '') headers['content-type'] = type;
        const answer = await send({
          method: 'POST',
          url: `/v1/submissions/${encodeURIComponent(formId)}`,
          headers,
          body,
        });
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        // A generated body can be valid by chance (an extra key that happens to be optional): only 4xx must store nothing.
        expect(answer.status).toBeLessThan(500);
        if (answer.status >= 400) expect(answer.headers['content-type']).toContain('application/json');
      }),
      { numRuns: 3000 },
    );
    const after = await rowCounts(intake.db);
    const successes = [...statuses].filter(([status]) => status < 300).reduce((sum, [, n]) => sum + n, 0);
    // Each 2xx stored exactly one submission; every 4xx stored nothing.
    expect((after.submissions ?? 0) - (before.submissions ?? 0)).toBe(successes);
    expect([...statuses.keys()].every((status) => status < 500)).toBe(true);
    expect(statuses.get(422) ?? 0).toBeGreaterThan(1000);
  });

  it('answer bad headers and methods with 4xx', async () => {
    const envelope = envelopeFor('media-contact');
    const body = JSON.stringify(envelope);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'POST'),
        fc.dictionary(
          fc.constantFrom(
            'content-length',
            'content-encoding',
            'transfer-encoding',
            'idempotency-key',
            'origin',
            'content-type',
          ),
          fc.string({ maxLength: 40 }),
        ),
        async (method, headers) => {
          const answer = await send({ method, url: '/v1/submissions/media-contact', headers, body }).catch(
            () => undefined,
          );
          // inject itself refuses some impossible header combinations before the service sees them: that is fine.
          if (answer !== undefined) expect(answer.status).toBeLessThan(500);
        },
      ),
      { numRuns: 500 },
    );
  });
});

// The submission route as the widgets meet it: first through Fastify's inject, then the same suite over real HTTP.
import { submissionReceipt, validationErrorBody } from '@ijm/core/forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  envelopeFor,
  httpVia,
  type Intake,
  injectVia,
  PARTNER,
  rowCounts,
  type Send,
  startIntake,
  submit,
} from './support/intake.js';

const WEBHOOKS = JSON.stringify([
  { url: 'http://127.0.0.1:9/hook', secret: `whsec_${Buffer.alloc(32, 7).toString('base64')}` },
]);

for (const transport of ['inject', 'http'] as const) {
  describe(`submissions over ${transport}`, () => {
    let intake: Intake;
    let send: Send;

    beforeAll(async () => {
      intake = await startIntake({ env: { WEBHOOKS, RATE_LIMIT_EMAIL_PER_HOUR: '3' } });
      send = transport === 'inject' ? injectVia(intake) : httpVia(await intake.listen());
    });
    afterAll(() => intake.close());

    it('stores a valid submission, answers with the core receipt, and queues one webhook', async () => {
      const envelope = envelopeFor('media-contact');
      const answer = await submit(send, envelope);
      expect(answer.status).toBe(201);
      const receipt = submissionReceipt.parse(answer.json());
      expect(receipt.status).toBe('accepted');
      const row = await intake.db
        .selectFrom('submissions')
        .selectAll()
        .where('id', '=', receipt.id ?? '')
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ form_id: 'media-contact', status: 'accepted', subject_email: 'sam@news.example' });
      expect(JSON.parse(row.data)).toMatchObject({ organization: 'The Daily Example' });
      const outbox = await intake.db.selectFrom('outbox').selectAll().where('submission_id', '=', row.id).execute();
      expect(outbox.map((r) => [r.kind, r.event, r.status])).toEqual([['webhook', 'submission.accepted', 'pending']]);
    });

    it('answers a replay with the first receipt as a duplicate and stores nothing twice', async () => {
      const envelope = envelopeFor('fundraiser-lead');
      const first = submissionReceipt.parse((await submit(send, envelope)).json());
      const before = await rowCounts(intake.db);
      // A person's retry sends a new time and fill time with the same content and key.
      const replay = await submit(send, { ...envelope, submittedAt: new Date().toISOString(), elapsedMs: 99_000 });
      expect(replay.status).toBe(200);
      expect(replay.json()).toEqual({ status: 'duplicate', id: first.id });
      expect(await rowCounts(intake.db)).toEqual(before);
    });

    it('refuses a key reused for other content with 422 and keeps the first', async () => {
      const envelope = envelopeFor('fundraiser-lead');
      await submit(send, envelope);
      const before = await rowCounts(intake.db);
      const answer = await submit(send, { ...envelope, data: { ...envelope.data, name: 'Someone Else' } });
      expect(answer.status).toBe(422);
      expect(validationErrorBody.parse(answer.json()).errors).toEqual([{ field: 'idempotencyKey', key: 'invalid' }]);
      expect(await rowCounts(intake.db)).toEqual(before);
    });

    it('answers an invalid envelope with 422 and the core validation body the widgets show on fields', async () => {
      const before = await rowCounts(intake.db);
      const envelope = envelopeFor('newsletter-signup', { email: 'not an address' });
      const answer = await submit(send, envelope);
      expect(answer.status).toBe(422);
      expect(validationErrorBody.parse(answer.json()).errors).toContainEqual({ field: 'email', key: 'emailInvalid' });
      expect(await rowCounts(intake.db)).toEqual(before);
    });

    it('refuses, storing nothing: form mismatch, key mismatch, no key, unknown form, wrong type, too large, bad JSON', async () => {
      const before = await rowCounts(intake.db);
      const envelope = envelopeFor('media-contact');
      const body = JSON.stringify(envelope);
      const json = { 'content-type': 'application/json', 'idempotency-key': envelope.idempotencyKey };
      const cases: [Parameters<Send>[0], number, string][] = [
        [{ method: 'POST', url: '/v1/submissions/newsletter-signup', headers: json, body }, 422, 'validation'],
        [
          {
            method: 'POST',
            url: '/v1/submissions/media-contact',
            headers: { ...json, 'idempotency-key': envelopeFor('media-contact').idempotencyKey },
            body,
          },
          422,
          'validation',
        ],
        [
          {
            method: 'POST',
            url: '/v1/submissions/media-contact',
            headers: { 'content-type': 'application/json' },
            body,
          },
          400,
          'idempotency-key-required',
        ],
        [{ method: 'POST', url: '/v1/submissions/donation', headers: json, body }, 404, 'unknown-form'],
        [
          {
            method: 'POST',
            url: '/v1/submissions/media-contact',
            headers: { ...json, 'content-type': 'text/plain' },
            body,
          },
          415,
          'unsupported-media-type',
        ],
        [
          {
            method: 'POST',
            url: '/v1/submissions/media-contact',
            headers: json,
            body: JSON.stringify({ ...envelope, pad: 'x'.repeat(33 * 1024) }),
          },
          413,
          'body-too-large',
        ],
        [
          { method: 'POST', url: '/v1/submissions/media-contact', headers: json, body: '{"formId":' },
          400,
          'invalid-json',
        ],
        [{ method: 'GET', url: '/v1/submissions/media-contact' }, 404, 'not-found'],
      ];
      for (const [request, status, error] of cases) {
        const answer = await send(request);
        expect([request.url, request.headers?.['content-type'], answer.status]).toEqual([
          request.url,
          request.headers?.['content-type'],
          status,
        ]);
        expect((answer.json() as { error?: string; type: string }).error ?? 'validation').toBe(error);
      }
      expect(await rowCounts(intake.db)).toEqual(before);
    });

    it('answers preflight for a partner origin and refuses other origins, preflight and POST alike', async () => {
      const preflight = await send({
        method: 'OPTIONS',
        url: '/v1/submissions/newsletter-signup',
        headers: {
          origin: PARTNER,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, idempotency-key',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(PARTNER);
      expect(preflight.headers['access-control-allow-headers']).toContain('idempotency-key');
      const refused = await send({
        method: 'OPTIONS',
        url: '/v1/submissions/newsletter-signup',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(refused.status).toBe(403);
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();

      const before = await rowCounts(intake.db);
      const post = await submit(send, envelopeFor('media-contact'), { origin: 'https://evil.example' });
      expect(post.status).toBe(403);
      expect(await rowCounts(intake.db)).toEqual(before);
      const allowed = await submit(send, envelopeFor('media-contact', { email: 'cors@news.example' }), {
        origin: PARTNER,
      });
      expect(allowed.status).toBe(201);
      expect(allowed.headers['access-control-allow-origin']).toBe(PARTNER);
    });

    it('answers a filled honeypot and a too-fast form like a success, stores them quarantined, forwards nothing', async () => {
      for (const [overrides, reason] of [
        [{ honeypot: 'http://spam.example' }, 'honeypot'],
        [{ elapsedMs: 200 }, 'too-fast'],
      ] as const) {
        const answer = await submit(
          send,
          envelopeFor('newsletter-signup', { email: `bot-${reason}@example.org` }, overrides),
        );
        expect(answer.status).toBe(201);
        const { id } = submissionReceipt.parse(answer.json());
        const row = await intake.db
          .selectFrom('submissions')
          .selectAll()
          .where('id', '=', id ?? '')
          .executeTakeFirstOrThrow();
        expect([row.status, row.quarantine_reason]).toEqual(['quarantined', reason]);
        expect(await intake.db.selectFrom('outbox').select('id').where('submission_id', '=', row.id).execute()).toEqual(
          [],
        );
        expect(
          await intake.db
            .selectFrom('subscribers')
            .select('email')
            .where('email', '=', `bot-${reason}@example.org`)
            .execute(),
        ).toEqual([]);
      }
    });

    it('limits submissions per email address with 429 and a Retry-After the widgets honour', async () => {
      const email = 'busy@example.org';
      for (let i = 0; i < 3; i++)
        expect((await submit(send, envelopeFor('fundraiser-lead', { email, name: `Try ${i}` }))).status).toBe(201);
      const limited = await submit(send, envelopeFor('fundraiser-lead', { email, name: 'Try 4' }));
      expect(limited.status).toBe(429);
      const wait = Number(limited.headers['retry-after']);
      expect(wait).toBeGreaterThan(3000);
      expect(wait).toBeLessThanOrEqual(3600);
    });

    it('stores one row for concurrent requests with one key', async () => {
      const envelope = envelopeFor('media-contact', { email: 'race@news.example' });
      const answers = await Promise.all(Array.from({ length: 8 }, () => submit(send, envelope)));
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.every((s) => s === 201 || s === 200 || s === 409)).toBe(true);
      const rows = await intake.db
        .selectFrom('submissions')
        .select('id')
        .where('subject_email', '=', 'race@news.example')
        .execute();
      expect(rows).toHaveLength(1);
    });

    it('sends security headers and keeps addresses and payloads out of the logs', async () => {
      const answer = await submit(
        send,
        envelopeFor('media-contact', { email: 'private.person@news.example', message: 'A secret story' }),
      );
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
      expect(answer.headers['cache-control']).toBe('no-store');
      const log = intake.logs.join('');
      expect(log).toContain('"route":"/v1/submissions/:formId"');
      expect(log).not.toContain('private.person');
      expect(log).not.toContain('secret story');
    });

    it('reports health: database and outbox backlog', async () => {
      const answer = await send({ method: 'GET', url: '/v1/health' });
      expect(answer.status).toBe(200);
      const health = answer.json() as { status: string; database: string; outbox: { pending: number } };
      expect(health).toMatchObject({ status: 'ok', database: 'sqlite' });
      expect(health.outbox.pending).toBeGreaterThan(0);
    });
  });
}

describe('the form-wide rate limit', () => {
  let intake: Intake;
  let send: Send;
  beforeAll(async () => {
    intake = await startIntake({ env: { RATE_LIMIT_FORM_PER_MINUTE: '3' } });
    send = injectVia(intake);
  });
  afterAll(() => intake.close());

  it('refuses a form past its limit a minute, by counters, whoever sends; other forms still pass; it lifts', async () => {
    const lead = (i: number) => envelopeFor('fundraiser-lead', { email: `flood-${i}@example.org`, name: `Flood ${i}` });
    for (let i = 0; i < 3; i++) expect((await submit(send, lead(i))).status).toBe(201);
    const limited = await submit(send, lead(3));
    expect(limited.status).toBe(429);
    const wait = Number(limited.headers['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect(
      await intake.db
        .selectFrom('submissions')
        .select('id')
        .where('subject_email', '=', 'flood-3@example.org')
        .execute(),
    ).toEqual([]);
    expect((await submit(send, envelopeFor('media-contact', { email: 'other-form@news.example' }))).status).toBe(201);

    // Two windows later nothing of the flood counts, and only the counters still read are kept.
    intake.advance(2 * 60_000);
    expect((await submit(send, lead(4))).status).toBe(201);
    const counters = await intake.db
      .selectFrom('form_counts')
      .selectAll()
      .where('form_id', '=', 'fundraiser-lead')
      .execute();
    expect(counters.map((row) => Number(row.count))).toEqual([1]);
  });
});

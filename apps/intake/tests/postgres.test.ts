// The same service on PostgreSQL: the contract, idempotency across processes, and several workers sharing one outbox
// with FOR UPDATE SKIP LOCKED, each webhook delivered once.
import { submissionReceipt } from '@ijm/core/forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, envelopeFor, type Intake, injectVia, rowCounts, startIntake, submit } from './support/intake.js';
import { type Postgres, startPostgres } from './support/postgres.js';
import { startReceiver } from './support/receiver.js';

let postgres: Postgres;
const open: Intake[] = [];

beforeAll(async () => {
  postgres = await startPostgres();
  console.info(`PostgreSQL for these tests: ${postgres.origin}`);
});
afterAll(async () => {
  for (const intake of open) await intake.close();
  await postgres.stop();
});

async function intakeOn(url: string, env: Record<string, string> = {}, pollMs?: number) {
  const intake = await startIntake({ env: { DATABASE_URL: url, ...env }, ...(pollMs === undefined ? {} : { pollMs }) });
  open.push(intake);
  return intake;
}

describe('on PostgreSQL', () => {
  it('accepts, deduplicates, refuses a reused key, quarantines, and erases like on SQLite', async () => {
    const intake = await intakeOn(await postgres.createDatabase());
    const send = injectVia(intake);
    const envelope = envelopeFor('newsletter-signup', { email: 'pg@example.org' });
    const first = await submit(send, envelope);
    expect(first.status).toBe(201);
    const replay = await submit(send, envelope);
    expect(replay.json()).toEqual({ status: 'duplicate', id: submissionReceipt.parse(first.json()).id });
    expect((await submit(send, { ...envelope, data: { email: 'other@example.org' } })).status).toBe(422);
    expect((await submit(send, envelopeFor('media-contact', {}, { honeypot: 'x' }))).status).toBe(201);
    expect(await rowCounts(intake.db)).toEqual({
      submissions: 2,
      idempotency_keys: 2,
      outbox: 1,
      subscribers: 1,
      confirmation_tokens: 1,
    });
    const health = await send({ method: 'GET', url: '/v1/health' });
    expect(health.json()).toMatchObject({ status: 'ok', database: 'postgres', outbox: { pending: 1 } });
    const erased = await send({
      method: 'POST',
      url: '/v1/admin/subject/erase',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'pg@example.org' }),
    });
    expect(erased.status).toBe(200);
    expect(await rowCounts(intake.db)).toEqual({
      submissions: 1,
      idempotency_keys: 1,
      outbox: 0,
      subscribers: 0,
      confirmation_tokens: 0,
    });
  });

  it('stores one row when two processes receive the same key at once', async () => {
    const url = await postgres.createDatabase();
    const a = await intakeOn(url);
    const b = await intakeOn(url);
    for (let round = 0; round < 10; round++) {
      const envelope = envelopeFor('fundraiser-lead', { email: `race${round}@example.org` });
      const answers = await Promise.all([a, b, a, b].map((intake) => submit(injectVia(intake), envelope)));
      const statuses = answers.map((answer) => answer.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(1);
      expect(statuses.every((status) => [200, 201, 409].includes(status))).toBe(true);
      const ids = new Set(
        answers.filter((answer) => answer.status < 300).map((answer) => submissionReceipt.parse(answer.json()).id),
      );
      expect(ids.size).toBe(1);
    }
    expect((await rowCounts(a.db)).submissions).toBe(10);
  });

  it('shares the outbox between two workers: every submission delivered, none twice', async () => {
    const hook = await startReceiver();
    const url = await postgres.createDatabase();
    const env = {
      WEBHOOKS: JSON.stringify([{ url: hook.url, secret: hook.secret }]),
      RATE_LIMIT_FORM_PER_MINUTE: '100000',
      RATE_LIMIT_CLIENT_PER_10_MIN: '100000',
    };
    const a = await intakeOn(url, env, 10);
    const b = await intakeOn(url, env, 10);
    const ids: string[] = [];
    await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        const answer = await submit(
          injectVia(i % 2 === 0 ? a : b),
          envelopeFor('media-contact', { email: `w${i}@news.example` }),
        );
        ids.push(submissionReceipt.parse(answer.json()).id ?? '');
      }),
    );
    await hook.waitFor(() => hook.accepted.size === 60);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hook.attempts).toHaveLength(60);
    expect(new Set([...hook.accepted.values()].map((e) => e.delivery.payload.data.id))).toEqual(new Set(ids));
    await hook.close();
  });
});

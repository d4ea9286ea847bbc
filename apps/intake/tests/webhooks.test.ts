// Forwarding to partners' webhooks under faults, against a local receiver that verifies Standard Webhooks signatures.
import { submissionReceipt } from '@ijm/core/forms';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, envelopeFor, type Intake, injectVia, startIntake, submit } from './support/intake.js';
import { type Receiver, startReceiver } from './support/receiver.js';

let intake: Intake | undefined;
const receivers: Receiver[] = [];

afterEach(async () => {
  await intake?.close();
  intake = undefined;
  for (const receiver of receivers.splice(0)) await receiver.close();
});

async function setUp(count: number, env: Record<string, string> = {}) {
  const hooks = await Promise.all(Array.from({ length: count }, () => startReceiver()));
  receivers.push(...hooks);
  intake = await startIntake({
    pollMs: 25,
    env: {
      WEBHOOKS: JSON.stringify(hooks.map((hook) => ({ url: hook.url, secret: hook.secret }))),
      WEBHOOK_RETRY_BASE_MS: '20',
      WEBHOOK_RETRY_MAX_MS: '200',
      WEBHOOK_TIMEOUT_MS: '300',
      ...env,
    },
  });
  return { hooks, intake, send: injectVia(intake) };
}

const accepted = async (send: ReturnType<typeof injectVia>, n: number) => {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const answer = await submit(send, envelopeFor('media-contact', { email: `reporter${i}@news.example` }));
    expect(answer.status).toBe(201);
    ids.push(submissionReceipt.parse(answer.json()).id ?? '');
  }
  return ids;
};

describe('webhook delivery', () => {
  it('gets every submission through 5xx, 429 with Retry-After, a timeout, a reset and a redirect, once each by webhook-id', async () => {
    const { hooks, send } = await setUp(1);
    const [hook] = hooks as [Receiver];
    const script = [
      { status: 503 },
      { status: 429, headers: { 'retry-after': '1' } },
      'hang',
      'reset',
      { status: 302, headers: { location: 'http://127.0.0.1:9/elsewhere' } },
    ] as const;
    hook.behave = (attempt) => script[attempt - 1];
    const ids = await accepted(send, 4);
    await hook.waitFor(() => hook.accepted.size === 4);
    // A moment more, to catch a late duplicate.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([...hook.accepted.values()].map((entry) => entry.count)).toEqual([1, 1, 1, 1]);
    expect([...hook.accepted.values()].map((entry) => entry.delivery.payload.data.id).sort()).toEqual([...ids].sort());
    expect(hook.attempts.every((attempt) => attempt.verified)).toBe(true);
    for (const id of hook.accepted.keys()) {
      const attempts = hook.attempts.filter((attempt) => attempt.id === id);
      expect(attempts).toHaveLength(6);
      // Retry-After: 1 was honoured although the backoff alone was at most 200 ms.
      expect((attempts[2]?.at ?? 0) - (attempts[1]?.at ?? 0)).toBeGreaterThanOrEqual(950);
    }
    const rows = await intake?.db.selectFrom('outbox').select(['status', 'attempts']).execute();
    expect(rows?.map((row) => [row.status, row.attempts])).toEqual(Array(4).fill(['delivered', 6]));
  });

  it('accepts submissions while the endpoint is down and delivers each once when it recovers; a healthy endpoint is not held up', async () => {
    const { hooks, send } = await setUp(2);
    const [down, healthy] = hooks as [Receiver, Receiver];
    let isDown = true;
    down.behave = () => (isDown ? 'reset' : undefined);
    const ids = await accepted(send, 5);
    await healthy.waitFor(() => healthy.accepted.size === 5);
    expect(down.accepted.size).toBe(0);
    isDown = false;
    await down.waitFor(() => down.accepted.size === 5);
    expect([...down.accepted.values()].map((entry) => entry.count)).toEqual([1, 1, 1, 1, 1]);
    expect(new Set([...down.accepted.values()].map((entry) => entry.delivery.payload.data.id))).toEqual(new Set(ids));
  });

  it('disables an endpoint that answers 410, and stops queuing for it', async () => {
    const { hooks, send } = await setUp(1);
    const [hook] = hooks as [Receiver];
    hook.behave = () => ({ status: 410 });
    await accepted(send, 2);
    await hook.waitFor(() => hook.attempts.length >= 1);
    const deadline = Date.now() + 5000;
    while (
      (await intake?.db.selectFrom('disabled_endpoints').selectAll().execute())?.length === 0 &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const statuses = await intake?.db.selectFrom('outbox').select('status').execute();
    expect(statuses?.map((row) => row.status)).toEqual(['disabled', 'disabled']);
    const answer = await submit(send, envelopeFor('fundraiser-lead'));
    expect(answer.status).toBe(201);
    expect(await intake?.db.selectFrom('outbox').select('id').where('status', '=', 'pending').execute()).toEqual([]);
    const admin = await send({
      method: 'GET',
      url: '/v1/admin/outbox/dead',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect((admin.json() as { disabledEndpoints: { url: string }[] }).disabledEndpoints.map((e) => e.url)).toEqual([
      hook.url,
    ]);
  });

  it('dead-letters a delivery after the give-up time, shows it to the admin, and delivers it once retried', async () => {
    const { hooks, send } = await setUp(1, { WEBHOOK_GIVE_UP_AFTER_MS: '1000' });
    const [hook] = hooks as [Receiver];
    let failing = true;
    hook.behave = () => (failing ? { status: 500 } : undefined);
    await accepted(send, 1);
    const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
    let dead: { id: string; last_error: string; attempts: number }[] = [];
    const deadline = Date.now() + 10_000;
    while (dead.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      dead = (
        (await send({ method: 'GET', url: '/v1/admin/outbox/dead', headers: auth })).json() as {
          deadLetters: typeof dead;
        }
      ).deadLetters;
    }
    expect(dead).toHaveLength(1);
    expect(dead[0]?.last_error).toBe('HTTP 500');
    expect(dead[0]?.attempts).toBeGreaterThan(2);
    const attemptsWhenDead = hook.attempts.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(hook.attempts.length).toBe(attemptsWhenDead);
    failing = false;
    const retry = await send({ method: 'POST', url: `/v1/admin/outbox/${dead[0]?.id}/retry`, headers: auth });
    expect(retry.status).toBe(200);
    await hook.waitFor(() => hook.accepted.size === 1);
    expect(hook.accepted.get(dead[0]?.id ?? '')?.count).toBe(1);
  });
});

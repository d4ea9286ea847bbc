// `kill -9` during a load run: after a restart every acknowledged submission is in the database, and the outbox
// drains to the partner's endpoint, one webhook-id per submission.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { envelopeFor } from './support/intake.js';
import { startReceiver } from './support/receiver.js';

const server = fileURLToPath(new URL('../dist/server.js', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'ijm-intake-crash-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(folder, { recursive: true, force: true });
});

/** Starts the built service and resolves with its base URL once it prints that it listens. */
function start(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', DATABASE_URL: join(folder, 'intake.sqlite'), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match !== null) resolve({ child, base: match[1] as string });
    });
    child.on('exit', (code) => reject(new Error(`intake exited with ${code}: ${out}`)));
  });
}

describe('crash safety', () => {
  it('keeps every acknowledged submission through kill -9 and delivers the outbox after restart', async () => {
    const hook = await startReceiver();
    const env = {
      WEBHOOKS: JSON.stringify([{ url: hook.url, secret: hook.secret }]),
      WEBHOOK_RETRY_BASE_MS: '50',
      WEBHOOK_TIMEOUT_MS: '500',
      RATE_LIMIT_CLIENT_PER_10_MIN: '1000000',
      RATE_LIMIT_FORM_PER_MINUTE: '1000000',
    };
    const first = await start(env);
    const acknowledged: string[] = [];
    let sent = 0;
    let killed = false;
    const worker = async () => {
      while (sent < 2000 && !killed) {
        sent += 1;
        const envelope = envelopeFor('media-contact', { email: `load${sent}@news.example` });
        try {
          const response = await fetch(`${first.base}/v1/submissions/media-contact`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': envelope.idempotencyKey },
            body: JSON.stringify(envelope),
          });
          if (response.status === 201) acknowledged.push(envelope.idempotencyKey);
          if (acknowledged.length >= 300 && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        } catch {
          // Refused or reset: the process is gone; this one was never acknowledged.
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(killed).toBe(true);
    if (first.child.exitCode === null && first.child.signalCode === null)
      await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await start(env);
    const db = new SQLite(join(folder, 'intake.sqlite'), { readonly: true });
    const stored = new Set(db.prepare('select key from idempotency_keys').pluck().all() as string[]);
    const missing = acknowledged.filter((key) => !stored.has(key));
    expect(missing).toEqual([]);
    const submissions = db.prepare("select id from submissions where status = 'accepted'").pluck().all() as string[];
    expect(submissions.length).toBeGreaterThanOrEqual(acknowledged.length);

    await hook.waitFor(
      () => new Set([...hook.accepted.values()].map((e) => e.delivery.payload.data.id)).size === submissions.length,
      60_000,
    );
    const delivered = [...hook.accepted.values()].map((e) => e.delivery.payload.data.id as string);
    // One webhook-id per submission: redeliveries after the crash reuse the id, so the receiver sees no duplicate.
    expect(delivered.length).toBe(submissions.length);
    expect(new Set(delivered)).toEqual(new Set(submissions));
    // The receiver answers before the worker records the delivery: wait for the records too.
    const undelivered = db.prepare("select count(*) from outbox where status != 'delivered'").pluck();
    await hook.waitFor(() => undelivered.get() === 0, 10_000);
    db.close();
    second.child.kill('SIGTERM');
    await hook.close();
  }, 120_000);

  it('finishes in-flight requests on SIGTERM, stores each one it acknowledged, and exits 0', async () => {
    const { child, base } = await start({
      DATABASE_URL: join(folder, 'drain.sqlite'),
      RATE_LIMIT_CLIENT_PER_10_MIN: '1000000',
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const acknowledged: string[] = [];
    const outcomes = new Map<string, number>();
    let signalled = false;
    const client = async () => {
      for (let i = 0; i < 40; i++) {
        const envelope = envelopeFor('fundraiser-lead', { email: `drain${Math.random()}@example.org` });
        let outcome: string;
        try {
          const response = await fetch(`${base}/v1/submissions/fundraiser-lead`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': envelope.idempotencyKey },
            body: JSON.stringify(envelope),
          });
          outcome = String(response.status);
          if (response.status === 201) acknowledged.push(envelope.idempotencyKey);
        } catch {
          outcome = 'refused';
        }
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        if (acknowledged.length >= 60 && !signalled) {
          signalled = true;
          child.kill('SIGTERM');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, client));
    expect(await exited).toBe(0);
    // Every answer was a success, a 503 while closing, or a refused connection once closed: never a dropped request.
    expect([...outcomes.keys()].every((outcome) => ['201', '503', 'refused'].includes(outcome))).toBe(true);
    const db = new SQLite(join(folder, 'drain.sqlite'), { readonly: true });
    const stored = new Set(db.prepare('select key from idempotency_keys').pluck().all() as string[]);
    db.close();
    expect(acknowledged.filter((key) => !stored.has(key))).toEqual([]);
    expect(stored.size).toBe(acknowledged.length);
  }, 60_000);
});

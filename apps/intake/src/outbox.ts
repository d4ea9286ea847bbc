// The outbox: webhooks and emails that a committed transaction promised, delivered after the fact so that a partner's
// endpoint or an SMTP server being down never fails a submission. Webhooks follow the Standard Webhooks specification
// (https://www.standardwebhooks.com/): a `webhook-id` stable across retries, a `webhook-timestamp`, and a
// `webhook-signature` of `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` with the endpoint's secret.
import { createHmac, randomUUID } from 'node:crypto';
import type { Insertable, Transaction } from 'kysely';
import type { Config } from './config.js';
import type { Database, DatabaseKind, OutboxTable, Tables } from './database.js';
import type { Mailer } from './mail.js';

export type OutboxRow = Insertable<OutboxTable>;
type Row = OutboxTable & { attempts: number };

/** The `webhook-signature` header value for one delivery. */
export function signWebhook(key: Buffer, id: string, timestampSeconds: number, body: string): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64')}`;
}

export interface WebhookEvent {
  readonly event: 'submission.accepted' | 'subscriber.confirmed';
  readonly submissionId: string | null;
  readonly subjectEmail: string | null;
  readonly now: Date;
  readonly data: Readonly<Record<string, unknown>>;
}

/** One pending outbox row per enabled webhook endpoint, for the caller to insert in its transaction. */
export async function webhookRows(
  trx: Transaction<Tables> | Database,
  config: Config,
  event: WebhookEvent,
): Promise<OutboxRow[]> {
  if (config.webhooks.length === 0) return [];
  const disabled = new Set((await trx.selectFrom('disabled_endpoints').select('url').execute()).map((row) => row.url));
  const at = event.now.toISOString();
  const payload = JSON.stringify({ type: event.event, timestamp: at, data: event.data });
  return config.webhooks
    .filter((endpoint) => !disabled.has(endpoint.url))
    .map((endpoint) => ({
      id: `msg_${randomUUID()}`,
      kind: 'webhook' as const,
      target: endpoint.url,
      event: event.event,
      submission_id: event.submissionId,
      subject_email: event.subjectEmail,
      payload,
      status: 'pending' as const,
      next_attempt_at: at,
      locked_until: null,
      last_error: null,
      created_at: at,
      delivered_at: null,
    }));
}

type Outcome =
  | { readonly kind: 'delivered' }
  | { readonly kind: 'retry'; readonly error: string; readonly retryAfterMs?: number }
  | { readonly kind: 'dead'; readonly error: string }
  | { readonly kind: 'gone'; readonly error: string };

/** `Retry-After` as milliseconds: seconds or an HTTP date; `undefined` when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface WorkerOptions {
  readonly db: Database;
  readonly kind: DatabaseKind;
  readonly config: Config;
  readonly mailer: Mailer;
  readonly clock: () => Date;
  /** Rows claimed at a time. */
  readonly batchSize?: number;
}

/**
 * Delivers due outbox rows. Several workers (in several processes) can share one PostgreSQL outbox: a row is claimed
 * with `FOR UPDATE SKIP LOCKED` and a lease, so no two deliver it at once, and a worker that dies mid-delivery leaves a
 * lease that expires, after which another delivers the row. Delivery is at least once; receivers deduplicate by
 * `webhook-id`, which is the row's id and the same on every attempt.
 */
export class OutboxWorker {
  readonly #options: WorkerOptions;
  readonly #batchSize: number;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  // Until `start`, a nudge does nothing: tests and tools can build a worker and drive it with `runOnce`.
  #stopped = true;

  constructor(options: WorkerOptions) {
    this.#options = options;
    this.#batchSize = options.batchSize ?? 20;
  }

  /** Polls every `intervalMs` (for retries coming due and rows written by other processes). */
  start(intervalMs = 1000): void {
    this.#stopped = false;
    this.#timer = setInterval(() => this.nudge(), intervalMs);
    this.#timer.unref();
    this.nudge();
  }

  /** Runs soon: called after a commit that added rows. */
  nudge(): void {
    if (this.#stopped) return;
    if (this.#running !== undefined) {
      this.#again = true;
      return;
    }
    this.#running = this.#loop().finally(() => {
      this.#running = undefined;
    });
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.#running;
  }

  async #loop(): Promise<void> {
    do {
      this.#again = false;
      try {
        while ((await this.runOnce()) === this.#batchSize && !this.#stopped) {}
      } catch {
        // The database was unreachable: the next poll tries again.
      }
    } while (this.#again && !this.#stopped);
  }

  /** Claims and delivers one batch of due rows; returns how many it claimed. */
  async runOnce(): Promise<number> {
    const rows = await this.#claim();
    await Promise.all(rows.map((row) => this.#deliver(row)));
    return rows.length;
  }

  async #claim(): Promise<Row[]> {
    const { db, kind, config, clock } = this.#options;
    const now = clock();
    const at = now.toISOString();
    // A delivery ends within the timeout; the lease outlives it with a margin, so only a dead worker's rows come back.
    const lease = new Date(now.getTime() + 2 * config.webhookTimeoutMs + 5000).toISOString();
    let due = db
      .selectFrom('outbox')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', at)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', at)]))
      .orderBy('next_attempt_at')
      .limit(this.#batchSize);
    if (kind === 'postgres') due = due.forUpdate().skipLocked();
    return (await db
      .updateTable('outbox')
      .set({ locked_until: lease })
      .where('id', 'in', due)
      .returningAll()
      .execute()) as Row[];
  }

  async #deliver(row: Row): Promise<void> {
    const outcome = row.kind === 'email' ? await this.#sendEmail(row) : await this.#postWebhook(row);
    await this.#record(row, outcome);
  }

  async #postWebhook(row: Row): Promise<Outcome> {
    const { config, clock } = this.#options;
    const endpoint = config.webhooks.find((candidate) => candidate.url === row.target);
    if (endpoint === undefined) return { kind: 'dead', error: 'endpoint no longer configured' };
    const timestamp = Math.floor(clock().getTime() / 1000);
    let response: Response;
    try {
      response = await fetch(row.target, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'ijm-intake (Standard Webhooks)',
          'webhook-id': row.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook(endpoint.key, row.id, timestamp, row.payload),
        },
        body: row.payload,
        // A redirect is not followed: the secret was given for this address, not for wherever it points.
        redirect: 'manual',
        signal: AbortSignal.timeout(config.webhookTimeoutMs),
      });
      // The body is not needed; reading it frees the connection.
      await response.arrayBuffer().catch(() => undefined);
    } catch (error) {
      const name = (error as Error).name;
      return { kind: 'retry', error: name === 'TimeoutError' ? 'timeout' : 'connection failed' };
    }
    const { status } = response;
    if (status >= 200 && status < 300) return { kind: 'delivered' };
    if (status === 410) return { kind: 'gone', error: 'HTTP 410: the endpoint asked to be disabled' };
    const retryAfter = retryAfterMs(response.headers.get('retry-after'), clock().getTime());
    return {
      kind: 'retry',
      error: `HTTP ${status}`,
      ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }),
    };
  }

  async #sendEmail(row: Row): Promise<Outcome> {
    try {
      await this.#options.mailer.sendConfirmation(JSON.parse(row.payload));
      return { kind: 'delivered' };
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      // A permanent SMTP refusal (5xx) will not change by retrying.
      return code !== undefined && code >= 500
        ? { kind: 'dead', error: `SMTP ${code}` }
        : { kind: 'retry', error: code === undefined ? 'SMTP connection failed' : `SMTP ${code}` };
    }
  }

  async #record(row: Row, outcome: Outcome): Promise<void> {
    const { db, config, clock } = this.#options;
    const now = clock();
    const at = now.toISOString();
    const attempts = row.attempts + 1;
    if (outcome.kind === 'delivered') {
      // An email's payload holds the confirmation token: once sent, it is not kept.
      await db
        .updateTable('outbox')
        .set({
          status: 'delivered',
          attempts,
          delivered_at: at,
          locked_until: null,
          last_error: null,
          ...(row.kind === 'email' ? { payload: '' } : {}),
        })
        .where('id', '=', row.id)
        .execute();
      return;
    }
    if (outcome.kind === 'gone') {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('disabled_endpoints')
          .values({ url: row.target, disabled_at: at, reason: outcome.error })
          .onConflict((conflict) => conflict.column('url').doNothing())
          .execute();
        await trx
          .updateTable('outbox')
          .set({ status: 'disabled', last_error: outcome.error, locked_until: null })
          .where('target', '=', row.target)
          .where('status', '=', 'pending')
          .execute();
        await trx.updateTable('outbox').set({ attempts }).where('id', '=', row.id).execute();
      });
      return;
    }
    const { baseMs, maxMs, giveUpAfterMs } = config.webhookRetry;
    // Exponential backoff with jitter (half fixed, half random), never sooner than the receiver's Retry-After.
    const backoff = Math.min(maxMs, baseMs * 2 ** (attempts - 1));
    const delay = Math.max(
      backoff / 2 + Math.random() * (backoff / 2),
      outcome.kind === 'retry' ? (outcome.retryAfterMs ?? 0) : 0,
    );
    const next = new Date(now.getTime() + delay);
    const expired = next.getTime() - Date.parse(row.created_at) > giveUpAfterMs;
    await db
      .updateTable('outbox')
      .set({
        status: outcome.kind === 'dead' || expired ? 'dead' : 'pending',
        attempts,
        next_attempt_at: next.toISOString(),
        locked_until: null,
        last_error: outcome.error,
      })
      .where('id', '=', row.id)
      .execute();
  }
}

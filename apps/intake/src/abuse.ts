// Abuse controls that keep no personal data: the client is known only by an HMAC of its IP address with a salt that is
// replaced every day (and the old one deleted the day after), so a stored hash cannot be turned back into an address
// nor linked across days. Rate limits count what the database already holds, so several processes share them.
import { createHmac, randomBytes } from 'node:crypto';
import type { SubmissionEnvelope } from '@ijm/core/forms';
import { sql, type Transaction } from 'kysely';
import type { Config, RateLimit } from './config.js';
import type { Database, Tables } from './database.js';

export class ClientHasher {
  readonly #db: Database;
  #current: { day: string; salt: string } | undefined;

  constructor(db: Database) {
    this.#db = db;
  }

  async hash(ip: string, now: Date): Promise<string> {
    const day = now.toISOString().slice(0, 10);
    if (this.#current?.day !== day) this.#current = { day, salt: await this.#saltOf(day) };
    return createHmac('sha256', this.#current.salt).update(ip).digest('base64url');
  }

  async #saltOf(day: string): Promise<string> {
    // Another process may create the day's salt at the same moment: the first insert wins and both read it.
    await this.#db
      .insertInto('client_salts')
      .values({ day, salt: randomBytes(32).toString('base64') })
      .onConflict((conflict) => conflict.column('day').doNothing())
      .execute();
    const yesterday = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await this.#db.deleteFrom('client_salts').where('day', '<', yesterday).execute();
    const row = await this.#db
      .selectFrom('client_salts')
      .select('salt')
      .where('day', '=', day)
      .executeTakeFirstOrThrow();
    return row.salt;
  }
}

/** Why a submission looks automated, or `undefined`: a filled honeypot, or a form sent faster than a person can. */
export function quarantineReason(envelope: SubmissionEnvelope, config: Config): string | undefined {
  if (envelope.honeypot !== '') return 'honeypot';
  if (envelope.elapsedMs < config.minFillMs) return 'too-fast';
  return undefined;
}

/** The number of the form-wide limit's window that `now` falls in, counted since 1970. */
const formWindow = (config: Config, now: Date) => Math.floor(now.getTime() / config.rateLimits.form.windowMs);

/**
 * Seconds until the client may try again when one of the limits is reached; `undefined` when none is. Per client and
 * per email address, the submissions in the window are counted exactly (at most `max` index entries read). The
 * form-wide limit, which a flood from many addresses reaches, reads two counters instead of the window's rows: this
 * window's and the last one's, the last weighted by how much of it still overlaps the sliding window (an estimate
 * that is exact when submissions arrive evenly). `countForForm` adds each stored submission to its counter.
 */
export async function rateLimited(
  db: Database | Transaction<Tables>,
  config: Config,
  { clientHash, envelope, now }: { clientHash: string; envelope: SubmissionEnvelope; now: Date },
): Promise<number | undefined> {
  const { client, email, form } = config.rateLimits;
  const checks: [RateLimit, 'client_hash' | 'subject_email', string][] = [[client, 'client_hash', clientHash]];
  if ('email' in envelope.data) checks.push([email, 'subject_email', envelope.data.email]);
  for (const [limit, column, value] of checks) {
    const since = new Date(now.getTime() - limit.windowMs).toISOString();
    // The limit is reached when the window holds a max-th newest submission: one row, found by the database in its
    // index (reading every row of the window into the process instead made each check cost as much as the window).
    const nth = await db
      .selectFrom('submissions')
      .select('received_at')
      .where(column, '=', value)
      .where('received_at', '>', since)
      .orderBy('received_at', 'desc')
      .limit(1)
      .offset(limit.max - 1)
      .executeTakeFirst();
    if (nth !== undefined) {
      // Of the newest `max`, the oldest leaves the window first.
      const oldest = Date.parse(nth.received_at);
      return Math.max(1, Math.ceil((oldest + limit.windowMs - now.getTime()) / 1000));
    }
  }

  const bucket = formWindow(config, now);
  const counts = await db
    .selectFrom('form_counts')
    .select(['bucket', 'count'])
    .where('form_id', '=', envelope.formId)
    .where('bucket', 'in', [bucket - 1, bucket])
    .execute();
  const countIn = (which: number) => Number(counts.find((row) => Number(row.bucket) === which)?.count ?? 0);
  const overlap = 1 - (now.getTime() % form.windowMs) / form.windowMs;
  if (countIn(bucket) + countIn(bucket - 1) * overlap >= form.max) {
    // By the end of this window the last one no longer counts.
    return Math.max(1, Math.ceil(((bucket + 1) * form.windowMs - now.getTime()) / 1000));
  }
  return undefined;
}

/**
 * Adds a stored submission to its form's counter for the form-wide limit. The first submission of a window also
 * drops the counters no longer read (older than the last window), so that work is done once a window, not per row.
 */
export async function countForForm(trx: Transaction<Tables>, config: Config, formId: string, now: Date): Promise<void> {
  const bucket = formWindow(config, now);
  const counter = await trx
    .insertInto('form_counts')
    .values({ form_id: formId, bucket, count: 1 })
    .onConflict((conflict) =>
      conflict.columns(['form_id', 'bucket']).doUpdateSet({ count: sql<number>`form_counts.count + 1` }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  if (Number(counter.count) > 1) return;
  await trx
    .deleteFrom('form_counts')
    .where('form_id', '=', formId)
    .where('bucket', '<', bucket - 1)
    .execute();
}

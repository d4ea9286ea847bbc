// Storing a submission: the submission, its idempotency record, the subscriber and confirmation token of a sign-up,
// and every outbox row are written in one transaction, and the caller hears back only after the commit. Concurrent
// submissions share a transaction (group commit): while one commit is on its way to disk the next ones queue, and they
// all go in the following commit, so that a durable commit per request does not cap throughput at one fsync a request.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { SubmissionEnvelope } from '@ijm/core/forms';
import type { Transaction } from 'kysely';
import { countForForm, rateLimited } from './abuse.js';
import type { Config } from './config.js';
import type { Database, DatabaseKind, Tables } from './database.js';
import { type OutboxRow, webhookRows } from './outbox.js';

export interface NewSubmission {
  readonly envelope: SubmissionEnvelope;
  readonly fingerprint: string;
  readonly clientHash: string;
  /** Why the submission looks automated; `undefined` for one that does not. */
  readonly quarantineReason: string | undefined;
}

export type WriteResult =
  | { readonly status: 'accepted'; readonly id: string }
  | { readonly status: 'duplicate'; readonly id: string }
  /** The key was used before for other content. */
  | { readonly status: 'key-reused' }
  /** A rate limit is reached; nothing was stored. */
  | { readonly status: 'rate-limited'; readonly retryAfterSeconds: number };

/**
 * What identifies a submission's content for its idempotency key: the form, the data and the consent text and version
 * (the same inputs the widgets use to decide whether a retry keeps its key). The send time and fill time are left out:
 * a person's retry of the same content after a failure sends new ones.
 */
export function fingerprintOf(envelope: SubmissionEnvelope): string {
  const { formId, data, consent } = envelope;
  return createHash('sha256')
    .update(JSON.stringify([formId, data, consent.text, consent.version]))
    .digest('hex');
}

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

const DAY_MS = 86_400_000;

export interface WriterOptions {
  readonly db: Database;
  readonly kind: DatabaseKind;
  readonly config: Config;
  readonly clock: () => Date;
  /** The most submissions in one transaction; 1 turns group commit off (for the benchmark's comparison). */
  readonly maxBatch?: number;
  /** Called after a commit that added outbox rows, so the worker can start on them at once. */
  readonly onOutbox?: () => void;
}

interface Pending {
  readonly item: NewSubmission;
  readonly resolve: (result: WriteResult) => void;
  readonly reject: (error: unknown) => void;
}

export class SubmissionWriter {
  readonly #options: WriterOptions;
  readonly #maxBatch: number;
  #queue: Pending[] = [];
  #flushing: Promise<void> | undefined;
  /** Transactions committed and submissions in them, for the benchmark and the health check. */
  readonly stats = { commits: 0, submissions: 0 };

  constructor(options: WriterOptions) {
    this.#options = options;
    this.#maxBatch = options.maxBatch ?? 256;
  }

  /** Stores a submission; resolves once it is committed. */
  write(item: NewSubmission): Promise<WriteResult> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      // Started on the next turn of the event loop, so that every request that reached this point in this turn
      // shares the first transaction. (better-sqlite3 blocks the process while it commits, so no request can join
      // a transaction already under way: batches form only between commits.)
      this.#flushing ??= new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => this.#flush())
        .finally(() => {
          this.#flushing = undefined;
        });
    });
  }

  /** Resolves when every queued submission is committed (or failed): for a clean stop. */
  async drain(): Promise<void> {
    while (this.#flushing !== undefined) await this.#flushing;
  }

  async #flush(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, this.#maxBatch);
      try {
        const results = await this.#commit(batch.map((pending) => pending.item));
        for (const [i, pending] of batch.entries()) pending.resolve(results[i] as WriteResult);
      } catch {
        // One bad submission must not fail the others that shared its transaction: each gets one of its own.
        for (const pending of batch) {
          await this.#commit([pending.item]).then(([result]) => pending.resolve(result as WriteResult), pending.reject);
        }
      }
      // Let the requests that arrived during the commit gather into the next batch.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async #commit(items: readonly NewSubmission[]): Promise<WriteResult[]> {
    let outbox = false;
    const results = await this.#options.db.transaction().execute(async (trx) => {
      const out: WriteResult[] = [];
      for (const item of items) {
        const result = await this.#writeOne(trx, item);
        if (result.status === 'accepted' && item.quarantineReason === undefined) outbox = true;
        out.push(result);
      }
      return out;
    });
    this.stats.commits += 1;
    this.stats.submissions += items.length;
    if (outbox) this.#options.onOutbox?.();
    return results;
  }

  async #writeOne(trx: Transaction<Tables>, item: NewSubmission): Promise<WriteResult> {
    const { envelope } = item;
    const now = this.#options.clock();
    const at = now.toISOString();
    const id = randomUUID();
    // Everything is decided inside the transaction: a replay before the rate limits (a person whose answer was lost
    // must not be told to wait), then the limits, counted in the same snapshot that the insert extends.
    const seen = await this.#seen(trx, item);
    if (seen !== undefined) return seen;
    const retryAfterSeconds = await rateLimited(trx, this.#options.config, {
      clientHash: item.clientHash,
      envelope,
      now,
    });
    if (retryAfterSeconds !== undefined) return { status: 'rate-limited', retryAfterSeconds };
    // Claimed first, so that a concurrent writer in another process with the same key waits here for ours to commit
    // (PostgreSQL) or runs after it (SQLite), then finds the row rather than storing a second submission.
    const claimed = await trx
      .insertInto('idempotency_keys')
      .values({
        key: envelope.idempotencyKey,
        form_id: envelope.formId,
        fingerprint: item.fingerprint,
        submission_id: id,
        created_at: at,
      })
      .onConflict((conflict) => conflict.column('key').doNothing())
      .executeTakeFirst();
    if (Number(claimed.numInsertedOrUpdatedRows ?? 0n) === 0) {
      // Another process committed the key after our first look.
      return (await this.#seen(trx, item)) ?? { status: 'key-reused' };
    }
    const email = 'email' in envelope.data ? envelope.data.email : null;
    await trx
      .insertInto('submissions')
      .values({
        id,
        form_id: envelope.formId,
        status: item.quarantineReason === undefined ? 'accepted' : 'quarantined',
        quarantine_reason: item.quarantineReason ?? null,
        subject_email: email,
        client_hash: item.clientHash,
        locale: envelope.locale,
        page_origin: envelope.page.origin,
        page_path: envelope.page.path,
        consent: JSON.stringify(envelope.consent),
        data: JSON.stringify(envelope.data),
        received_at: at,
      })
      .execute();
    await countForForm(trx, this.#options.config, envelope.formId, now);
    if (item.quarantineReason !== undefined) return { status: 'accepted', id };

    const rows = await webhookRows(trx, this.#options.config, {
      event: 'submission.accepted',
      submissionId: id,
      subjectEmail: email,
      now,
      data: {
        id,
        formId: envelope.formId,
        receivedAt: at,
        locale: envelope.locale,
        page: envelope.page,
        consent: envelope.consent,
        data: envelope.data,
      },
    });
    if (envelope.formId === 'newsletter-signup') await this.#subscribe(trx, envelope, id, now, rows);
    if (rows.length > 0) await trx.insertInto('outbox').values(rows).execute();
    return { status: 'accepted', id };
  }

  /** The outcome for a key already stored: the same content is a duplicate, other content a reused key. */
  async #seen(trx: Transaction<Tables>, item: NewSubmission): Promise<WriteResult | undefined> {
    const existing = await trx
      .selectFrom('idempotency_keys')
      .select(['fingerprint', 'submission_id'])
      .where('key', '=', item.envelope.idempotencyKey)
      .executeTakeFirst();
    if (existing === undefined) return undefined;
    return existing.fingerprint === item.fingerprint
      ? { status: 'duplicate', id: existing.submission_id }
      : { status: 'key-reused' };
  }

  /**
   * Double opt-in: the address becomes (or stays) a pending subscriber, and a confirmation email with a fresh
   * single-use token joins the outbox, at most `confirmationEmailsPerDay` a day per address. A confirmed address gets
   * no email, and the answer is the same, so the form does not tell anyone which addresses are subscribed.
   */
  async #subscribe(
    trx: Transaction<Tables>,
    envelope: Extract<SubmissionEnvelope, { formId: 'newsletter-signup' }>,
    submissionId: string,
    now: Date,
    rows: OutboxRow[],
  ): Promise<void> {
    const { config } = this.#options;
    const at = now.toISOString();
    const { email, givenName, familyName, country } = envelope.data;
    const existing = await trx.selectFrom('subscribers').select('status').where('email', '=', email).executeTakeFirst();
    if (existing?.status === 'confirmed') return;
    const details = {
      given_name: givenName ?? null,
      family_name: familyName ?? null,
      country: country ?? null,
      locale: envelope.locale,
      submission_id: submissionId,
      updated_at: at,
    };
    if (existing === undefined) {
      await trx
        .insertInto('subscribers')
        .values({ email, status: 'pending', created_at: at, confirmed_at: null, ...details })
        .execute();
    } else {
      await trx.updateTable('subscribers').set(details).where('email', '=', email).execute();
    }
    const sentToday = await trx
      .selectFrom('confirmation_tokens')
      .select((eb) => eb.fn.countAll<string | number>().as('count'))
      .where('email', '=', email)
      .where('created_at', '>', new Date(now.getTime() - DAY_MS).toISOString())
      .executeTakeFirstOrThrow();
    if (Number(sentToday.count) >= config.confirmationEmailsPerDay) return;
    const token = randomBytes(32).toString('base64url');
    await trx
      .insertInto('confirmation_tokens')
      .values({
        token_hash: sha256(token),
        email,
        created_at: at,
        expires_at: new Date(now.getTime() + DAY_MS).toISOString(),
        used_at: null,
      })
      .execute();
    rows.push({
      id: `msg_${randomUUID()}`,
      kind: 'email',
      target: 'smtp',
      event: 'newsletter.confirmation',
      submission_id: submissionId,
      subject_email: email,
      payload: JSON.stringify({ to: email, locale: envelope.locale, givenName: givenName ?? null, token }),
      status: 'pending',
      next_attempt_at: at,
      locked_until: null,
      last_error: null,
      created_at: at,
      delivered_at: null,
    });
  }
}

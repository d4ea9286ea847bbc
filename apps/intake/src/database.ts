// The database: one schema for SQLite and PostgreSQL, written with Kysely so that every query runs on both. Times are
// ISO 8601 UTC strings (`2026-12-05T12:00:00.000Z`) in both, which sort and compare as text.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  type Generated,
  Kysely,
  type Kysely as KyselyType,
  type Migration,
  type MigrationProvider,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
} from 'kysely';
import pg from 'pg';
import type { Config } from './config.js';

export interface SubmissionsTable {
  id: string;
  form_id: string;
  /** `accepted`, or `quarantined` for a submission that looked automated: kept for review, never forwarded. */
  status: 'accepted' | 'quarantined';
  quarantine_reason: string | null;
  /** The normalised email address of the person the submission is about: what export and erasure look up. */
  subject_email: string | null;
  /** HMAC of the client's IP address with a salt that is replaced every day: never the address itself. */
  client_hash: string;
  locale: string;
  page_origin: string;
  page_path: string;
  consent: string;
  data: string;
  received_at: string;
}

export interface IdempotencyKeysTable {
  key: string;
  form_id: string;
  /** SHA-256 of what the person sent (form, data, consent text and version): a retry matches it, new content does not. */
  fingerprint: string;
  submission_id: string;
  created_at: string;
}

export interface OutboxTable {
  /** The message id: the `webhook-id` of every attempt of this delivery. */
  id: string;
  kind: 'webhook' | 'email';
  /** The webhook's URL, or `smtp` for an email. */
  target: string;
  event: string;
  submission_id: string | null;
  subject_email: string | null;
  payload: string;
  status: 'pending' | 'delivered' | 'dead' | 'disabled';
  attempts: Generated<number>;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

export interface DisabledEndpointsTable {
  url: string;
  disabled_at: string;
  reason: string;
}

export interface SubscribersTable {
  email: string;
  status: 'pending' | 'confirmed';
  given_name: string | null;
  family_name: string | null;
  country: string | null;
  locale: string;
  submission_id: string;
  created_at: string;
  updated_at: string;
  confirmed_at: string | null;
}

export interface ConfirmationTokensTable {
  /** SHA-256 of the token: the token itself exists only in the email (and the outbox until the email is sent). */
  token_hash: string;
  email: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ClientSaltsTable {
  day: string;
  salt: string;
}

/** Submissions stored per form and window of the form-wide rate limit (`bucket`: the window's number since 1970). */
export interface FormCountsTable {
  form_id: string;
  bucket: number;
  count: number;
}

export interface Tables {
  submissions: SubmissionsTable;
  idempotency_keys: IdempotencyKeysTable;
  outbox: OutboxTable;
  disabled_endpoints: DisabledEndpointsTable;
  subscribers: SubscribersTable;
  confirmation_tokens: ConfirmationTokensTable;
  client_salts: ClientSaltsTable;
  form_counts: FormCountsTable;
}

export type Database = KyselyType<Tables>;
export type DatabaseKind = Config['database']['kind'];

const migrations: Record<string, Migration> = {
  '2026-12-05-001-initial': {
    async up(db: KyselyType<unknown>) {
      await db.schema
        .createTable('submissions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('form_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('quarantine_reason', 'text')
        .addColumn('subject_email', 'text')
        .addColumn('client_hash', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('page_origin', 'text', (c) => c.notNull())
        .addColumn('page_path', 'text', (c) => c.notNull())
        .addColumn('consent', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('submissions_form_time')
        .on('submissions')
        .columns(['form_id', 'received_at'])
        .execute();
      await db.schema.createIndex('submissions_subject').on('submissions').column('subject_email').execute();
      await db.schema
        .createIndex('submissions_client')
        .on('submissions')
        .columns(['client_hash', 'received_at'])
        .execute();
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('form_id', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('submission_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('idempotency_keys_time').on('idempotency_keys').column('created_at').execute();
      await db.schema
        .createTable('outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('submission_id', 'text')
        .addColumn('subject_email', 'text')
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('delivered_at', 'text')
        .execute();
      await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
      await db.schema.createIndex('outbox_subject').on('outbox').column('subject_email').execute();
      await db.schema
        .createTable('disabled_endpoints')
        .addColumn('url', 'text', (c) => c.primaryKey())
        .addColumn('disabled_at', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('subscribers')
        .addColumn('email', 'text', (c) => c.primaryKey())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('given_name', 'text')
        .addColumn('family_name', 'text')
        .addColumn('country', 'text')
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('submission_id', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('confirmed_at', 'text')
        .execute();
      await db.schema
        .createTable('confirmation_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();
      await db.schema
        .createIndex('confirmation_tokens_email')
        .on('confirmation_tokens')
        .columns(['email', 'created_at'])
        .execute();
      await db.schema
        .createTable('client_salts')
        .addColumn('day', 'text', (c) => c.primaryKey())
        .addColumn('salt', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '2026-12-05-002-form-counts': {
    async up(db: KyselyType<unknown>) {
      await db.schema
        .createTable('form_counts')
        .addColumn('form_id', 'text', (c) => c.notNull())
        .addColumn('bucket', 'bigint', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('form_counts_key', ['form_id', 'bucket'])
        .execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export interface OpenDatabase {
  readonly db: Database;
  readonly kind: DatabaseKind;
}

/**
 * Opens the database and brings its schema up to date. SQLite runs in WAL mode with `synchronous=FULL`: a commit is on
 * disk before the service answers, so a power cut loses nothing that was acknowledged.
 */
export async function openDatabase(settings: Config['database']): Promise<OpenDatabase> {
  let db: Database;
  if (settings.kind === 'sqlite') {
    if (settings.file !== ':memory:') mkdirSync(dirname(settings.file), { recursive: true });
    const file = new SQLite(settings.file);
    file.pragma('journal_mode = WAL');
    file.pragma('synchronous = FULL');
    file.pragma('busy_timeout = 5000');
    db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: file }) });
  } else {
    const pool = new pg.Pool({ connectionString: settings.url, max: 10 });
    // An idle client that loses its connection emits an error; without a listener that would end the process.
    pool.on('error', () => {});
    db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  }
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    await db.destroy();
    throw new Error(`The database schema could not be brought up to date (${failed?.migrationName ?? 'migrator'}).`, {
      cause: error,
    });
  }
  return { db, kind: settings.kind };
}

/** Whether the database answers a trivial query. */
export async function isReachable(db: Database): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

// Starts the intake service in the test's process on a fresh SQLite file (or a given PostgreSQL database), with its
// outbox worker, and builds valid envelopes for each form.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIdempotencyKey, type FormId, type SubmissionEnvelopeInput } from '@ijm/core/forms';
import { type App, buildApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/database.js';
import { createMailer } from '../../src/mail.js';
import { OutboxWorker } from '../../src/outbox.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef0123456789';
export const PARTNER = 'https://partner.example';

export interface Intake {
  readonly app: App;
  readonly db: Database;
  readonly config: Config;
  readonly worker: OutboxWorker;
  /** The clock the service reads; tests move it forward with `advance`. */
  readonly advance: (ms: number) => void;
  /** Listens on a loopback port and returns the base URL. */
  readonly listen: () => Promise<string>;
  readonly logs: string[];
  readonly close: () => Promise<void>;
}

export interface StartOptions {
  readonly env?: Record<string, string>;
  /** Start the outbox worker polling every this many milliseconds; not started when undefined. */
  readonly pollMs?: number;
  readonly maxBatch?: number;
}

export async function startIntake(options: StartOptions = {}): Promise<Intake> {
  const folder = mkdtempSync(join(tmpdir(), 'ijm-intake-'));
  const config = loadConfig({
    DATABASE_URL: join(folder, 'intake.sqlite'),
    MAIL_DIRECTORY: join(folder, 'mail'),
    ALLOWED_ORIGINS: PARTNER,
    ADMIN_TOKEN,
    MIN_FILL_MS: '1500',
    LOG_LEVEL: 'info',
    PUBLIC_URL: 'http://127.0.0.1:8787',
    ...options.env,
  });
  const { db, kind } = await openDatabase(config.database);
  let offset = 0;
  const clock = () => new Date(Date.now() + offset);
  const mailer = createMailer(config);
  const worker = new OutboxWorker({ db, kind, config, mailer, clock });
  const logs: string[] = [];
  const { Writable } = await import('node:stream');
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = buildApp({
    config,
    db,
    kind,
    clock,
    logStream,
    onOutbox: () => worker.nudge(),
    ...(options.maxBatch === undefined ? {} : { maxBatch: options.maxBatch }),
  });
  if (options.pollMs !== undefined) worker.start(options.pollMs);
  return {
    app,
    db,
    config,
    worker,
    logs,
    advance: (ms) => {
      offset += ms;
    },
    listen: async () => {
      await app.server.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.server.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      return `http://127.0.0.1:${address.port}`;
    },
    close: async () => {
      await app.server.close();
      await app.writer.drain();
      await worker.stop();
      mailer.close();
      await db.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

const DATA: { [F in FormId]: Extract<SubmissionEnvelopeInput, { formId: F }>['data'] } = {
  'newsletter-signup': { email: 'ana@example.org', givenName: 'Ana', country: 'MY' },
  'media-contact': {
    name: 'Sam Reporter',
    email: 'sam@news.example',
    organization: 'The Daily Example',
    topic: 'Interview',
    message: 'Could we talk about the Malaysia training programme?',
  },
  'fundraiser-lead': { name: 'Lee Runner', email: 'lee@example.org', idea: 'athletic-challenge', country: 'MY' },
};

/** A valid envelope for a form, with a new idempotency key; `data` fields replace the sample's. */
export function envelopeFor<F extends FormId>(
  formId: F,
  data: Partial<Extract<SubmissionEnvelopeInput, { formId: F }>['data']> = {},
  overrides: Partial<SubmissionEnvelopeInput> = {},
): Extract<SubmissionEnvelopeInput, { formId: F }> {
  return {
    formId,
    contractVersion: 1,
    idempotencyKey: createIdempotencyKey(),
    submittedAt: new Date().toISOString(),
    locale: 'en',
    page: { origin: PARTNER, path: '/stories/malaysia' },
    consent: { text: 'I agree to receive emails.', version: '2026-01', given: true, at: new Date().toISOString() },
    honeypot: '',
    elapsedMs: 12_000,
    data: { ...DATA[formId], ...data },
    ...overrides,
  } as Extract<SubmissionEnvelopeInput, { formId: F }>;
}

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
  json(): unknown;
}

export type Send = (request: {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}) => Promise<Answer>;

/** Sends requests through Fastify's `inject` (no socket). */
export const injectVia =
  (intake: Intake): Send =>
  async ({ method, url, headers, body }) => {
    const response = await intake.app.server.inject({
      method: method as 'POST',
      url,
      ...(headers === undefined ? {} : { headers }),
      ...(body === undefined ? {} : { payload: body }),
    });
    return {
      status: response.statusCode,
      headers: Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, String(v)])),
      body: response.body,
      json: () => JSON.parse(response.body),
    };
  };

/** Sends requests over real HTTP to a listening service. */
export const httpVia =
  (base: string): Send =>
  async ({ method, url, headers, body }) => {
    const response = await fetch(`${base}${url}`, {
      method,
      redirect: 'manual',
      ...(headers === undefined ? {} : { headers }),
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: text,
      json: () => JSON.parse(text),
    };
  };

/** POSTs an envelope the way the widgets do. */
export function submit(send: Send, envelope: SubmissionEnvelopeInput, headers: Record<string, string> = {}) {
  return send({
    method: 'POST',
    url: `/v1/submissions/${envelope.formId}`,
    headers: { 'content-type': 'application/json', 'idempotency-key': envelope.idempotencyKey, ...headers },
    body: JSON.stringify(envelope),
  });
}

/** Rows in every table, to prove a refused request stored nothing. */
export async function rowCounts(db: Database): Promise<Record<string, number>> {
  const tables = ['submissions', 'idempotency_keys', 'outbox', 'subscribers', 'confirmation_tokens'] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

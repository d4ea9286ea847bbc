// Admin routes, behind `Authorization: Bearer <ADMIN_TOKEN>` (and absent when no token is set): submissions by form
// and date as JSON or CSV, a data subject's export and erasure by email address, the retention purge, and the dead
// letters of the outbox. Email addresses travel in request bodies, never in URLs, so they stay out of access logs.
import { createHash, timingSafeEqual } from 'node:crypto';
import { FORM_IDS, type FormId, normalizeEmail } from '@ijm/core/forms';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod';
import type { Config } from './config.js';
import type { Database } from './database.js';
import { errorBody } from './http.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

const listQuery = z.strictObject({
  form: z.enum(FORM_IDS),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  status: z.enum(['accepted', 'quarantined']).optional(),
  format: z.enum(['json', 'csv']).default('json'),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
});

const subjectBody = z.strictObject({ email: z.string().min(3).max(254) });
const purgeBody = z.strictObject({ form: z.enum(FORM_IDS).optional() }).optional();

/** A CSV cell: quoted when needed, and a leading `= + - @` neutralised so a spreadsheet does not run it as a formula. */
export function csvCell(value: unknown): string {
  let text =
    value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface AdminDependencies {
  readonly config: Config;
  readonly db: Database;
  readonly clock: () => Date;
}

/** Erases every row about one email address, outbox included; returns how many rows each table lost. */
export async function eraseSubject(db: Database, email: string): Promise<Record<string, number>> {
  return db.transaction().execute(async (trx) => {
    const submissions = await trx.selectFrom('submissions').select('id').where('subject_email', '=', email).execute();
    const ids = submissions.map((row) => row.id);
    const counts: Record<string, number> = {};
    const count = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);
    counts.outbox = count(
      await trx
        .deleteFrom('outbox')
        .where((eb) =>
          eb.or([eb('subject_email', '=', email), ...(ids.length > 0 ? [eb('submission_id', 'in', ids)] : [])]),
        )
        .executeTakeFirst(),
    );
    counts.idempotency_keys =
      ids.length > 0
        ? count(await trx.deleteFrom('idempotency_keys').where('submission_id', 'in', ids).executeTakeFirst())
        : 0;
    counts.submissions = count(
      await trx.deleteFrom('submissions').where('subject_email', '=', email).executeTakeFirst(),
    );
    counts.subscribers = count(await trx.deleteFrom('subscribers').where('email', '=', email).executeTakeFirst());
    counts.confirmation_tokens = count(
      await trx.deleteFrom('confirmation_tokens').where('email', '=', email).executeTakeFirst(),
    );
    return counts;
  });
}

/**
 * Erases submissions older than their form's retention, with their outbox rows. Idempotency records are kept 24 hours
 * at least (a late retry must still be recognised) and then go with their submission.
 */
export async function purgeExpired(
  db: Database,
  config: Config,
  now: Date,
  forms: readonly FormId[] = FORM_IDS,
): Promise<Record<string, number>> {
  const purged: Record<string, number> = {};
  for (const form of forms) {
    const days = Math.max(1, config.retentionDays[form]);
    const before = new Date(now.getTime() - days * 86_400_000).toISOString();
    purged[form] = await db.transaction().execute(async (trx) => {
      const expired = trx
        .selectFrom('submissions')
        .select('id')
        .where('form_id', '=', form)
        .where('received_at', '<', before);
      await trx.deleteFrom('outbox').where('submission_id', 'in', expired).execute();
      await trx.deleteFrom('idempotency_keys').where('submission_id', 'in', expired).execute();
      const result = await trx
        .deleteFrom('submissions')
        .where('form_id', '=', form)
        .where('received_at', '<', before)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    });
  }
  return purged;
}

export function registerAdminRoutes(server: FastifyInstance, deps: AdminDependencies): void {
  const { config, db, clock } = deps;
  if (config.adminToken === undefined) return;
  const expected = digest(config.adminToken);

  const authorised = async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : '';
    // Compared as digests of equal length, in constant time.
    if (!timingSafeEqual(digest(given), expected)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send(errorBody('unauthorized'));
    }
  };
  const bad = (reply: FastifyReply, issues: z.core.$ZodIssue[]) =>
    reply
      .code(400)
      .send({ type: 'error', error: 'bad-request', problems: issues.map((i) => `${i.path.join('.')}: ${i.message}`) });

  server.get('/v1/admin/submissions', { preHandler: authorised }, async (request, reply) => {
    const parsed = listQuery.safeParse(request.query);
    if (!parsed.success) return bad(reply, parsed.error.issues);
    const { form, from, to, status, format, limit } = parsed.data;
    let query = db.selectFrom('submissions').selectAll().where('form_id', '=', form);
    if (from !== undefined) query = query.where('received_at', '>=', new Date(from).toISOString());
    if (to !== undefined) query = query.where('received_at', '<', new Date(to).toISOString());
    if (status !== undefined) query = query.where('status', '=', status);
    const rows = (await query.orderBy('received_at').limit(limit).execute()).map((row) => ({
      id: row.id,
      formId: row.form_id,
      status: row.status,
      quarantineReason: row.quarantine_reason,
      receivedAt: row.received_at,
      locale: row.locale,
      page: { origin: row.page_origin, path: row.page_path },
      consent: JSON.parse(row.consent) as unknown,
      data: JSON.parse(row.data) as Record<string, unknown>,
    }));
    if (format === 'json') return { submissions: rows };
    const fields = [...new Set(rows.flatMap((row) => Object.keys(row.data)))];
    const header = [
      'id',
      'status',
      'quarantine_reason',
      'received_at',
      'locale',
      'page_origin',
      'page_path',
      'consent_version',
      ...fields,
    ];
    const lines = rows.map((row) =>
      [
        row.id,
        row.status,
        row.quarantineReason,
        row.receivedAt,
        row.locale,
        row.page.origin,
        row.page.path,
        (row.consent as { version?: string }).version,
        ...fields.map((field) => row.data[field]),
      ]
        .map(csvCell)
        .join(','),
    );
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${form}-submissions.csv"`)
      .send(`${[header.join(','), ...lines].join('\r\n')}\r\n`);
  });

  server.post('/v1/admin/subject/export', { preHandler: authorised }, async (request, reply) => {
    const parsed = subjectBody.safeParse(request.body);
    if (!parsed.success) return bad(reply, parsed.error.issues);
    const email = normalizeEmail(parsed.data.email);
    const [submissions, subscriber, outbox] = await Promise.all([
      db.selectFrom('submissions').selectAll().where('subject_email', '=', email).orderBy('received_at').execute(),
      db.selectFrom('subscribers').selectAll().where('email', '=', email).executeTakeFirst(),
      db
        .selectFrom('outbox')
        .select(['id', 'kind', 'target', 'event', 'status', 'attempts', 'created_at', 'delivered_at'])
        .where('subject_email', '=', email)
        .execute(),
    ]);
    return {
      email,
      submissions: submissions.map((row) => ({ ...row, consent: JSON.parse(row.consent), data: JSON.parse(row.data) })),
      subscriber: subscriber ?? null,
      deliveries: outbox,
    };
  });

  server.post('/v1/admin/subject/erase', { preHandler: authorised }, async (request, reply) => {
    const parsed = subjectBody.safeParse(request.body);
    if (!parsed.success) return bad(reply, parsed.error.issues);
    return { erased: await eraseSubject(db, normalizeEmail(parsed.data.email)) };
  });

  server.post('/v1/admin/purge', { preHandler: authorised }, async (request, reply) => {
    const parsed = purgeBody.safeParse(request.body ?? undefined);
    if (!parsed.success) return bad(reply, parsed.error.issues);
    const form = parsed.data?.form;
    return { purged: await purgeExpired(db, config, clock(), form === undefined ? FORM_IDS : [form]) };
  });

  server.get('/v1/admin/outbox/dead', { preHandler: authorised }, async () => ({
    deadLetters: await db
      .selectFrom('outbox')
      .select(['id', 'kind', 'target', 'event', 'submission_id', 'attempts', 'last_error', 'created_at'])
      .where('status', '=', 'dead')
      .orderBy('created_at')
      .limit(1000)
      .execute(),
    disabledEndpoints: await db.selectFrom('disabled_endpoints').selectAll().execute(),
  }));

  server.post<{ Params: { id: string } }>(
    '/v1/admin/outbox/:id/retry',
    { preHandler: authorised },
    async (request, reply) => {
      const result = await db
        .updateTable('outbox')
        .set({ status: 'pending', next_attempt_at: clock().toISOString(), locked_until: null })
        .where('id', '=', request.params.id)
        .where('status', '=', 'dead')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return reply.code(404).send(errorBody('no-such-dead-letter'));
      return { status: 'pending' };
    },
  );
}

// The admin routes: listing and CSV export, a data subject's export and erasure, the retention purge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  envelopeFor,
  type Intake,
  injectVia,
  rowCounts,
  type Send,
  startIntake,
  submit,
} from './support/intake.js';

let intake: Intake;
let send: Send;
const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
const WEBHOOKS = JSON.stringify([
  { url: 'http://127.0.0.1:9/hook', secret: `whsec_${Buffer.alloc(32, 3).toString('base64')}` },
]);

beforeAll(async () => {
  intake = await startIntake({ env: { WEBHOOKS, RETENTION_DAYS: 'media-contact=30' } });
  send = injectVia(intake);
  await submit(
    send,
    envelopeFor('media-contact', {
      email: 'keep@news.example',
      organization: '=HYPERLINK("http://evil")',
      message: 'Line one\nline "two", with a comma',
    }),
  );
  await submit(send, envelopeFor('newsletter-signup', { email: 'erase.me@example.org' }));
  await submit(send, envelopeFor('fundraiser-lead', { email: 'erase.me@example.org' }));
});
afterAll(() => intake.close());

describe('admin', () => {
  it('refuses without the bearer token, or with a wrong one', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: ADMIN_TOKEN }]) {
      const answer = await send({ method: 'GET', url: '/v1/admin/submissions?form=media-contact', headers });
      expect(answer.status).toBe(401);
      expect(answer.body).not.toContain('keep@news.example');
    }
  });

  it('lists a form by date range as JSON, and refuses a bad query with 400', async () => {
    const from = new Date(Date.now() - 60_000).toISOString();
    const answer = await send({
      method: 'GET',
      url: `/v1/admin/submissions?form=media-contact&from=${from}`,
      headers: auth,
    });
    expect(answer.status).toBe(200);
    const { submissions } = answer.json() as { submissions: { data: { email: string } }[] };
    expect(submissions.map((s) => s.data.email)).toEqual(['keep@news.example']);
    const future = await send({
      method: 'GET',
      url: `/v1/admin/submissions?form=media-contact&from=${new Date(Date.now() + 60_000).toISOString()}`,
      headers: auth,
    });
    expect((future.json() as { submissions: unknown[] }).submissions).toEqual([]);
    const bad = await send({
      method: 'GET',
      url: '/v1/admin/submissions?form=donations&from=yesterday',
      headers: auth,
    });
    expect(bad.status).toBe(400);
  });

  it('exports CSV that a spreadsheet opens safely: quoted cells, formulas neutralised', async () => {
    const answer = await send({
      method: 'GET',
      url: '/v1/admin/submissions?form=media-contact&format=csv',
      headers: auth,
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toContain('text/csv');
    const [header, row] = answer.body.split('\r\n');
    expect(header).toBe(
      'id,status,quarantine_reason,received_at,locale,page_origin,page_path,consent_version,name,email,organization,topic,message',
    );
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(answer.body).toContain('"Line one\nline ""two"", with a comma"');
  });

  it("exports then erases everything about one address, outbox included, and nothing of anyone else's", async () => {
    const exported = await send({
      method: 'POST',
      url: '/v1/admin/subject/export',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'erase.me@EXAMPLE.org' }),
    });
    expect(exported.status).toBe(200);
    const subject = exported.json() as {
      submissions: unknown[];
      subscriber: { status: string } | null;
      deliveries: unknown[];
    };
    expect(subject.submissions).toHaveLength(2);
    expect(subject.subscriber?.status).toBe('pending');
    expect(subject.deliveries.length).toBeGreaterThanOrEqual(3);

    const before = await rowCounts(intake.db);
    const erased = await send({
      method: 'POST',
      url: '/v1/admin/subject/erase',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'erase.me@example.org' }),
    });
    expect(erased.status).toBe(200);
    expect((erased.json() as { erased: Record<string, number> }).erased).toMatchObject({
      submissions: 2,
      subscribers: 1,
      confirmation_tokens: 1,
      idempotency_keys: 2,
    });
    const after = await rowCounts(intake.db);
    expect(after).toEqual({ submissions: 1, idempotency_keys: 1, outbox: 1, subscribers: 0, confirmation_tokens: 0 });
    expect(before.submissions).toBe(3);
    const everything = JSON.stringify(await intake.db.selectFrom('outbox').selectAll().execute());
    expect(everything).not.toContain('erase.me');
  });

  it('purges a form past its retention, with its outbox rows, and keeps the others', async () => {
    intake.advance(31 * 86_400_000);
    const answer = await send({ method: 'POST', url: '/v1/admin/purge', headers: auth });
    expect(answer.status).toBe(200);
    expect((answer.json() as { purged: Record<string, number> }).purged).toEqual({
      'newsletter-signup': 0,
      'media-contact': 1,
      'fundraiser-lead': 0,
    });
    expect(await rowCounts(intake.db)).toEqual({
      submissions: 0,
      idempotency_keys: 0,
      outbox: 0,
      subscribers: 0,
      confirmation_tokens: 0,
    });
  });
});

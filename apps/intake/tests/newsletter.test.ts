// Double opt-in against a real SMTP server: the email arrives, its link confirms once, and the partner's webhook
// hears of the confirmed subscriber.
import { afterEach, describe, expect, it } from 'vitest';
import { envelopeFor, httpVia, type Intake, injectVia, startIntake, submit } from './support/intake.js';
import { type Receiver, startReceiver } from './support/receiver.js';
import { type MailServer, startMailServer } from './support/smtp.js';

let intake: Intake | undefined;
let mail: MailServer | undefined;
let hook: Receiver | undefined;

afterEach(async () => {
  await intake?.close();
  await mail?.close();
  await hook?.close();
  intake = mail = hook = undefined;
});

async function setUp(env: Record<string, string> = {}) {
  mail = await startMailServer();
  hook = await startReceiver();
  intake = await startIntake({
    pollMs: 25,
    env: {
      SMTP_URL: mail.url,
      WEBHOOKS: JSON.stringify([{ url: hook.url, secret: hook.secret }]),
      WEBHOOK_RETRY_BASE_MS: '20',
      ...env,
    },
  });
  const base = await intake.listen();
  // The confirmation link points at the service the test started.
  (intake.config as { publicUrl: string }).publicUrl = base;
  return { intake, mail, hook, send: injectVia(intake), http: httpVia(base) };
}

const linkIn = (text: string) => {
  const match = /(http:\/\/127\.0\.0\.1:\d+\/v1\/confirm\/[A-Za-z0-9_-]{43})/.exec(text);
  if (match === null) throw new Error(`no confirmation link in:\n${text}`);
  return match[1] as string;
};

describe('newsletter double opt-in', () => {
  it('stores a pending subscriber, emails a link that confirms once, then forwards the confirmed subscriber', async () => {
    const { intake, mail, hook, send } = await setUp();
    const answer = await submit(send, envelopeFor('newsletter-signup', { email: 'ana@example.org', givenName: 'Ana' }));
    expect(answer.status).toBe(201);
    const pending = await intake.db
      .selectFrom('subscribers')
      .selectAll()
      .where('email', '=', 'ana@example.org')
      .executeTakeFirstOrThrow();
    expect(pending.status).toBe('pending');

    const [message] = await mail.waitForMessages(1);
    expect(message?.to).toEqual(['ana@example.org']);
    expect(message?.text).toContain('Subject: Please confirm your subscription');
    expect(message?.text).toContain('Hello Ana,');
    const link = linkIn(message?.text ?? '');
    // The token is not kept once the email is sent: only its hash is.
    const sent = await intake.db
      .selectFrom('outbox')
      .select(['status', 'payload'])
      .where('kind', '=', 'email')
      .executeTakeFirstOrThrow();
    expect(sent).toEqual({ status: 'delivered', payload: '' });

    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>Subscription confirmed</h1>');
    expect(page.headers.get('content-security-policy')).toMatch(/style-src 'sha256-/);
    const confirmed = await intake.db
      .selectFrom('subscribers')
      .selectAll()
      .where('email', '=', 'ana@example.org')
      .executeTakeFirstOrThrow();
    expect(confirmed.status).toBe('confirmed');

    const again = await fetch(link);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('This link was already used');

    await hook.waitFor(() =>
      [...hook.accepted.values()].some((e) => e.delivery.payload.type === 'subscriber.confirmed'),
    );
    const events = [...hook.accepted.values()].map((e) => e.delivery.payload);
    expect(events.map((e) => e.type).sort()).toEqual(['submission.accepted', 'subscriber.confirmed']);
    expect(events.find((e) => e.type === 'subscriber.confirmed')?.data).toMatchObject({
      email: 'ana@example.org',
      givenName: 'Ana',
    });

    // Signing up again once confirmed sends no email, and answers the same.
    expect((await submit(send, envelopeFor('newsletter-signup', { email: 'ana@example.org' }))).status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mail.messages).toHaveLength(1);
  });

  it('writes the email in the sign-up language and answers an expired, an unknown and a malformed link clearly', async () => {
    const { intake, mail, send, http } = await setUp();
    await submit(
      send,
      envelopeFor('newsletter-signup', { email: 'luis@example.org', givenName: 'Luis' }, { locale: 'es' }),
    );
    const [message] = await mail.waitForMessages(1);
    expect(message?.text).toContain('Hola, Luis:');
    const link = linkIn(message?.text ?? '');
    intake.advance(24 * 3_600_000 + 1000);
    const expired = await fetch(link);
    expect(expired.status).toBe(410);
    const html = await expired.text();
    expect(html).toContain('lang="es"');
    expect(html).toContain('Este enlace ha caducado');
    expect((await intake.db.selectFrom('subscribers').select('status').executeTakeFirstOrThrow()).status).toBe(
      'pending',
    );

    const unknown = await http({ method: 'GET', url: `/v1/confirm/${'A'.repeat(43)}` });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('This link is not valid');
    const malformed = await http({ method: 'GET', url: '/v1/confirm/%3Cscript%3E' });
    expect(malformed.status).toBe(404);
    expect(malformed.body).not.toContain('<script>');
  });

  it('sends at most the daily number of confirmation emails to one address', async () => {
    const { mail, send } = await setUp({ CONFIRMATION_EMAILS_PER_DAY: '2', RATE_LIMIT_EMAIL_PER_HOUR: '100' });
    for (let i = 0; i < 4; i++) {
      const answer = await submit(
        send,
        envelopeFor('newsletter-signup', { email: 'eager@example.org', givenName: `Try${i}` }),
      );
      expect(answer.status).toBe(201);
    }
    await mail.waitForMessages(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mail.messages).toHaveLength(2);
  });

  it('keeps retrying an email while the SMTP server refuses for now, and dead-letters one refused for good', async () => {
    const { intake, mail, send } = await setUp({ WEBHOOKS: '[]' });
    mail.refuseWith = 451;
    await submit(send, envelopeFor('newsletter-signup', { email: 'later@example.org' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mail.messages).toHaveLength(0);
    mail.refuseWith = undefined;
    await mail.waitForMessages(1);
    mail.refuseWith = 550;
    await submit(send, envelopeFor('newsletter-signup', { email: 'nobody@example.org' }));
    const deadline = Date.now() + 5000;
    let dead: { last_error: string | null }[] = [];
    while (dead.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      dead = await intake.db.selectFrom('outbox').select('last_error').where('status', '=', 'dead').execute();
    }
    expect(dead).toEqual([{ last_error: 'SMTP 550' }]);
  });
});

// `GET /v1/confirm/:token`: the link in a newsletter confirmation email. A token works once, for 24 hours; the page
// says in plain words what happened, in the subscriber's language when the token is known.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from './config.js';
import type { Database } from './database.js';
import { webhookRows } from './outbox.js';
import { sha256 } from './submissions.js';

type Outcome = 'confirmed' | 'used' | 'expired' | 'unknown';

// ms and es are drafts that need review by a native speaker.
const PAGES: Record<string, Record<Outcome, { title: string; text: string }>> = {
  en: {
    confirmed: {
      title: 'Subscription confirmed',
      text: 'Thank you. You will now receive news from International Justice Mission.',
    },
    used: {
      title: 'This link was already used',
      text: 'Your subscription was confirmed the first time you opened it. There is nothing more to do.',
    },
    expired: {
      title: 'This link has expired',
      text: 'Confirmation links work for 24 hours. Please sign up again to get a new one.',
    },
    unknown: {
      title: 'This link is not valid',
      text: 'Please check that the whole link was copied from the email, or sign up again.',
    },
  },
  ms: {
    confirmed: {
      title: 'Langganan disahkan',
      text: 'Terima kasih. Anda kini akan menerima berita daripada International Justice Mission.',
    },
    used: {
      title: 'Pautan ini telah digunakan',
      text: 'Langganan anda telah disahkan kali pertama anda membukanya. Tiada apa-apa lagi yang perlu dilakukan.',
    },
    expired: {
      title: 'Pautan ini telah tamat tempoh',
      text: 'Pautan pengesahan sah selama 24 jam. Sila daftar semula untuk mendapatkan pautan baharu.',
    },
    unknown: {
      title: 'Pautan ini tidak sah',
      text: 'Sila pastikan seluruh pautan disalin daripada e-mel, atau daftar semula.',
    },
  },
  es: {
    confirmed: {
      title: 'Suscripción confirmada',
      text: 'Gracias. A partir de ahora recibirás noticias de International Justice Mission.',
    },
    used: {
      title: 'Este enlace ya se usó',
      text: 'Tu suscripción quedó confirmada la primera vez que lo abriste. No tienes que hacer nada más.',
    },
    expired: {
      title: 'Este enlace ha caducado',
      text: 'Los enlaces de confirmación funcionan durante 24 horas. Vuelve a suscribirte para recibir uno nuevo.',
    },
    unknown: {
      title: 'Este enlace no es válido',
      text: 'Comprueba que copiaste el enlace completo del correo, o vuelve a suscribirte.',
    },
  },
};

const STATUS: Record<Outcome, number> = { confirmed: 200, used: 410, expired: 410, unknown: 404 };

const STYLE =
  'body{font:1.125rem/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}h1{font-size:1.5rem}';
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

function sendPage(reply: FastifyReply, outcome: Outcome, locale: string): FastifyReply {
  const lang = PAGES[locale] === undefined ? 'en' : locale;
  const page = (PAGES[lang] as (typeof PAGES)['en'])[outcome];
  return reply
    .code(STATUS[outcome])
    .type('text/html; charset=utf-8')
    .header(
      'content-security-policy',
      `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`,
    )
    .send(
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(page.title)}</title><style>${STYLE}</style></head><body><main><h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(page.text)}</p></main></body></html>`,
    );
}

export interface ConfirmDependencies {
  readonly config: Config;
  readonly db: Database;
  readonly clock: () => Date;
  readonly onOutbox?: () => void;
}

export function registerConfirmRoute(server: FastifyInstance, deps: ConfirmDependencies): void {
  const { config, db, clock } = deps;
  server.get<{ Params: { token: string } }>('/v1/confirm/:token', async (request, reply) => {
    const { token } = request.params;
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return sendPage(reply, 'unknown', 'en');
    const now = clock();
    const at = now.toISOString();
    const result = await db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('confirmation_tokens')
        .leftJoin('subscribers', 'subscribers.email', 'confirmation_tokens.email')
        .select([
          'confirmation_tokens.email',
          'confirmation_tokens.expires_at',
          'confirmation_tokens.used_at',
          'subscribers.locale',
          'subscribers.status',
        ])
        .where('token_hash', '=', sha256(token))
        .executeTakeFirst();
      if (row === undefined) return { outcome: 'unknown' as const, locale: 'en', outbox: false };
      const locale = row.locale ?? 'en';
      if (row.used_at !== null) return { outcome: 'used' as const, locale, outbox: false };
      if (row.expires_at <= at || row.status === null) return { outcome: 'expired' as const, locale, outbox: false };
      // Only the request that marks the token used goes on: two clicks at once confirm once.
      const marked = await trx
        .updateTable('confirmation_tokens')
        .set({ used_at: at })
        .where('token_hash', '=', sha256(token))
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(marked.numUpdatedRows) === 0) return { outcome: 'used' as const, locale, outbox: false };
      // Any other link sent to the address is spent too: one confirmation is enough.
      await trx
        .updateTable('confirmation_tokens')
        .set({ used_at: at })
        .where('email', '=', row.email)
        .where('used_at', 'is', null)
        .execute();
      const subscriber = await trx
        .updateTable('subscribers')
        .set({ status: 'confirmed', confirmed_at: at, updated_at: at })
        .where('email', '=', row.email)
        .returningAll()
        .executeTakeFirstOrThrow();
      const rows = await webhookRows(trx, config, {
        event: 'subscriber.confirmed',
        submissionId: subscriber.submission_id,
        subjectEmail: subscriber.email,
        now,
        data: {
          email: subscriber.email,
          givenName: subscriber.given_name,
          familyName: subscriber.family_name,
          country: subscriber.country,
          locale: subscriber.locale,
          submissionId: subscriber.submission_id,
          confirmedAt: at,
        },
      });
      if (rows.length > 0) await trx.insertInto('outbox').values(rows).execute();
      return { outcome: 'confirmed' as const, locale, outbox: rows.length > 0 };
    });
    if (result.outbox) deps.onOutbox?.();
    return sendPage(reply, result.outcome, result.locale);
  });
}

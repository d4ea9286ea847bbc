// Confirmation emails for the newsletter's double opt-in, sent through SMTP with nodemailer. Without `SMTP_URL` (a
// developer's machine, the demo) each email is written as an `.eml` file instead, so that the link can still be opened.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from './config.js';

export interface Confirmation {
  readonly to: string;
  readonly locale: string;
  readonly givenName: string | null;
  readonly token: string;
}

interface Wording {
  readonly subject: string;
  readonly greeting: (name: string | null) => string;
  readonly body: string;
  readonly ignore: string;
}

// ms and es are drafts that need review by a native speaker before a partner sends them.
const WORDING: Record<string, Wording> = {
  en: {
    subject: 'Please confirm your subscription',
    greeting: (name) => (name === null ? 'Hello,' : `Hello ${name},`),
    body: 'Thank you for signing up for news from International Justice Mission. Please confirm your address by opening this link within 24 hours:',
    ignore: 'If you did not sign up, ignore this email: you will not be subscribed.',
  },
  ms: {
    subject: 'Sila sahkan langganan anda',
    greeting: (name) => (name === null ? 'Salam sejahtera,' : `Salam sejahtera ${name},`),
    body: 'Terima kasih kerana melanggan berita daripada International Justice Mission. Sila sahkan alamat anda dengan membuka pautan ini dalam masa 24 jam:',
    ignore: 'Jika anda tidak mendaftar, abaikan e-mel ini: anda tidak akan dilanggan.',
  },
  es: {
    subject: 'Confirma tu suscripción',
    greeting: (name) => (name === null ? 'Hola:' : `Hola, ${name}:`),
    body: 'Gracias por suscribirte a las noticias de International Justice Mission. Confirma tu dirección abriendo este enlace en las próximas 24 horas:',
    ignore: 'Si no te suscribiste, ignora este correo: no quedarás suscrito.',
  },
};

/** The link in a confirmation email. */
export const confirmationLink = (publicUrl: string, token: string): string => `${publicUrl}/v1/confirm/${token}`;

export interface Mailer {
  sendConfirmation(confirmation: Confirmation): Promise<void>;
  close(): void;
}

export function createMailer(config: Config): Mailer {
  const transport =
    config.smtpUrl === undefined
      ? nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
      : nodemailer.createTransport(config.smtpUrl);
  return {
    async sendConfirmation({ to, locale, givenName, token }) {
      const words = WORDING[locale] ?? (WORDING.en as Wording);
      const link = confirmationLink(config.publicUrl, token);
      const info = await transport.sendMail({
        from: config.mailFrom,
        to,
        subject: words.subject,
        text: `${words.greeting(givenName)}\n\n${words.body}\n\n${link}\n\n${words.ignore}\n`,
        headers: { 'Content-Language': locale },
      });
      if (config.smtpUrl === undefined) {
        await mkdir(config.mailDirectory, { recursive: true });
        await writeFile(join(config.mailDirectory, `${Date.now()}-${token.slice(0, 8)}.eml`), info.message as Buffer);
      }
    },
    close: () => transport.close(),
  };
}

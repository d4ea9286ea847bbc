// A real SMTP server on loopback that keeps every message it receives.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Mail {
  readonly to: string[];
  readonly raw: string;
  /** The text with quoted-printable soft line breaks and escapes undone. */
  readonly text: string;
}

export interface MailServer {
  readonly url: string;
  readonly messages: Mail[];
  /** When set, every message is refused with this SMTP code. */
  refuseWith: number | undefined;
  waitForMessages(count: number, timeoutMs?: number): Promise<Mail[]>;
  close(): Promise<void>;
}

const decodeQuotedPrintable = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

export async function startMailServer(): Promise<MailServer> {
  const messages: Mail[] = [];
  const mail: MailServer = {
    url: '',
    messages,
    refuseWith: undefined,
    async waitForMessages(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`SMTP: ${messages.length} of ${count} messages in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return messages;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (mail.refuseWith !== undefined) {
          const error = Object.assign(new Error('refused'), { responseCode: mail.refuseWith });
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, text: decodeQuotedPrintable(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  (mail as { url: string }).url = `smtp://127.0.0.1:${port}`;
  return mail;
}

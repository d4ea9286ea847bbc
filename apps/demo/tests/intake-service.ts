// The intake service as the demo runs it: the built server in its own process on SQLite, with a real SMTP server and
// a partner's webhook receiver on loopback. It can be stopped and started again on the same port and database, the
// way an outage looks to a person filling in a form.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@ijm/intake/testing/free-port';
import { type Receiver, startReceiver } from '@ijm/intake/testing/receiver';
import { type MailServer, startMailServer } from '@ijm/intake/testing/smtp';
import SQLite from 'better-sqlite3';

const serverPath = fileURLToPath(import.meta.resolve('@ijm/intake/server'));

export interface IntakeService {
  readonly url: string;
  readonly mail: MailServer;
  readonly webhook: Receiver;
  /** Rows of a table, read from the service's SQLite file. */
  rows(sql: string, ...params: unknown[]): Record<string, unknown>[];
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the intake service for a site at `siteOrigin`, with its SMTP server and webhook receiver. */
export async function startIntakeService(siteOrigin: string): Promise<IntakeService> {
  const folder = mkdtempSync(join(tmpdir(), 'ijm-demo-intake-'));
  const database = join(folder, 'intake.sqlite');
  const [mail, webhook, port] = await Promise.all([startMailServer(), startReceiver(), freePort()]);
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const process_ = spawn(process.execPath, [serverPath], {
        env: {
          ...process.env,
          PORT: String(port),
          DATABASE_URL: database,
          PUBLIC_URL: url,
          ALLOWED_ORIGINS: siteOrigin,
          SMTP_URL: mail.url,
          WEBHOOKS: JSON.stringify([{ url: webhook.url, secret: webhook.secret }]),
          WEBHOOK_RETRY_BASE_MS: '100',
          // Playwright types far faster than a person: below the default 1.5 s, its forms would be quarantined.
          MIN_FILL_MS: '200',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child = process_;
      let out = '';
      process_.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('listening on')) resolve();
      });
      process_.once('exit', (code) => reject(new Error(`intake exited with ${code}: ${out}`)));
    });

  const stop = async () => {
    const running = child;
    child = undefined;
    if (running === undefined || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };

  await start();
  return {
    url,
    mail,
    webhook,
    rows(sql, ...params) {
      const db = new SQLite(database, { readonly: true });
      try {
        return db.prepare(sql).all(...params) as Record<string, unknown>[];
      } finally {
        db.close();
      }
    },
    stop,
    start,
    async close() {
      await stop();
      await mail.close();
      await webhook.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

// The intake service's process: reads the settings, opens and migrates the database, serves HTTP, runs the outbox
// worker and the daily retention purge. SIGTERM or SIGINT stops it cleanly: no new connections, in-flight requests
// finish and commit, the worker finishes its deliveries, then the database closes.
import { purgeExpired } from './admin.js';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './database.js';
import { createMailer } from './mail.js';
import { OutboxWorker } from './outbox.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const { db, kind } = await openDatabase(config.database);
  const clock = () => new Date();
  const mailer = createMailer(config);
  const worker = new OutboxWorker({ db, kind, config, mailer, clock });
  const { server, writer } = buildApp({ config, db, kind, clock, onOutbox: () => worker.nudge() });
  await server.listen({ port: config.port, host: config.host });
  worker.start();
  const purge = setInterval(() => void purgeExpired(db, config, clock()).catch(() => undefined), 86_400_000);
  purge.unref();
  const address = server.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  // One line a supervisor or a test can wait for.
  console.log(
    `intake: listening on http://${config.host}:${port} (${kind}); confirmation links use ${config.publicUrl}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`intake: ${signal}, stopping`);
    clearInterval(purge);
    await server.close();
    await writer.drain();
    await worker.stop();
    mailer.close();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `intake: could not start: ${(error as Error).message}`);
  process.exit(1);
});

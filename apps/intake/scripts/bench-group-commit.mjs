// `pnpm bench` for the intake service: what group commit buys on a durable SQLite file (WAL, synchronous=FULL).
// The same 2,000 media-contact submissions go through the whole HTTP pipeline (Fastify inject: routing, parsing with
// the core's schema, rate-limit queries, the transaction) from 64 concurrent clients, once with group commit and once
// with one transaction per submission. Prints throughput, latency percentiles and the number of commits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIdempotencyKey } from '@ijm/core/forms';
import { buildApp } from '../dist/app.js';
import { loadConfig } from '../dist/config.js';
import { openDatabase } from '../dist/database.js';

const TOTAL = Number(process.env.BENCH_SUBMISSIONS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);

function envelope(i) {
  const now = new Date().toISOString();
  return {
    formId: 'media-contact',
    contractVersion: 1,
    idempotencyKey: createIdempotencyKey(),
    submittedAt: now,
    locale: 'en',
    page: { origin: 'https://partner.example', path: '/press' },
    consent: { text: 'I agree.', version: '1', given: true, at: now },
    honeypot: '',
    elapsedMs: 20_000,
    data: {
      name: 'Reporter',
      email: `r${i}@news.example`,
      organization: 'News',
      topic: 'Interview',
      message: 'A question.',
    },
  };
}

async function run(label, maxBatch) {
  const folder = mkdtempSync(join(tmpdir(), 'ijm-intake-bench-'));
  const config = loadConfig({
    DATABASE_URL: join(folder, 'bench.sqlite'),
    LOG_LEVEL: 'silent',
    RATE_LIMIT_CLIENT_PER_10_MIN: '1000000',
    RATE_LIMIT_FORM_PER_MINUTE: '10000000',
  });
  const { db, kind } = await openDatabase(config.database);
  const { server, writer } = buildApp({ config, db, kind, maxBatch });
  await server.ready();
  const bodies = Array.from({ length: TOTAL }, (_, i) => envelope(i));
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++];
        const t0 = performance.now();
        const response = await server.inject({
          method: 'POST',
          url: '/v1/submissions/media-contact',
          headers: { 'content-type': 'application/json', 'idempotency-key': body.idempotencyKey },
          payload: JSON.stringify(body),
        });
        if (response.statusCode !== 201) throw new Error(`${label}: ${response.statusCode} ${response.body}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  console.log(
    `${label.padEnd(28)} ${String(Math.round(TOTAL / seconds)).padStart(6)} submissions/s   p50 ${at(0.5)} ms   p99 ${at(0.99)} ms   ${writer.stats.commits} commits for ${writer.stats.submissions}`,
  );
  await server.close();
  await db.destroy();
  rmSync(folder, { recursive: true, force: true });
}

console.log(`${TOTAL} submissions, ${CONCURRENCY} concurrent clients, SQLite WAL synchronous=FULL on ${tmpdir()}`);
await run('group commit (batch ≤ 256)', 256);
await run('one commit per submission', 1);

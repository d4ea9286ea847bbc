// `pnpm bench` for the intake service: what group commit buys on a durable SQLite file (WAL, synchronous=FULL).
// autocannon sends media-contact submissions, each with its own body and Idempotency-Key, over real HTTP on loopback
// to the built service in its own process (scripts/bench-server.mjs), for DURATION seconds from CONNECTIONS
// connections; once with group commit and once with one transaction per submission. It prints accepted submissions
// per second (201s only: anything else fails the run), latency p50 and p99, commits, and the service's peak memory.
// BENCH_PROFILE=1 also writes the service's CPU profiles (.cpuprofile) to <tmpdir>/ijm-intake-bench-profiles.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIdempotencyKey } from '@ijm/core/forms';
import autocannon from 'autocannon';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
let sent = 0;

function submission() {
  const now = new Date().toISOString();
  const i = sent++;
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
      message: `Question number ${i}.`,
    },
  };
}

const once = (child, key) =>
  new Promise((resolve, reject) => {
    child.on('message', (message) => key in message && resolve(message));
    child.once('exit', (code) => reject(new Error(`the bench server exited (${code})`)));
  });

async function run(label, maxBatch) {
  const folder = mkdtempSync(join(tmpdir(), 'ijm-intake-bench-'));
  const child = fork(new URL('./bench-server.mjs', import.meta.url), [String(maxBatch), join(folder, 'bench.sqlite')], {
    execArgv: process.env.BENCH_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${join(tmpdir(), 'ijm-intake-bench-profiles')}`]
      : [],
  });
  const { url } = await once(child, 'url');
  const result = await autocannon({
    url: `${url}/v1/submissions/media-contact`,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const body = submission();
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              'idempotency-key': body.idempotencyKey,
              'x-forwarded-for': `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`,
            },
            body: JSON.stringify(body),
          };
        },
      },
    ],
  });
  const stopped = once(child, 'stats');
  child.send('stop');
  const { stats, peakRssKiB } = await stopped;
  rmSync(folder, { recursive: true, force: true });
  const accepted = result.statusCodeStats['201']?.count ?? 0;
  const other = result.requests.total - accepted;
  if (other > 0 || result.errors > 0 || result.timeouts > 0)
    throw new Error(
      `${label}: ${other} answers other than 201 (${JSON.stringify(result.statusCodeStats)}), ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  console.log(
    `${label.padEnd(28)} ${String(Math.round(accepted / DURATION)).padStart(6)} accepted/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   ${stats.commits} commits for ${stats.submissions}   peak RSS ${(peakRssKiB / 1024).toFixed(0)} MiB`,
  );
  return accepted / DURATION;
}

console.log(
  `autocannon: ${CONNECTIONS} connections for ${DURATION} s each, unique bodies; SQLite WAL synchronous=FULL on ${tmpdir()}`,
);
const grouped = await run('group commit (batch ≤ 256)', 256);
const single = await run('one commit per submission', 1);
console.log(`group commit / one commit per submission: ${(grouped / single).toFixed(2)}×`);

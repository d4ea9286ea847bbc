// The intake service for `pnpm bench`, in a process of its own (so the load generator does not share its event loop):
// the built app on an SQLite file, listening on loopback, with group commit or one transaction per submission
// (argv[2]: the largest batch, 1 for none). It tells its parent its URL, and on request its commits and peak memory.
import { buildApp } from '../dist/app.js';
import { loadConfig } from '../dist/config.js';
import { openDatabase } from '../dist/database.js';

const [, , maxBatchArgument, file] = process.argv;
const config = loadConfig({
  DATABASE_URL: file,
  LOG_LEVEL: 'silent',
  // Each request comes from its own supporter (X-Forwarded-For from a trusted proxy on loopback), as real traffic
  // does, under the default per-client and per-email limits; the form-wide limit is raised so the run is not cut off.
  TRUST_PROXY: '127.0.0.1',
  RATE_LIMIT_FORM_PER_MINUTE: '10000000',
});
const { db, kind } = await openDatabase(config.database);
const { server, writer } = buildApp({ config, db, kind, maxBatch: Number(maxBatchArgument) });
await server.listen({ port: 0, host: '127.0.0.1' });
const address = server.server.address();
process.send?.({ url: `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}` });
process.on('message', async () => {
  await server.close();
  await db.destroy();
  // maxRSS: the process's peak resident memory (KiB), the whole run included.
  process.send?.({ stats: writer.stats, peakRssKiB: process.resourceUsage().maxRSS }, () => process.exit(0));
});

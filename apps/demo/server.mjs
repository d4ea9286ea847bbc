// `npm start` runs this: the demo partner site on a printed localhost URL until Ctrl-C.
import { startSite } from './site.mjs';

const port = Number(process.env.PORT ?? 4173);
let site;
try {
  site = await startSite({ port });
} catch (error) {
  if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
  console.warn(`Port ${port} is busy; using a free one instead.`);
  site = await startSite();
}
console.log(`\n  Demo partner site: ${site.url}/\n  (Ctrl-C to stop)\n`);

const stop = () => site.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

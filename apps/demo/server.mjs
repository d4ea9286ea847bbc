// `npm start` runs this: the demo partner site on a printed localhost URL until Ctrl-C.
import { DEFAULT_INTAKE_URL, startSite } from './site.mjs';

const port = Number(process.env.PORT ?? 4173);
const intakeUrl = process.env.INTAKE_URL;
let site;
try {
  site = await startSite({ port, intakeUrl });
} catch (error) {
  if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
  console.warn(`Port ${port} is busy; using a free one instead.`);
  site = await startSite({ intakeUrl });
}
console.log(
  [
    '',
    `  Demo partner site:   ${site.url}/`,
    `  Self-check:          ${site.url}/self-check.html`,
    `  Get help:            ${site.url}/help.html`,
    `  React page:          ${site.url}/react.html`,
    `  Forms send to:       ${intakeUrl ?? DEFAULT_INTAKE_URL}`,
    '  (Ctrl-C to stop)',
    '',
  ].join('\n'),
);

const stop = () => site.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

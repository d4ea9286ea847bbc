// The demo partner site: its pages, and the widgets' browser bundle under /widgets/, served with the strict
// Content-Security-Policy and Trusted Types enforcement a careful partner would set.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@ijm/browser-testing';

const here = dirname(fileURLToPath(import.meta.url));
const widgetsBrowserDir = join(
  dirname(fileURLToPath(import.meta.resolve('@ijm/widgets/package.json'))),
  'dist',
  'browser',
);

/**
 * The lines a partner pastes into a page's <head>, from the widgets' build manifest, for files served at `base`.
 * Read on each page, so a rebuild of the widgets shows without a restart.
 * @param {string} base
 */
export function widgetsSnippet(base) {
  const { snippet } = JSON.parse(readFileSync(join(widgetsBrowserDir, 'manifest.json'), 'utf8'));
  return String(snippet).replaceAll('{base}', base);
}

/** Where the demo's forms send submissions when no other intake service is given: the one `npm start` runs. */
export const DEFAULT_INTAKE_URL = 'http://127.0.0.1:8787';

/**
 * The policy a careful partner sends: nothing but its own scripts and styles, Trusted Types enforced, and requests
 * only to itself and to the intake service's origin.
 * @param {string} intakeUrl
 */
export function contentSecurityPolicy(intakeUrl = DEFAULT_INTAKE_URL) {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${new URL(intakeUrl).origin}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    // Lit's policy is the only one allowed. Each copy of the bundle creates it once, so a page that may load two
    // copies (two plugins, two versions) needs 'allow-duplicates'; without it the second copy fails to start.
    "trusted-types lit-html 'allow-duplicates'",
  ].join('; ');
}

/**
 * Starts the site on 127.0.0.1 (a free port unless one is given) and resolves to its URL and a close function.
 * Pages name the intake service as `__INTAKE_URL__` (in form endpoints); the server writes `intakeUrl` there, and the
 * widgets' snippet in place of `<!-- @ijm/widgets snippet -->`.
 * `secondCopyOfWidgetsAt` serves the bundle again under another path, as when a page loads two copies of it.
 * @param {{ port?: number, intakeUrl?: string | undefined, secondCopyOfWidgetsAt?: string }} [options]
 */
export function startSite({ port, intakeUrl = DEFAULT_INTAKE_URL, secondCopyOfWidgetsAt } = {}) {
  const intake = intakeUrl.replace(/\/$/, '');
  /** @type {Record<string, string>} */
  const mounts = { '/': join(here, 'public'), '/widgets': widgetsBrowserDir, '/react': join(here, 'dist', 'react') };
  if (secondCopyOfWidgetsAt) mounts[secondCopyOfWidgetsAt] = widgetsBrowserDir;
  return serveStatic(mounts, {
    port,
    html: (text) =>
      text
        .replaceAll('__INTAKE_URL__', intake)
        .replace('<!-- @ijm/widgets snippet -->', () => widgetsSnippet('/widgets').replaceAll('\n', '\n    ')),
    headers: {
      'Content-Security-Policy': contentSecurityPolicy(intake),
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

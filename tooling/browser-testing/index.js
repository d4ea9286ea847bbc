// Plain JavaScript with JSDoc types, so that configs and scripts use it without a build step.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

/** Debian's Chromium, or the one `npm test` found and put in CHROME_PATH; never a downloaded browser. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that keep a headless Chromium quiet and on loopback (without them it tries to reach outside hosts). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launches headless Chromium through playwright-core. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/**
 * Serves folders on 127.0.0.1 at a free port.
 * @param {Record<string, string>} mounts URL prefix (like `/` or `/widgets`) to folder
 * @param {{ headers?: Record<string, string>, port?: number | undefined, html?: (text: string) => string }} [options]
 *   `headers` are added to every response; `html`, when given, rewrites every `.html` page before it is sent
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(mounts, options = {}) {
  const handlers = Object.entries(mounts)
    .sort(([a], [b]) => b.length - a.length)
    .map(([prefix, dir]) => ({
      prefix: prefix.replace(/\/$/, ''),
      dir: resolve(dir),
      handle: sirv(dir, { dev: true, etag: true }),
    }));
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
    const url = request.url ?? '/';
    const match = handlers.find(({ prefix }) => prefix === '' || url === prefix || url.startsWith(`${prefix}/`));
    if (match === undefined) {
      response.statusCode = 404;
      response.end('Not found');
      return;
    }
    request.url = url.slice(match.prefix.length) || '/';
    if (options.html !== undefined && request.method === 'GET') {
      const path = request.url.split('?')[0] ?? '/';
      const file = join(match.dir, path.endsWith('/') ? `${path}index.html` : path);
      if (file.startsWith(match.dir) && file.endsWith('.html') && existsSync(file)) {
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(options.html(readFileSync(file, 'utf8')));
        return;
      }
    }
    match.handle(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    });
  });
  await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

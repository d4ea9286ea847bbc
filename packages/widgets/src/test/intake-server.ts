// A vitest globalSetup: a small intake server on 127.0.0.1 with scripted answers, so widget tests exercise real HTTP
// (CORS preflight, headers, timeouts, Retry-After) instead of a fetch mock. Each test uses its own scenario id.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';

/**
 * One scripted answer. `delayMs` holds the answer back (longer than the widget's timeout makes a timeout). `raw` is sent
 * as it is instead of `body` as JSON, and `huge` builds a large body on the server: `head`, `item` `times` times
 * (joined by commas), `tail`.
 */
export interface ScriptedResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  readonly raw?: string;
  readonly huge?: { readonly head: string; readonly item: string; readonly times: number; readonly tail: string };
  readonly delayMs?: number;
}

/** What the server received for one POST. */
export interface RecordedRequest {
  readonly method: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
  readonly at: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    intakeOrigin: string;
    /** A second server on another origin, standing in for an attacker's: where a hostile redirect points. */
    attackerOrigin: string;
  }
}

const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
  // Retry-After is not a CORS-safelisted response header: without this the widget could not read it.
  'Access-Control-Expose-Headers': 'Retry-After',
  'Access-Control-Max-Age': '600',
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (response.destroyed || response.writableEnded) return;
  response.writeHead(status, { ...cors, 'Content-Type': 'application/json', ...headers });
  response.end(body === undefined ? '' : JSON.stringify(body));
}

function answer(response: ServerResponse, { status, body, raw, huge, headers }: ScriptedResponse): void {
  if (raw === undefined && huge === undefined) {
    send(response, status, body, headers);
    return;
  }
  if (response.destroyed || response.writableEnded) return;
  response.writeHead(status, { ...cors, 'Content-Type': 'application/json', ...headers });
  response.end(huge === undefined ? raw : `${huge.head}${Array(huge.times).fill(huge.item).join(',')}${huge.tail}`);
}

/** One scripted intake server on 127.0.0.1; the tests start two, on two origins. */
async function startServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const scripts = new Map<string, ScriptedResponse[]>();
  const received = new Map<string, RecordedRequest[]>();

  const server = createServer(async (request, response) => {
    response.on('error', () => {});
    const [, kind = '', id = ''] = (request.url ?? '').split('/');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors);
      response.end();
      return;
    }
    const body = await readBody(request).catch(() => '');
    if (kind === 'script' && request.method === 'POST') {
      scripts.set(id, JSON.parse(body) as ScriptedResponse[]);
      received.set(id, []);
      send(response, 204, undefined);
      return;
    }
    if (kind === 'requests' && request.method === 'GET') {
      send(response, 200, received.get(id) ?? []);
      return;
    }
    if (kind === 'intake' && (request.method === 'POST' || request.method === 'GET')) {
      const log = received.get(id) ?? [];
      received.set(id, log);
      log.push({ method: request.method, headers: request.headers, body, at: Date.now() });
      const next = scripts.get(id)?.shift() ?? { status: 201, body: { status: 'accepted' } };
      if (next.delayMs === undefined) answer(response, next);
      else setTimeout(() => answer(response, next), next.delayMs);
      return;
    }
    send(response, 404, { error: 'not found' });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const intake = await startServer();
  const attacker = await startServer();
  project.provide('intakeOrigin', intake.origin);
  project.provide('attackerOrigin', attacker.origin);
  return async () => {
    await Promise.all([intake.close(), attacker.close()]);
  };
}

// A partner's webhook endpoint on loopback. It verifies every delivery's signature with the `standardwebhooks`
// library (an implementation of the specification independent of ours), deduplicates by `webhook-id` the way the
// specification asks receivers to, and misbehaves on request: errors, Retry-After, hangs, resets, redirects, 410.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export type Behaviour = { readonly status: number; readonly headers?: Record<string, string> } | 'hang' | 'reset';

export interface Delivery {
  readonly id: string;
  readonly payload: { type: string; timestamp: string; data: Record<string, unknown> };
}

export interface Receiver {
  readonly url: string;
  readonly secret: string;
  /** Decides the answer to each attempt; 200 when it returns `undefined`. */
  behave: (attempt: number, id: string) => Behaviour | undefined;
  /** Every attempt, in order. */
  readonly attempts: { id: string; verified: boolean; at: number }[];
  /** Accepted deliveries by `webhook-id` (2xx answers), each with how many times it was accepted. */
  readonly accepted: Map<string, { delivery: Delivery; count: number }>;
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

export async function startReceiver(path = '/hook'): Promise<Receiver> {
  const secret = `whsec_${Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64')}`;
  const verifier = new Webhook(secret);
  const hanging = new Set<IncomingMessage>();
  let server: Server;
  const receiver: Receiver = {
    url: '',
    secret,
    behave: () => undefined,
    attempts: [],
    accepted: new Map(),
    async waitFor(predicate, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline)
          throw new Error(`receiver: condition not met in ${timeoutMs} ms (${receiver.attempts.length} attempts)`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () =>
      new Promise((resolve) => {
        for (const request of hanging) request.socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server = createServer(async (request, response) => {
    const body = await readBody(request);
    const id = String(request.headers['webhook-id'] ?? '');
    let verified = false;
    try {
      verifier.verify(body, request.headers as Record<string, string>);
      verified = true;
    } catch {
      // A bad signature is recorded and refused.
    }
    receiver.attempts.push({ id, verified, at: Date.now() });
    if (!verified || request.url !== path) {
      response.writeHead(401).end();
      return;
    }
    const attempt = receiver.attempts.filter((a) => a.id === id).length;
    const behaviour = receiver.behave(attempt, id) ?? { status: 200 };
    if (behaviour === 'hang') {
      hanging.add(request);
      return;
    }
    if (behaviour === 'reset') {
      request.socket.destroy();
      return;
    }
    if (behaviour.status >= 200 && behaviour.status < 300) {
      const seen = receiver.accepted.get(id);
      if (seen === undefined) receiver.accepted.set(id, { delivery: { id, payload: JSON.parse(body) }, count: 1 });
      else seen.count += 1;
    }
    response.writeHead(behaviour.status, behaviour.headers).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (receiver as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  return receiver;
}

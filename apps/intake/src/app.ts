// The HTTP service: routes, CORS, security headers and error answers. Every malformed request gets a 4xx with a short
// machine-readable body and stores nothing; a 5xx means the service itself failed. Logs carry the method, the route
// pattern (never the URL, which can hold a confirmation token), the status and the time: no payload, address or trace.
import { isFormId } from '@ijm/core/forms';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import { ClientHasher } from './abuse.js';
import { registerAdminRoutes } from './admin.js';
import type { Config } from './config.js';
import { registerConfirmRoute } from './confirm.js';
import { type Database, type DatabaseKind, isReachable } from './database.js';
import { errorBody } from './http.js';
import { SubmissionWriter } from './submissions.js';
import { registerSubmissionRoute } from './submit.js';

export interface AppOptions {
  readonly config: Config;
  readonly db: Database;
  readonly kind: DatabaseKind;
  readonly clock?: () => Date;
  /** Where log lines go (a stream the tests read); standard output by default. */
  readonly logStream?: NodeJS.WritableStream;
  /** Told when a commit added outbox rows. */
  readonly onOutbox?: () => void;
  /** Group commit's largest batch (1 turns it off). */
  readonly maxBatch?: number;
}

export interface App {
  readonly server: FastifyInstance;
  readonly writer: SubmissionWriter;
}

/** Short names for the framework's own 4xx errors, for the `error` field of an error answer. */
const ERROR_NAMES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad-content-length',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty-body',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid-json',
  FST_ERR_BAD_URL: 'bad-url',
  FST_ERR_ASYNC_CONSTRAINT: 'bad-request',
};

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'permissions-policy': 'interest-cohort=()',
};

export function buildApp(options: AppOptions): App {
  const { config, db, kind } = options;
  const clock = options.clock ?? (() => new Date());
  const server = Fastify({
    bodyLimit: 32 * 1024,
    // X-Forwarded-For is believed only from the proxies the operator names (TRUST_PROXY).
    trustProxy: config.trustProxy.length === 0 ? false : [...config.trustProxy],
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            ...(options.logStream === undefined ? {} : { stream: options.logStream }),
            // An error's message or stack can quote the input; its type is enough to find the code.
            serializers: {
              req: () => ({}),
              res: () => ({}),
              err: (err: Error) => ({ type: err.name, message: err.name, stack: '' }),
            },
          },
  });
  const writer = new SubmissionWriter({
    db,
    kind,
    config,
    clock,
    ...(options.maxBatch === undefined ? {} : { maxBatch: options.maxBatch }),
    ...(options.onOutbox === undefined ? {} : { onOutbox: options.onOutbox }),
  });
  const hasher = new ClientHasher(db);

  // JSON only: the text/plain parser Fastify adds by default would let a CORS "simple request" skip the preflight.
  server.removeContentTypeParser('text/plain');

  server.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!reply.hasHeader(name)) reply.header(name, value);
    if (config.publicUrl.startsWith('https:')) reply.header('strict-transport-security', 'max-age=31536000');
    void request;
    return payload;
  });
  server.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  server.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const status =
      error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ kind: error.name, code: error.code }, 'request failed');
    const name =
      ERROR_NAMES[error.code] ?? (status === 500 ? 'internal' : status === 400 ? 'bad-request' : `http-${status}`);
    void reply.code(status).send(errorBody(name));
  });
  server.setNotFoundHandler((_request, reply) => {
    void reply.code(404).send(errorBody('not-found'));
  });

  registerCors(server, config);
  registerSubmissionRoute(server, { config, writer, hasher, clock });
  registerConfirmRoute(server, {
    config,
    db,
    clock,
    ...(options.onOutbox === undefined ? {} : { onOutbox: options.onOutbox }),
  });
  registerAdminRoutes(server, { config, db, clock });

  server.get('/v1/health', async (_request, reply) => {
    const reachable = await isReachable(db);
    if (!reachable) return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    const backlog = await db
      .selectFrom('outbox')
      .select((eb) => [
        eb.fn.countAll<string | number>().filterWhere('status', '=', 'pending').as('pending'),
        eb.fn.countAll<string | number>().filterWhere('status', '=', 'dead').as('dead'),
        eb.fn.min('next_attempt_at').filterWhere('status', '=', 'pending').as('oldestDue'),
      ])
      .executeTakeFirstOrThrow();
    return {
      status: 'ok',
      database: kind,
      outbox: { pending: Number(backlog.pending), dead: Number(backlog.dead), oldestDue: backlog.oldestDue ?? null },
    };
  });

  return { server, writer };
}

/**
 * CORS for the submission route: each form has its own list of partner origins. A browser's request from any other
 * origin is refused (403), preflight included. A request without an `Origin` header is not a browser's cross-origin
 * request (a partner's own server, a test) and is let through.
 */
function registerCors(server: FastifyInstance, config: Config): void {
  const allowed = (request: FastifyRequest): 'none' | 'allowed' | 'refused' => {
    const origin = request.headers.origin;
    if (origin === undefined) return 'none';
    const formId = (request.params as { formId?: string } | undefined)?.formId;
    if (formId === undefined || !isFormId(formId)) return 'refused';
    return config.allowedOrigins[formId].includes(origin) ? 'allowed' : 'refused';
  };
  server.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.url?.startsWith('/v1/submissions/')) return;
    const verdict = allowed(request);
    if (verdict === 'refused') return reply.code(403).send(errorBody('origin-not-allowed'));
    if (verdict === 'allowed') {
      reply.header('access-control-allow-origin', request.headers.origin);
      reply.header('access-control-expose-headers', 'retry-after');
    }
    reply.header('vary', 'Origin');
  });
  server.options('/v1/submissions/:formId', async (request, reply) => {
    // The preHandler above has refused other origins; this answers the allowed ones' preflight.
    if (request.headers.origin === undefined) return reply.code(204).send();
    return reply
      .code(204)
      .header('access-control-allow-methods', 'POST')
      .header('access-control-allow-headers', 'content-type, idempotency-key')
      .header('access-control-max-age', '600')
      .send();
  });
}

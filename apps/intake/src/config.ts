// The service's settings, read from the environment once at start. Every value is checked, and every bad one is
// named in one error, so that an operator fixes them all in one go rather than one restart at a time.
import { FORM_IDS, type FormId, isFormId } from '@ijm/core/forms';
import * as z from 'zod';

export interface WebhookEndpoint {
  readonly url: string;
  /** The Standard Webhooks secret as given (`whsec_` and base64); `key` is its decoded bytes. */
  readonly secret: string;
  readonly key: Buffer;
}

export interface RateLimit {
  readonly max: number;
  readonly windowMs: number;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Proxies (addresses or CIDR ranges) whose X-Forwarded-For is believed; empty: the peer's address is the client's. */
  readonly trustProxy: readonly string[];
  readonly database:
    | { readonly kind: 'sqlite'; readonly file: string }
    | { readonly kind: 'postgres'; readonly url: string };
  /** Partner origins allowed to submit each form from a browser. */
  readonly allowedOrigins: Readonly<Record<FormId, readonly string[]>>;
  readonly adminToken: string | undefined;
  readonly webhooks: readonly WebhookEndpoint[];
  /** `undefined`: confirmation emails are written as `.eml` files under `mailDirectory` (development only). */
  readonly smtpUrl: string | undefined;
  readonly mailDirectory: string;
  readonly mailFrom: string;
  readonly publicUrl: string;
  /** A submission sent sooner than this after the form appeared is treated as automated. */
  readonly minFillMs: number;
  readonly rateLimits: { readonly client: RateLimit; readonly email: RateLimit; readonly form: RateLimit };
  readonly confirmationEmailsPerDay: number;
  /** Days a form's submissions are kept before the retention purge erases them. */
  readonly retentionDays: Readonly<Record<FormId, number>>;
  readonly webhookRetry: { readonly baseMs: number; readonly maxMs: number; readonly giveUpAfterMs: number };
  readonly webhookTimeoutMs: number;
  readonly logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The intake service cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const isOrigin = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
};

const integer = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`));

/** `https://a.org,media-contact=https://press.b.org`: a bare origin is allowed for every form, `form=origin` for one. */
function parseOrigins(value: string, ctx: z.RefinementCtx): Record<FormId, string[]> {
  const byForm = Object.fromEntries(FORM_IDS.map((id) => [id, [] as string[]])) as Record<FormId, string[]>;
  for (const raw of value.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const match = /^([a-z-]+)=(.+)$/.exec(entry);
    const form = match?.[1];
    const origin = match?.[2] ?? entry;
    if (form !== undefined && !isFormId(form)) {
      ctx.addIssue({ code: 'custom', message: `"${form}" is not a form; the forms are ${FORM_IDS.join(', ')}` });
      continue;
    }
    if (!isOrigin(origin)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${origin}" is not an origin (scheme, host and port only, like https://partner.org)`,
      });
      continue;
    }
    for (const id of form === undefined ? FORM_IDS : [form as FormId]) byForm[id].push(origin);
  }
  return byForm;
}

const webhookList = z
  .string()
  .transform((value, ctx) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'is not JSON (expected a list like [{"url":"https://…","secret":"whsec_…"}])',
      });
      return z.NEVER;
    }
  })
  .pipe(
    z.array(
      z.strictObject({
        url: z.url({ protocol: /^https?$/, error: 'each url must be an http(s) address' }),
        secret: z
          .string()
          .regex(/^whsec_[A-Za-z0-9+/]{32,}={0,2}$/, 'each secret must be "whsec_" and at least 24 bytes in base64'),
      }),
    ),
  );

const retentionList = z.string().transform((value, ctx) => {
  const days: Partial<Record<FormId, number>> = {};
  for (const raw of value.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const [form = '', count = ''] = entry.split('=');
    if (!isFormId(form) || !/^\d+$/.test(count) || Number(count) < 1) {
      ctx.addIssue({ code: 'custom', message: `"${entry}" is not "form=days" with a known form and days >= 1` });
      continue;
    }
    days[form] = Number(count);
  }
  return days;
});

const environment = z.object({
  PORT: integer('PORT', 0, 65_535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ''),
    )
    .pipe(
      z.array(
        z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], {
          error: 'each entry must be an IP address or CIDR range',
        }),
      ),
    ),
  DATABASE_URL: z
    .string()
    .refine((v) => /^(postgres(ql)?:\/\/|sqlite:|file:)/.test(v) || !v.includes('://'), {
      message: 'must be postgres://…, or a file path (optionally sqlite:path) for SQLite',
    })
    .default('sqlite:.data/intake.sqlite'),
  ALLOWED_ORIGINS: z.string().default('').transform(parseOrigins),
  ADMIN_TOKEN: z.string().min(32, 'must be at least 32 characters (make one with `openssl rand -hex 32`)').optional(),
  WEBHOOKS: webhookList.default([]),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v), { message: 'must be smtp://… or smtps://…' })
    .optional(),
  MAIL_DIRECTORY: z.string().min(1).default('.data/mail'),
  MAIL_FROM: z.string().min(3).default('IJM <no-reply@localhost>'),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be the http(s) address the service is reached at' })
    .optional(),
  MIN_FILL_MS: integer('MIN_FILL_MS', 0, 600_000).default(1500),
  RATE_LIMIT_CLIENT_PER_10_MIN: integer('RATE_LIMIT_CLIENT_PER_10_MIN', 1, 1_000_000).default(20),
  RATE_LIMIT_EMAIL_PER_HOUR: integer('RATE_LIMIT_EMAIL_PER_HOUR', 1, 1_000_000).default(5),
  RATE_LIMIT_FORM_PER_MINUTE: integer('RATE_LIMIT_FORM_PER_MINUTE', 1, 10_000_000).default(600),
  CONFIRMATION_EMAILS_PER_DAY: integer('CONFIRMATION_EMAILS_PER_DAY', 1, 100).default(3),
  RETENTION_DAYS: retentionList.default({}),
  WEBHOOK_RETRY_BASE_MS: integer('WEBHOOK_RETRY_BASE_MS', 10, DAY).default(30_000),
  WEBHOOK_RETRY_MAX_MS: integer('WEBHOOK_RETRY_MAX_MS', 10, DAY).default(6 * HOUR),
  WEBHOOK_GIVE_UP_AFTER_MS: integer('WEBHOOK_GIVE_UP_AFTER_MS', 1000, 30 * DAY).default(3 * DAY),
  WEBHOOK_TIMEOUT_MS: integer('WEBHOOK_TIMEOUT_MS', 100, 60_000).default(10_000),
  LOG_LEVEL: z.enum(['silent', 'error', 'warn', 'info', 'debug']).default('info'),
});

/** Default retention: a year for sign-ups and leads, two for press enquiries (journalists come back to a thread). */
const DEFAULT_RETENTION_DAYS: Record<FormId, number> = {
  'newsletter-signup': 365,
  'media-contact': 730,
  'fundraiser-lead': 365,
};

/** Reads and checks the settings; throws `ConfigError` listing every bad value. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(environment.shape).flatMap((key) =>
      env[key] === undefined || env[key] === '' ? [] : [[key, env[key]]],
    ),
  );
  const parsed = environment.safeParse(known);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const [name = '', ...rest] = issue.path.map(String);
        const where = rest.length === 0 ? name : `${name} (item ${rest.join('.')})`;
        return `${where}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}`).replace(
    /\/$/,
    '',
  );
  const databaseUrl = e.DATABASE_URL;
  return {
    port: e.PORT,
    host: e.HOST,
    trustProxy: e.TRUST_PROXY,
    database: /^postgres(ql)?:\/\//.test(databaseUrl)
      ? { kind: 'postgres', url: databaseUrl }
      : { kind: 'sqlite', file: databaseUrl.replace(/^(sqlite|file):/, '') },
    allowedOrigins: e.ALLOWED_ORIGINS,
    adminToken: e.ADMIN_TOKEN,
    webhooks: e.WEBHOOKS.map(({ url, secret }) => ({ url, secret, key: Buffer.from(secret.slice(6), 'base64') })),
    smtpUrl: e.SMTP_URL,
    mailDirectory: e.MAIL_DIRECTORY,
    mailFrom: e.MAIL_FROM,
    publicUrl,
    minFillMs: e.MIN_FILL_MS,
    rateLimits: {
      client: { max: e.RATE_LIMIT_CLIENT_PER_10_MIN, windowMs: 10 * 60_000 },
      email: { max: e.RATE_LIMIT_EMAIL_PER_HOUR, windowMs: HOUR },
      form: { max: e.RATE_LIMIT_FORM_PER_MINUTE, windowMs: 60_000 },
    },
    confirmationEmailsPerDay: e.CONFIRMATION_EMAILS_PER_DAY,
    retentionDays: { ...DEFAULT_RETENTION_DAYS, ...e.RETENTION_DAYS },
    webhookRetry: {
      baseMs: e.WEBHOOK_RETRY_BASE_MS,
      maxMs: e.WEBHOOK_RETRY_MAX_MS,
      giveUpAfterMs: e.WEBHOOK_GIVE_UP_AFTER_MS,
    },
    webhookTimeoutMs: e.WEBHOOK_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
  };
}

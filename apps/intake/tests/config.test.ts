// Settings are checked at start, and every bad one is named with what would be right.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('loadConfig', () => {
  it('has working defaults: loopback, port 8787, SQLite under .data/', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      database: { kind: 'sqlite', file: '.data/intake.sqlite' },
    });
    expect(config.publicUrl).toBe('http://127.0.0.1:8787');
    expect(config.allowedOrigins['newsletter-signup']).toEqual([]);
  });

  it('reads PostgreSQL, per-form origins, webhooks and retention', () => {
    const secret = `whsec_${Buffer.alloc(24, 1).toString('base64')}`;
    const config = loadConfig({
      DATABASE_URL: 'postgres://intake@127.0.0.1:5432/intake',
      ALLOWED_ORIGINS: 'https://partner.org, media-contact=https://press.ijm.org',
      WEBHOOKS: JSON.stringify([{ url: 'https://crm.example/hook', secret }]),
      RETENTION_DAYS: 'media-contact=30',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://intake@127.0.0.1:5432/intake' });
    expect(config.allowedOrigins['media-contact']).toEqual(['https://partner.org', 'https://press.ijm.org']);
    expect(config.allowedOrigins['newsletter-signup']).toEqual(['https://partner.org']);
    expect(config.webhooks[0]?.key).toEqual(Buffer.alloc(24, 1));
    expect(config.retentionDays['media-contact']).toBe(30);
    expect(config.retentionDays['newsletter-signup']).toBe(365);
  });

  it('names every bad value at once, with what is expected', () => {
    const problems = problemsOf({
      PORT: '80a',
      ALLOWED_ORIGINS: 'https://partner.org/page,donate=https://x.org',
      ADMIN_TOKEN: 'short',
      WEBHOOKS: '[{"url":"ftp://crm.example","secret":"plain"}]',
      SMTP_URL: 'mail.example:25',
      PUBLIC_URL: 'intake.example',
      RETENTION_DAYS: 'media-contact=0',
      TRUST_PROXY: 'proxy.local',
      LOG_LEVEL: 'loud',
    });
    expect(problems).toEqual([
      'PORT: PORT must be a whole number',
      'TRUST_PROXY (item 0): each entry must be an IP address or CIDR range',
      'ALLOWED_ORIGINS: "https://partner.org/page" is not an origin (scheme, host and port only, like https://partner.org)',
      'ALLOWED_ORIGINS: "donate" is not a form; the forms are newsletter-signup, media-contact, fundraiser-lead',
      'ADMIN_TOKEN: must be at least 32 characters (make one with `openssl rand -hex 32`)',
      'WEBHOOKS (item 0.url): each url must be an http(s) address',
      'WEBHOOKS (item 0.secret): each secret must be "whsec_" and at least 24 bytes in base64',
      'SMTP_URL: must be smtp://… or smtps://…',
      'PUBLIC_URL: must be the http(s) address the service is reached at',
      'RETENTION_DAYS: "media-contact=0" is not "form=days" with a known form and days >= 1',
      expect.stringMatching(/^LOG_LEVEL: /),
    ]);
  });

  it('says when WEBHOOKS is not JSON', () => {
    expect(problemsOf({ WEBHOOKS: '{url:' })).toEqual([
      'WEBHOOKS: is not JSON (expected a list like [{"url":"https://…","secret":"whsec_…"}])',
    ]);
  });
});

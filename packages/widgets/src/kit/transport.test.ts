import { describe, expect, it } from 'vitest';
import { checkEndpoint } from './endpoint.js';
import { retryAfterMs } from './transport.js';

describe('checkEndpoint', () => {
  it('accepts https anywhere and http only on localhost and 127.0.0.1', () => {
    for (const ok of ['https://intake.ijm.org/v1/forms', 'http://localhost:8787/forms', 'http://127.0.0.1:9/x'])
      expect(checkEndpoint(ok)?.href, ok).toBe(new URL(ok).href);
    for (const refused of [
      'http://intake.ijm.org/forms',
      'http://127.0.0.2/forms',
      'javascript:alert(1)',
      'data:text/plain,hi',
      'ftp://intake.ijm.org/',
      'https://user:secret@intake.ijm.org/',
      'https://',
    ])
      expect(checkEndpoint(refused), refused).toBeUndefined();
  });

  it('resolves a relative endpoint against the page, which the tests serve over http on localhost', () => {
    expect(checkEndpoint('/api/forms')?.pathname).toBe('/api/forms');
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('0')).toBe(0);
    const now = Date.parse('2026-03-10T12:00:00Z');
    expect(retryAfterMs('Tue, 10 Mar 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Tue, 10 Mar 2026 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('')).toBeUndefined();
  });
});

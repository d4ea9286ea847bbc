// Hostile and careless input at the forms' edges, each case once observed from outside: a redirect that carries the
// envelope to another origin, endpoints that resolve to the page itself, an answer that is not a receipt, the page's
// query string in `Referer`, timeouts that abort every attempt, and answers or pastes too large to read.
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import '../define/media-contact.js';
import '../define/newsletter-signup.js';
import type { IjmMediaContact } from '../components/media-contact/media-contact.js';
import type { IjmNewsletterSignup } from '../components/newsletter-signup/newsletter-signup.js';
import { MAX_ANSWER_BYTES } from '../kit/read-json.js';
import { postEnvelope } from '../kit/transport.js';
import { expectNoAxeViolations } from './axe.js';
import { fixture } from './fixture.js';
import { control, fillForm, inside, recordEvents, statusText, submit, waitForState } from './forms.js';
import { intakeScenario } from './intake.js';

const valid = { email: 'ana@example.org', consent: true };

async function signup(attributes = ''): Promise<IjmNewsletterSignup> {
  const element = await fixture<IjmNewsletterSignup>(`<ijm-newsletter-signup ${attributes}></ijm-newsletter-signup>`);
  element.retryBaseMs = 20;
  return element;
}

let consoleError: ReturnType<typeof vi.spyOn>;
let consoleWarn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  consoleError.mockRestore();
  consoleWarn.mockRestore();
});

describe('redirects are never followed', () => {
  for (const status of [301, 302, 303, 307, 308])
    it(`a ${status} to another origin receives nothing, and is a configuration error, not retried`, async () => {
      const attacker = await intakeScenario([], inject('attackerOrigin'));
      const server = await intakeScenario([{ status, headers: { Location: attacker.endpoint } }]);
      const element = await signup(`endpoint="${server.endpoint}"`);
      const errors = recordEvents('ijm-error');
      const successes = recordEvents('ijm-success');
      await fillForm(element, valid);
      submit(element);
      await waitForState(element, 'failed');
      expect(element.form.failure).toBe('config');
      expect(errors.at(-1)?.detail.reason).toBe('config');
      expect(successes).toHaveLength(0);
      expect(await server.requests()).toHaveLength(1);
      expect(await attacker.requests()).toEqual([]);
      expect(String(consoleError.mock.calls.at(-1)?.[0])).toContain('redirect');
      // What the person typed is still there, and they are told something is wrong, not thanked.
      expect(control(element, 'email').value).toBe(valid.email);
      expect(statusText(element)).not.toBe('');
    });

  it('a redirect to plain http on another host is refused too', async () => {
    const server = await intakeScenario([{ status: 307, headers: { Location: 'http://example.invalid/steal' } }]);
    const element = await signup(`endpoint="${server.endpoint}"`);
    await fillForm(element, valid);
    submit(element);
    await waitForState(element, 'failed');
    expect(element.form.failure).toBe('config');
    expect(await server.requests()).toHaveLength(1);
  });
});

describe('an endpoint that is the page itself is no endpoint', () => {
  for (const endpoint of ['', ' ', '#', '?x=1', location.pathname])
    it(`endpoint=${JSON.stringify(endpoint)} sends nothing and says the form cannot send`, async () => {
      const fetchSpy = vi.spyOn(globalThis, 'fetch');
      const element = await signup(`endpoint="${endpoint}"`);
      const errors = recordEvents('ijm-error');
      await fillForm(element, valid);
      submit(element);
      await waitForState(element, 'failed');
      expect(element.form.failure).toBe('config');
      expect(errors.at(-1)?.detail.reason).toBe('config');
      expect(fetchSpy.mock.calls.filter(([input]) => !String(input).includes('/requests/'))).toEqual([]);
      fetchSpy.mockRestore();
      await expectNoAxeViolations(element);
    });
});

describe('only a submission receipt is success', () => {
  for (const [name, answer] of [
    ['an HTML page', { status: 200, raw: '<!doctype html><title>Home</title>' }],
    ['an empty 204', { status: 204 }],
    ['JSON that is not a receipt', { status: 200, body: { ok: true } }],
  ] as const)
    it(`${name} is a configuration error, not a thank-you`, async () => {
      const server = await intakeScenario([answer]);
      const element = await signup(`endpoint="${server.endpoint}"`);
      const successes = recordEvents('ijm-success');
      await fillForm(element, valid);
      submit(element);
      await waitForState(element, 'failed');
      expect(element.form.failure).toBe('config');
      expect(successes).toHaveLength(0);
      expect(await server.requests()).toHaveLength(1);
    });

  it('a duplicate receipt is success', async () => {
    const server = await intakeScenario([{ status: 200, body: { status: 'duplicate' } }]);
    const element = await signup(`endpoint="${server.endpoint}"`);
    await fillForm(element, valid);
    submit(element);
    await waitForState(element, 'success');
  });
});

it('sends no Referer, so the page’s path and query never leave with the form', async () => {
  const page = location.href;
  history.replaceState(null, '', `${location.pathname}?email=ana%40example.org&token=secret`);
  try {
    const server = await intakeScenario();
    const element = await signup(`endpoint="${server.endpoint}"`);
    await fillForm(element, valid);
    submit(element);
    await waitForState(element, 'success');
    const [request] = await server.requests();
    expect(request?.headers.referer).toBeUndefined();
    expect(request?.body).not.toContain('secret');
  } finally {
    history.replaceState(null, '', page);
  }
});

describe('a timeout that is not a usable number', () => {
  for (const timeout of ['', '0', 'abc', '-5'])
    it(`timeout="${timeout}" uses the default, warns once, and sends each submit once`, async () => {
      const server = await intakeScenario([
        { status: 400, delayMs: 300 },
        { status: 201, body: { status: 'accepted' }, delayMs: 300 },
      ]);
      const element = await signup(`endpoint="${server.endpoint}" timeout="${timeout}"`);
      await fillForm(element, valid);
      submit(element);
      await waitForState(element, 'failed');
      expect(element.form.failure).toBe('rejected');
      submit(element);
      await waitForState(element, 'success');
      expect(await server.requests()).toHaveLength(2);
      const warnings = consoleWarn.mock.calls.filter(([message]: unknown[]) => String(message).includes('timeout'));
      expect(warnings).toHaveLength(1);
    });

  it('a property set to a string or a tiny number is brought into range', async () => {
    const server = await intakeScenario([{ status: 201, body: { status: 'accepted' }, delayMs: 300 }]);
    const element = await signup(`endpoint="${server.endpoint}"`);
    (element as unknown as { timeout: unknown }).timeout = 1;
    await fillForm(element, valid);
    submit(element);
    await waitForState(element, 'success');
    expect(await server.requests()).toHaveLength(1);
  });
});

describe('sizes are bounded before the work', () => {
  it('a 422 far larger than any real one is not read or parsed: the form says it was not accepted', async () => {
    // About 28 MB of valid errors: a page that read and parsed it all before applying the limit stalled for seconds.
    const item = JSON.stringify({ field: 'email', key: 'emailInvalid' });
    const server = await intakeScenario([
      { status: 422, huge: { head: '{"type":"validation","errors":[', item, times: 700_000, tail: ']}' } },
    ]);
    const element = await signup(`endpoint="${server.endpoint}"`);
    await fillForm(element, valid);
    submit(element);
    await waitForState(element, 'failed', 20_000);
    expect(element.form.failure).toBe('rejected');
    expect(element.shadowRoot?.querySelector('[part="error-summary"]')).toBeNull();
    expect(control(element, 'email').value).toBe(valid.email);
  });

  it('an answer is read no further than 64 KiB, however large it is', async () => {
    // A body that counts what is pulled from it: reading it all, as `response.json()` does, pulls 28 MB.
    const item = new TextEncoder().encode(`${JSON.stringify({ field: 'email', key: 'emailInvalid' })},`);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"type":"validation","errors":['));
      },
      pull(controller) {
        if (pulled > 28_000_000) controller.close();
        else {
          pulled += item.byteLength * 100;
          for (let index = 0; index < 100; index += 1) controller.enqueue(item);
        }
      },
    });
    const answer = new Response(body, { status: 422, headers: { 'Content-Type': 'application/json' } });
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(answer);
    try {
      const result = await postEnvelope('https://intake.example.org/v1', { idempotencyKey: 'k' }, { timeoutMs: 5000 });
      expect(result).toEqual({ ok: false, reason: 'rejected', status: 422 });
      expect(pulled).toBeLessThan(MAX_ANSWER_BYTES + 100 * item.byteLength * 2);
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('a 422 naming a hundred fields the form does not have shows one general line', async () => {
    const errors = Array.from({ length: 100 }, (_, index) => ({ field: `unknown${index}`, key: 'invalid' }));
    const server = await intakeScenario([{ status: 422, body: { type: 'validation', errors } }]);
    const element = await signup(`endpoint="${server.endpoint}"`);
    await fillForm(element, valid);
    submit(element);
    await vi.waitFor(() => expect(element.shadowRoot?.querySelector('[part="error-summary"]')).not.toBeNull());
    const lines = [...inside(element, '[part="error-summary"]').querySelectorAll('li')];
    expect(lines.map((line) => line.textContent?.trim())).toEqual([
      'Something in this form could not be accepted. Reload the page and try again',
    ]);
    await expectNoAxeViolations(element);
  });

  it('a megabyte pasted into a field is cut at twice its limit, and refused as too long before any network call', async () => {
    const server = await intakeScenario();
    const element = await fixture<IjmMediaContact>(
      `<ijm-media-contact endpoint="${server.endpoint}"></ijm-media-contact>`,
    );
    await element.form.ready();
    await element.updateComplete;
    const message = control<HTMLTextAreaElement>(element, 'message');
    const limit = 5000;
    expect(message.maxLength).toBe(limit * 2);
    for (const name of ['name', 'email', 'organization']) expect(control(element, name).maxLength).toBeGreaterThan(0);
    message.focus();
    await commands.pasteText('x'.repeat(1_000_000));
    expect(message.value.length).toBe(limit * 2);
    submit(element);
    await vi.waitFor(() => expect(element.form.errors.get('message')).toBe('tooLong'));
    expect(await server.requests()).toEqual([]);
  });
});

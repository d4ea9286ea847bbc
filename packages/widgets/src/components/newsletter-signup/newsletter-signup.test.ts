import { submissionEnvelope } from '@ijm/core/forms';
import { describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../../define/newsletter-signup.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { fixture } from '../../test/fixture.js';
import {
  control,
  deepActiveElement,
  fillForm,
  inlineError,
  inside,
  recordEvents,
  setField,
  statusText,
  submit,
  waitForState,
} from '../../test/forms.js';
import { intakeScenario } from '../../test/intake.js';
import type { IjmNewsletterSignup } from './newsletter-signup.js';

const valid = { email: 'Ana@Example.ORG', country: 'MY', consent: true };

async function signup(attributes = '', container: Record<string, string> = {}): Promise<IjmNewsletterSignup> {
  const element = await fixture<IjmNewsletterSignup>(
    `<ijm-newsletter-signup ${attributes}></ijm-newsletter-signup>`,
    container,
  );
  element.retryBaseMs = 20;
  return element;
}

/** The typed values, read back from the controls. */
function typed(element: IjmNewsletterSignup) {
  return {
    email: control(element, 'email').value,
    country: control<HTMLSelectElement>(element, 'country').value,
    consent: control(element, 'consent').checked,
  };
}

describe('<ijm-newsletter-signup>', () => {
  it('renders an accessible native form with the right autocomplete, type and inputmode', async () => {
    const element = await signup('show-names');
    expect(inside(element, 'form').getAttribute('novalidate')).toBe('');
    const email = control(element, 'email');
    expect([email.type, email.autocomplete, email.inputMode, email.getAttribute('spellcheck')]).toEqual([
      'email',
      'email',
      'email',
      'false',
    ]);
    expect(control(element, 'givenName').autocomplete).toBe('given-name');
    expect(control(element, 'familyName').autocomplete).toBe('family-name');
    expect(control<HTMLSelectElement>(element, 'country').autocomplete).toBe('country');
    expect(inside(element, 'label[for="f-givenName"]').textContent).toContain('(optional)');
    // The names are shown only when asked for.
    const plain = await signup();
    expect(plain.shadowRoot?.querySelector('[name="givenName"]')).toBeNull();
    await expectNoAxeViolations(element);
  });

  it('hides the honeypot from people and assistive technology', async () => {
    const element = await signup();
    const honeypot = control(element, 'website');
    const wrapper = honeypot.closest('.honeypot') as HTMLElement;
    expect(wrapper.inert).toBe(true);
    expect(wrapper.getAttribute('aria-hidden')).toBe('true');
    expect(honeypot.tabIndex).toBe(-1);
    expect(honeypot.autocomplete).toBe('off');
    const box = wrapper.getBoundingClientRect();
    expect(box.width * box.height).toBeLessThanOrEqual(1);
  });

  it('lists countries named in the reader’s language once focus enters the form', async () => {
    const element = await signup('', { lang: 'es' });
    await element.form.ready();
    const select = control<HTMLSelectElement>(element, 'country');
    // The first paint lays out one option, not 250.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(select.options).toHaveLength(1);
    control(element, 'email').focus();
    await vi.waitFor(() => expect(select.options.length).toBeGreaterThan(240));
    expect([...select.options].find((option) => option.value === 'ES')?.textContent).toBe('España');
    expect(inside(element, '.title').textContent).toBe('Suscríbase al boletín');
  });

  it('never adds an error on blur; after a submit, leaving a field updates its error in the space it holds', async () => {
    const element = await signup();
    await element.form.ready();
    const email = control(element, 'email');
    email.focus();
    await userEvent.keyboard('not-an-email');
    await userEvent.tab();
    await element.updateComplete;
    // A blur that added a line would push the next control out from under a person's pointer.
    expect(inlineError(element, 'email')).toBeUndefined();
    expect(email.getAttribute('aria-invalid')).toBe('false');
    submit(element);
    await vi.waitFor(() => expect(inlineError(element, 'email')).toContain('correct format'));
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain('f-email-error');
    const height = email.closest('[part="field"]')?.getBoundingClientRect().height;
    email.focus();
    email.select();
    await userEvent.keyboard('{Backspace}');
    await userEvent.tab();
    await vi.waitFor(() => expect(inlineError(element, 'email')).toBe('Error: Enter your email address'));
    expect(email.closest('[part="field"]')?.getBoundingClientRect().height).toBe(height);
    // Leaving an empty field that has never had an error does not scold.
    expect(inlineError(element, 'country')).toBeUndefined();
  });

  it('asks only for an email and consent; the country is optional unless the host requires it', async () => {
    const server = await intakeScenario();
    const element = await signup(`endpoint="${server.endpoint}"`);
    const country = control<HTMLSelectElement>(element, 'country');
    expect(country.required).toBe(false);
    expect(inside(element, 'label[for="f-country"]').textContent).toContain('(optional)');
    await fillForm(element, { email: 'ana@example.org', consent: true });
    submit(element);
    await waitForState(element, 'success');
    const [request] = await server.requests();
    expect(submissionEnvelope.parse(JSON.parse(request?.body ?? '')).data).toEqual({ email: 'ana@example.org' });

    const strict = await signup(`endpoint="${server.endpoint}" require-country`);
    expect(control<HTMLSelectElement>(strict, 'country').required).toBe(true);
    await fillForm(strict, { email: 'ana@example.org', consent: true });
    submit(strict);
    await vi.waitFor(() => expect(inlineError(strict, 'country')).toBe('Error: Select your country'));
    expect(await server.requests()).toHaveLength(1);
  });

  it('on a failed submit, focuses the error summary, which links to each field, and sends nothing', async () => {
    const server = await intakeScenario();
    const element = await signup(`endpoint="${server.endpoint}"`);
    const invalid = recordEvents('ijm-invalid');
    element.toggleAttribute('require-country', true);
    await fillForm(element, { email: 'ana@' });
    submit(element);
    await vi.waitFor(() => expect(element.shadowRoot?.querySelector('[part="error-summary"]')).not.toBeNull());
    await element.updateComplete;
    const summary = inside(element, '[part="error-summary"]');
    expect(deepActiveElement()).toBe(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#f-email', '#f-country', '#f-consent']);
    expect(links.map((link) => link.textContent?.trim())).toEqual([
      'Enter an email address in the correct format, like name@example.com',
      'Select your country',
      'Tick the box to agree before you send this form',
    ]);
    // The status region stays silent: the summary, focused, is what is read.
    expect(statusText(element)).toBe('');
    links[1]?.click();
    expect(deepActiveElement()).toBe(control(element, 'country'));
    expect(invalid.at(-1)?.detail).toEqual({
      formId: 'newsletter-signup',
      outcome: 'invalid',
      source: 'client',
      errors: [
        { field: 'email', key: 'emailInvalid' },
        { field: 'country', key: 'required' },
        { field: 'consent', key: 'consentRequired' },
      ],
    });
    expect(invalid.at(-1)?.bubbles && invalid.at(-1)?.composed).toBe(true);
    await expectNoAxeViolations(element);
    expect(await server.requests()).toEqual([]);
  });

  it('refuses an oversized field with its message before any network call', async () => {
    const server = await intakeScenario();
    const element = await signup(`endpoint="${server.endpoint}"`);
    await fillForm(element, { ...valid, email: `${'a'.repeat(250)}@example.org` });
    submit(element);
    await vi.waitFor(() => expect(inlineError(element, 'email')).toContain('254 characters or fewer'));
    expect(element.form.state).toBe('idle');
    expect(await server.requests()).toEqual([]);
  });

  it('completes a keyboard-only journey from the first field to the thank-you', async () => {
    const server = await intakeScenario();
    const element = await signup(`endpoint="${server.endpoint}"`);
    await element.form.ready();
    await element.updateComplete;
    const success = recordEvents('ijm-success');
    const submitted = recordEvents('ijm-submit');
    control(element, 'email').focus();
    // Focus in the form brings the countries, named once the page was idle after the first render.
    await vi.waitFor(() => expect(control<HTMLSelectElement>(element, 'country').options.length).toBeGreaterThan(240));
    await userEvent.keyboard('ana@example.org');
    await userEvent.tab();
    expect(deepActiveElement()).toBe(control(element, 'country'));
    // A native select takes typed letters: "Malaysia".
    await userEvent.keyboard('Malaysia');
    await userEvent.tab();
    expect(deepActiveElement()).toBe(control(element, 'consent'));
    await userEvent.keyboard(' ');
    await userEvent.tab();
    expect(deepActiveElement()).toBe(inside(element, '[part="button"]'));
    await userEvent.keyboard('{Enter}');
    await waitForState(element, 'success');
    const thanks = inside(element, '.success-title');
    expect(deepActiveElement()).toBe(thanks);
    expect(inside(element, '[part="success"]').textContent).toContain('We have sent an email to ana@example.org');
    // Focus carries the thank-you; the status region does not repeat it.
    expect(statusText(element)).toBe('');
    expect(success).toHaveLength(1);
    expect(success[0]?.detail).toEqual({ formId: 'newsletter-signup', outcome: 'success', status: 201 });
    expect('data' in (success[0]?.detail ?? {})).toBe(false);
    expect(submitted[0]?.detail.data).toEqual({ email: 'ana@example.org', country: 'MY' });
    await expectNoAxeViolations(element);
  });

  it('sends an envelope that matches the contract, with honeypot, timing and the idempotency key', async () => {
    const server = await intakeScenario();
    const element = await signup(`endpoint="${server.endpoint}" consent-text="Email me." consent-version="v7"`, {
      lang: 'ms-MY',
    });
    await fillForm(element, { ...valid, email: '  Ana@Example.ORG ' });
    submit(element);
    await waitForState(element, 'success');
    const [request] = await server.requests();
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/json');
    // `credentials: 'omit'`: no cookie, whatever the page holds.
    expect(request?.headers.cookie).toBeUndefined();
    const envelope = submissionEnvelope.parse(JSON.parse(request?.body ?? ''));
    expect(envelope).toMatchObject({
      formId: 'newsletter-signup',
      contractVersion: 1,
      locale: 'ms',
      page: { origin: location.origin, path: location.pathname },
      consent: { text: 'Email me.', version: 'v7', given: true },
      honeypot: '',
      data: { email: 'Ana@example.org', country: 'MY' },
    });
    expect(request?.headers['idempotency-key']).toBe(envelope.idempotencyKey);
    expect(envelope.elapsedMs).toBeGreaterThan(0);
    expect(Date.parse(envelope.submittedAt)).toBeLessThanOrEqual(Date.now());
    expect(envelope.consent.at).not.toBeNull();
  });

  it('passes on what a bot typed into the honeypot', async () => {
    const server = await intakeScenario();
    const element = await signup(`endpoint="${server.endpoint}"`);
    await fillForm(element, { ...valid, website: 'http://spam.example' });
    submit(element);
    await waitForState(element, 'success');
    const [request] = await server.requests();
    expect(JSON.parse(request?.body ?? '{}').honeypot).toBe('http://spam.example');
  });

  it('retries a 500 with backoff, keeps what was typed, and retries by hand with the same key', async () => {
    const server = await intakeScenario([{ status: 500 }, { status: 503 }, { status: 502 }]);
    const element = await signup(`endpoint="${server.endpoint}"`);
    const errors = recordEvents('ijm-error');
    await fillForm(element, valid);
    submit(element);
    await waitForState(element, 'failed');
    expect(statusText(element)).toContain('Something went wrong on our side');
    expect(statusText(element)).toContain('What you typed is still here');
    expect(inside(element, '[part="button"]').textContent?.trim()).toBe('Try again');
    expect(typed(element)).toEqual({ email: valid.email, country: 'MY', consent: true });
    expect(errors.at(-1)?.detail).toEqual({
      formId: 'newsletter-signup',
      outcome: 'error',
      reason: 'server',
      status: 502,
    });
    await expectNoAxeViolations(element);
    submit(element);
    await waitForState(element, 'success');
    const requests = await server.requests();
    expect(requests).toHaveLength(4);
    expect(new Set(requests.map((request) => request.headers['idempotency-key'])).size).toBe(1);
  });

  it('honours Retry-After on a 429', async () => {
    const server = await intakeScenario([{ status: 429, headers: { 'Retry-After': '1' } }]);
    const element = await signup(`endpoint="${server.endpoint}"`);
    await fillForm(element, valid);
    submit(element);
    await waitForState(element, 'waiting');
    expect(statusText(element)).toContain('Still sending');
    await waitForState(element, 'success');
    const [first, second] = await server.requests();
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(second?.headers['idempotency-key']).toBe(first?.headers['idempotency-key']);
  });

  it('shows a 422’s field errors on their fields, and a changed content gets a new key', async () => {
    const server = await intakeScenario([
      { status: 422, body: { type: 'validation', errors: [{ field: 'email', key: 'emailInvalid' }] } },
    ]);
    const element = await signup(`endpoint="${server.endpoint}"`);
    const invalid = recordEvents('ijm-invalid');
    await fillForm(element, valid);
    submit(element);
    await vi.waitFor(() => expect(inlineError(element, 'email')).toContain('correct format'));
    await element.updateComplete;
    expect(deepActiveElement()).toBe(inside(element, '[part="error-summary"]'));
    expect(invalid.at(-1)?.detail.source).toBe('server');
    expect(typed(element)).toEqual({ email: valid.email, country: 'MY', consent: true });
    // Only one request: a 4xx other than 429 is never retried.
    expect(await server.requests()).toHaveLength(1);
    await setField(element, 'email', 'ana@example.net');
    submit(element);
    await waitForState(element, 'success');
    const [first, second] = await server.requests();
    expect(second?.headers['idempotency-key']).not.toBe(first?.headers['idempotency-key']);
  });

  it('never retries another 4xx', async () => {
    const server = await intakeScenario([{ status: 400 }]);
    const element = await signup(`endpoint="${server.endpoint}"`);
    await fillForm(element, valid);
    submit(element);
    await waitForState(element, 'failed');
    expect(statusText(element)).toContain('could not be accepted');
    expect(await server.requests()).toHaveLength(1);
  });

  it('gives up on a server that does not answer in time, and keeps the input', async () => {
    const slow = { status: 201, delayMs: 1500 };
    const server = await intakeScenario([slow, slow, slow]);
    const element = await signup(`endpoint="${server.endpoint}" timeout="150"`);
    await fillForm(element, valid);
    submit(element);
    await waitForState(element, 'failed');
    expect(statusText(element)).toContain('took too long');
    expect(typed(element)).toEqual({ email: valid.email, country: 'MY', consent: true });
    const requests = await server.requests();
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((request) => request.headers['idempotency-key'])).size).toBe(1);
  });

  it('reports an unreachable server after three tries, then succeeds on retry with the same key', async () => {
    const server = await intakeScenario();
    // A loopback port nobody listens on: the connection is refused at once.
    const element = await signup('endpoint="http://127.0.0.1:9/intake"');
    const submits = recordEvents('ijm-submit');
    await fillForm(element, valid);
    submit(element);
    await waitForState(element, 'failed');
    expect(statusText(element)).toContain('could not connect');
    const key = submits.at(-1)?.detail.envelope.idempotencyKey;
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    element.endpoint = server.endpoint;
    await element.updateComplete;
    submit(element);
    await waitForState(element, 'success');
    const [request] = await server.requests();
    expect(request?.headers['idempotency-key']).toBe(key);
  });

  it('waits while offline and sends once back online', async () => {
    const server = await intakeScenario();
    const element = await signup(`endpoint="${server.endpoint}"`);
    await fillForm(element, valid);
    // Offline for 1.5 s from now; nothing in between may talk to vitest (its connection is cut too).
    await commands.goOffline(0, 1500);
    await vi.waitFor(() => expect(navigator.onLine).toBe(false), { timeout: 1000, interval: 10 });
    submit(element);
    await waitForState(element, 'offline');
    expect(statusText(element)).toContain('You are offline');
    expect(typed(element)).toEqual({ email: valid.email, country: 'MY', consent: true });
    await expectNoAxeViolations(element);
    await waitForState(element, 'success');
    expect(navigator.onLine).toBe(true);
    expect(await server.requests()).toHaveLength(1);
  });

  it('shows progress on the submit button, which stays operable, and is accessible while sending', async () => {
    const server = await intakeScenario([{ status: 201, body: { status: 'accepted' }, delayMs: 600 }]);
    const element = await signup(`endpoint="${server.endpoint}"`);
    await fillForm(element, valid);
    submit(element);
    await waitForState(element, 'submitting');
    const button = inside<HTMLButtonElement>(element, '[part="button"]');
    expect(button.disabled).toBe(false);
    expect(button.textContent?.trim()).toBe('Sending…');
    expect(statusText(element)).toBe('Sending…');
    expect(element.matches(':state(submitting)')).toBe(true);
    await expectNoAxeViolations(element);
    // A second press while sending does not send twice.
    submit(element);
    await waitForState(element, 'success');
    expect(await server.requests()).toHaveLength(1);
    expect(element.matches(':state(success)')).toBe(true);
  });

  it('refuses an endpoint that is not https, with a console error and a visible message', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const element = await signup('endpoint="http://intake.example/submit"');
    await vi.waitFor(() => expect(inside(element, '.config').textContent).toContain('must start with https://'));
    expect(error).toHaveBeenCalledWith(expect.stringContaining('refuses endpoint "http://intake.example/submit"'));
    await fillForm(element, valid);
    submit(element);
    await waitForState(element, 'failed');
    expect(statusText(element)).toContain('not set up correctly');
    error.mockRestore();
  });

  it('lets the host send it with respondWith, and shows the host’s field errors', async () => {
    const element = await signup();
    let attempt = 0;
    const listener = (event: GlobalEventHandlersEventMap['ijm-submit']) => {
      attempt += 1;
      expect(event.cancelable).toBe(true);
      expect(event.detail.envelope.data).toEqual(event.detail.data);
      event.detail.respondWith(
        attempt === 1
          ? Promise.reject({ type: 'validation', errors: [{ field: 'country', key: 'countryInvalid' }] })
          : Promise.resolve(),
      );
    };
    element.addEventListener('ijm-submit', listener);
    await fillForm(element, valid);
    submit(element);
    await vi.waitFor(() => expect(inlineError(element, 'country')).toContain('Select a country from the list'));
    submit(element);
    await waitForState(element, 'success');
    element.removeEventListener('ijm-submit', listener);
  });

  it('without an endpoint or a host handler, says it cannot send', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const element = await signup();
    await fillForm(element, valid);
    submit(element);
    await waitForState(element, 'failed');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('no endpoint'));
    expect(typed(element).email).toBe(valid.email);
    error.mockRestore();
  });

  it('renders script and markup in every field and attribute as text, and never runs it', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const server = await intakeScenario([{ status: 500 }, { status: 500 }, { status: 500 }]);
    const element = await signup(`show-names endpoint="${server.endpoint}"`);
    element.setAttribute('consent-text', payload);
    element.setAttribute('consent-version', '<b>v1</b>');
    element.setAttribute('privacy-url', 'javascript:window.__pwned=3');
    element.setAttribute('heading-level', payload);
    element.messages = { title: payload, intro: payload, 'email.emailInvalid': payload };
    await fillForm(element, { email: `${payload}@x`, givenName: payload, familyName: payload, country: 'MY' });
    await setField(element, 'consent', true);
    submit(element);
    await vi.waitFor(() => expect(inlineError(element, 'email')).toContain('<img'));
    await setField(element, 'email', 'ana@example.org');
    submit(element);
    await waitForState(element, 'failed');
    const root = element.shadowRoot as ShadowRoot;
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(inside(element, '.title').textContent).toBe(payload);
    expect(inside(element, 'label[for="f-consent"]').textContent).toBe(payload);
    expect(control(element, 'givenName').value).toBe(payload);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('follows the closest lang, and the host can override any message', async () => {
    const element = await signup('', { lang: 'ms' });
    expect(inside(element, '.title').textContent).toBe('Langgan Surat Berita');
    expect(inside(element, '.form').getAttribute('lang')).toBe('ms');
    element.messages = { submit: 'Langgan sekarang' };
    await element.updateComplete;
    expect(inside(element, '[part="button"]').textContent?.trim()).toBe('Langgan sekarang');
    element.parentElement?.setAttribute('lang', 'fr');
    await vi.waitFor(() => expect(inside(element, '.title').textContent).toBe('Newsletter Sign Up'));
  });
});

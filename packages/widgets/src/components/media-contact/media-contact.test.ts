import { submissionEnvelope } from '@ijm/core/forms';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/media-contact.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { fixture } from '../../test/fixture.js';
import {
  control,
  deepActiveElement,
  fillForm,
  inlineError,
  inside,
  setField,
  statusText,
  submit,
  waitForState,
} from '../../test/forms.js';
import { intakeScenario } from '../../test/intake.js';
import type { IjmMediaContact } from './media-contact.js';

const valid = {
  name: 'Ana Reporter',
  email: 'ana@news.example',
  organization: 'The Daily Example',
  topic: 'interview',
  message: 'Could we speak this week?',
  consent: true,
};

async function mediaContact(attributes = '', container: Record<string, string> = {}): Promise<IjmMediaContact> {
  const element = await fixture<IjmMediaContact>(`<ijm-media-contact ${attributes}></ijm-media-contact>`, container);
  element.retryBaseMs = 20;
  return element;
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const liveCount = (element: IjmMediaContact) => inside(element, '.count + .visually-hidden').textContent?.trim() ?? '';
const shownCount = (element: IjmMediaContact) => inside(element, '.count').textContent?.trim() ?? '';

describe('<ijm-media-contact>', () => {
  it('renders every field with the right type and autocomplete, accessibly', async () => {
    const element = await mediaContact();
    expect(control(element, 'name').autocomplete).toBe('name');
    expect(control(element, 'organization').autocomplete).toBe('organization');
    const phone = control(element, 'phone');
    expect([phone.type, phone.autocomplete, phone.inputMode, phone.required]).toEqual(['tel', 'tel', 'tel', false]);
    const deadline = control(element, 'deadline');
    expect([deadline.type, deadline.min, deadline.required]).toEqual(['date', localToday(), false]);
    expect(control(element, 'deadline').getAttribute('aria-describedby')).toBe('f-deadline-hint');
    const topics = [...control<HTMLSelectElement>(element, 'topic').options].map((option) => option.value);
    expect(topics).toEqual(['', 'interview', 'data-or-research', 'story-or-case', 'event', 'other']);
    expect(control(element, 'message').localName).toBe('textarea');
    expect(inside(element, '.intro').textContent).toContain('someone from our team will follow up');
    await expectNoAxeViolations(element);
  });

  it('counts characters at once but announces the count only when typing pauses', async () => {
    const element = await mediaContact();
    await element.form.ready();
    await element.updateComplete;
    expect(inside(element, '#f-message-limit').textContent).toBe('You can enter up to 5,000 characters');
    const message = control(element, 'message');
    expect(message.getAttribute('aria-describedby')).toBe('f-message-limit');
    message.focus();
    await userEvent.keyboard('Hello');
    await element.updateComplete;
    expect(shownCount(element)).toBe('You have 4,995 characters remaining');
    expect(inside(element, '.count').getAttribute('aria-hidden')).toBe('true');
    // Nothing is announced while the person types.
    expect(liveCount(element)).toBe('');
    await userEvent.keyboard('!');
    await element.updateComplete;
    expect(liveCount(element)).toBe('');
    await vi.waitFor(() => expect(liveCount(element)).toBe('You have 4,994 characters remaining'), { timeout: 2000 });
    await expectNoAxeViolations(element);
  });

  it('lets a message run over the limit, says by how much, and refuses it before any network call', async () => {
    const server = await intakeScenario();
    const element = await mediaContact(`endpoint="${server.endpoint}"`);
    await fillForm(element, { ...valid, message: 'x'.repeat(5001) });
    expect(shownCount(element)).toBe('You have 1 character too many');
    submit(element);
    await vi.waitFor(() =>
      expect(inlineError(element, 'message')).toBe('Error: Your message must be 5,000 characters or fewer'),
    );
    await element.updateComplete;
    expect(deepActiveElement()).toBe(inside(element, '[part="error-summary"]'));
    expect(control(element, 'message').value).toHaveLength(5001);
    expect(await server.requests()).toEqual([]);
    await expectNoAxeViolations(element);
  });

  it('refuses a deadline in the past and a phone number that is not one', async () => {
    const element = await mediaContact();
    await fillForm(element, { ...valid, deadline: '2020-01-01', phone: 'call me' });
    submit(element);
    await vi.waitFor(() =>
      expect(inlineError(element, 'deadline')).toContain('Deadline must be today or in the future'),
    );
    expect(inlineError(element, 'phone')).toContain('Enter a phone number');
    await vi.waitFor(() => inside(element, '[part="error-summary"]'));
    const links = [...inside(element, '[part="error-summary"]').querySelectorAll('a')];
    expect(links.map((link) => link.dataset.field)).toEqual(['phone', 'deadline']);
  });

  it('sends the envelope the contract expects, every field included', async () => {
    const server = await intakeScenario();
    const element = await mediaContact(`endpoint="${server.endpoint}"`);
    await fillForm(element, {
      ...valid,
      phone: '+60 3-1234 5678',
      deadline: localToday(),
      message: '  First line\r\nSecond line  ',
    });
    const consentShown = inside(element, 'label[for="f-consent"]').textContent;
    submit(element);
    await waitForState(element, 'success');
    expect(deepActiveElement()).toBe(inside(element, '.success-title'));
    expect(inside(element, '[part="success"]').textContent).toContain('Someone from our team will follow up');
    await expectNoAxeViolations(element);
    const [request] = await server.requests();
    const envelope = submissionEnvelope.parse(JSON.parse(request?.body ?? ''));
    expect(envelope.formId).toBe('media-contact');
    expect(envelope.data).toEqual({
      name: 'Ana Reporter',
      email: 'ana@news.example',
      organization: 'The Daily Example',
      phone: '+60 3-1234 5678',
      deadline: localToday(),
      topic: 'interview',
      message: 'First line\nSecond line',
    });
    expect(envelope.consent.version).toBe('ijm-media-contact-default-1');
    expect(envelope.consent.text).toBe(consentShown);
  });

  it('shows a failure with the input intact, accessibly', async () => {
    const server = await intakeScenario([{ status: 503 }, { status: 503 }, { status: 503 }]);
    const element = await mediaContact(`endpoint="${server.endpoint}"`);
    await fillForm(element, valid);
    submit(element);
    await waitForState(element, 'failed');
    expect(statusText(element)).toContain('Something went wrong on our side');
    expect(control(element, 'message').value).toBe(valid.message);
    expect(control<HTMLSelectElement>(element, 'topic').value).toBe('interview');
    await expectNoAxeViolations(element);
  });

  it('takes its topics from the host, as JSON, and ignores a broken list with a console error', async () => {
    const element = await mediaContact(
      `topics='[{"value":"policy","label":"Policy"},{"value":"<b>x</b>","label":"<img src=x onerror=window.__pwned=1>"}]'`,
    );
    const options = [...control<HTMLSelectElement>(element, 'topic').options];
    expect(options.map((option) => option.textContent)).toEqual([
      'Select',
      'Policy',
      '<img src=x onerror=window.__pwned=1>',
    ]);
    expect(element.shadowRoot?.querySelector('img')).toBeNull();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    element.setAttribute('topics', '{not json');
    await element.updateComplete;
    expect(error).toHaveBeenCalledWith(expect.stringContaining('`topics` must be JSON'));
    expect(control<HTMLSelectElement>(element, 'topic').options).toHaveLength(6);
    error.mockRestore();
  });

  it('renders script and markup in every field as text and sends it as typed', async () => {
    const payload = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const server = await intakeScenario();
    const element = await mediaContact(`endpoint="${server.endpoint}"`);
    await fillForm(element, { ...valid, name: payload, organization: payload, message: payload });
    expect(element.shadowRoot?.querySelector('img, script')).toBeNull();
    submit(element);
    await waitForState(element, 'success');
    const [request] = await server.requests();
    expect(JSON.parse(request?.body ?? '{}').data.message).toBe(payload);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('speaks Spanish and Malay, loading the catalog before the first render', async () => {
    const spanish = await mediaContact('', { lang: 'es' });
    expect(inside(spanish, '.title').textContent).toBe('Contacto para medios');
    expect(inside(spanish, 'label[for="f-organization"]').textContent).toBe('Medio u organización');
    const malay = await mediaContact('lang="ms"');
    expect(inside(malay, '[part="button"]').textContent?.trim()).toBe('Hantar');
    await fillForm(malay, { name: '' });
    submit(malay);
    await vi.waitFor(() => expect(inlineError(malay, 'name')).toBe('Ralat: Masukkan nama penuh anda'));
  });

  it('keeps the typed message across a re-render in another language', async () => {
    const element = await mediaContact();
    await setField(element, 'message', 'Draft text');
    element.setAttribute('lang', 'es');
    await vi.waitFor(() => expect(inside(element, '.title').textContent).toBe('Contacto para medios'));
    expect(control(element, 'message').value).toBe('Draft text');
  });
});

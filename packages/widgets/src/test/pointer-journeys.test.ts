// Each form driven the way a person with a mouse drives it: real pointer events (press, hold, release), real key
// events for typing, no `element.click()` or property shortcuts. The defect these catch: a field that re-renders on
// blur (the press on the next control) moved that control before the release, and the click was lost.
import { describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import '../define/media-contact.js';
import '../define/newsletter-signup.js';
import type { IjmMediaContact } from '../components/media-contact/media-contact.js';
import type { IjmNewsletterSignup } from '../components/newsletter-signup/newsletter-signup.js';
import { expectNoAxeViolations } from './axe.js';
import { fixture } from './fixture.js';
import { control, deepActiveElement, inside, waitForState } from './forms.js';
import { intakeScenario } from './intake.js';

type Form = IjmNewsletterSignup | IjmMediaContact;

let count = 0;

async function mount(tag: string, attributes: string): Promise<{ element: Form; at: (inner: string) => string }> {
  const id = `journey-${count++}`;
  const element = await fixture<Form>(`<${tag} id="${id}" ${attributes}></${tag}>`);
  element.retryBaseMs = 20;
  await element.form.ready();
  return { element, at: (inner) => `#${id} ${inner}` };
}

/** Where a control is within its form (scrolling aside), to show that nothing moved under the pointer. */
const top = (element: Form, name: string) =>
  control(element, name).getBoundingClientRect().top - element.getBoundingClientRect().top;

/** Clicks a text control, checks the click landed (focus is there), and types. */
async function clickAndType(element: Form, at: (inner: string) => string, name: string, text: string) {
  await commands.pointerClick(at(`[name="${name}"]`));
  expect(deepActiveElement(), `a click on ${name} lands in it`).toBe(control(element, name));
  await commands.typeText(text);
}

/**
 * Chooses an option of a select with the pointer: a click opens the browser's list, and a press of a key while it is
 * open chooses the matching option, as a person who types the first letters does.
 */
async function choose(element: Form, at: (inner: string) => string, name: string, label: string) {
  await commands.pointerClick(at(`[name="${name}"]`));
  expect(deepActiveElement(), `a click on ${name} lands in it`).toBe(control(element, name));
  await commands.typeText(label);
  await commands.pressKey('Enter');
}

/** Submits empty with the pointer and checks the error summary lists `fields`, in order, and has focus. */
async function submitEmpty(element: Form, at: (inner: string) => string, fields: readonly string[]) {
  await commands.pointerClick(at('[part="button"]'));
  await vi.waitFor(() => expect(element.form.summary).toEqual(fields));
  await element.updateComplete;
  expect(deepActiveElement()).toBe(inside(element, '[part="error-summary"]'));
}

/** Clicks the consent box after fixing the field above it: the box must not move, and must end up ticked. */
async function tickConsent(element: Form, at: (inner: string) => string, lastField: string) {
  const before = top(element, 'consent');
  await commands.pointerClick(at('[name="consent"]'));
  await element.updateComplete;
  expect(top(element, 'consent'), `leaving ${lastField} does not move the consent box`).toBe(before);
  expect(control(element, 'consent').checked, 'the click on the consent box lands').toBe(true);
}

describe('a mouse-only journey through each form', () => {
  it('newsletter: submit empty, fix each field in order, every click lands, send', async () => {
    const server = await intakeScenario();
    const { element, at } = await mount('ijm-newsletter-signup', `endpoint="${server.endpoint}"`);
    await submitEmpty(element, at, ['email', 'consent']);
    await clickAndType(element, at, 'email', 'ana@example.org');
    await tickConsent(element, at, 'email');
    await expectNoAxeViolations(element);
    await commands.pointerClick(at('[part="button"]'));
    await waitForState(element, 'success');
    expect(await server.requests()).toHaveLength(1);
  });

  it('newsletter with names and a required country: every click lands', async () => {
    const server = await intakeScenario();
    const { element, at } = await mount(
      'ijm-newsletter-signup',
      `endpoint="${server.endpoint}" show-names require-country`,
    );
    await submitEmpty(element, at, ['email', 'country', 'consent']);
    await clickAndType(element, at, 'email', 'ana@example.org');
    const nameTop = top(element, 'givenName');
    await clickAndType(element, at, 'givenName', 'Ana');
    expect(top(element, 'givenName'), 'leaving the email does not move the next field').toBe(nameTop);
    await clickAndType(element, at, 'familyName', 'Lim');
    await vi.waitFor(() => expect(control<HTMLSelectElement>(element, 'country').options.length).toBeGreaterThan(200));
    await choose(element, at, 'country', 'Malaysia');
    await vi.waitFor(() => expect(control<HTMLSelectElement>(element, 'country').value).toBe('MY'));
    await tickConsent(element, at, 'country');
    await commands.pointerClick(at('[part="button"]'));
    await waitForState(element, 'success');
    const [request] = await server.requests();
    expect(JSON.parse(request?.body ?? '{}').data).toEqual({
      email: 'ana@example.org',
      givenName: 'Ana',
      familyName: 'Lim',
      country: 'MY',
    });
  });

  it('media contact: submit empty, fix each field in order, every click lands, send', async () => {
    const server = await intakeScenario();
    const { element, at } = await mount('ijm-media-contact', `endpoint="${server.endpoint}"`);
    await submitEmpty(element, at, ['name', 'email', 'organization', 'topic', 'message', 'consent']);
    await clickAndType(element, at, 'name', 'Ana Reporter');
    for (const [name, text] of [
      ['email', 'ana@news.example'],
      ['organization', 'The Daily Example'],
    ] as const) {
      const before = top(element, name);
      await clickAndType(element, at, name, text);
      expect(top(element, name), `nothing above ${name} moved when the previous field was left`).toBe(before);
    }
    const topicTop = top(element, 'topic');
    await choose(element, at, 'topic', 'Interview');
    expect(top(element, 'topic')).toBe(topicTop);
    await vi.waitFor(() => expect(control<HTMLSelectElement>(element, 'topic').value).toBe('interview'));
    await clickAndType(element, at, 'message', 'Could we speak this week?');
    await tickConsent(element, at, 'message');
    await expectNoAxeViolations(element);
    await commands.pointerClick(at('[part="button"]'));
    await waitForState(element, 'success');
    expect(await server.requests()).toHaveLength(1);
  });

  it('a fixed field’s error line hides in place and the summary stays until the next submit', async () => {
    const { element, at } = await mount('ijm-newsletter-signup', '');
    await submitEmpty(element, at, ['email', 'consent']);
    const consentTop = top(element, 'consent');
    await clickAndType(element, at, 'email', 'ana@example.org');
    await tickConsent(element, at, 'email');
    const email = control(element, 'email');
    expect(email.getAttribute('aria-invalid')).toBe('false');
    expect(email.getAttribute('aria-describedby') ?? '').not.toContain('f-email-error');
    const line = inside(element, '[part="field"]:has(#f-email) .error.held');
    expect(getComputedStyle(line).visibility).toBe('hidden');
    expect(top(element, 'consent')).toBe(consentTop);
    expect(element.form.summary).toEqual(['email', 'consent']);
    await expectNoAxeViolations(element);
  });
});

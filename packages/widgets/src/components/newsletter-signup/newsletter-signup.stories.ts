import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define/newsletter-signup.js';
import type { IjmNewsletterSignup } from './newsletter-signup.js';

// Each story creates the element and drives it into its state through its public API, as a page or a person would.
function drive(
  attributes: Record<string, string>,
  then: (element: IjmNewsletterSignup) => Promise<void> | void = () => {},
): IjmNewsletterSignup {
  const element = document.createElement('ijm-newsletter-signup');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  void element.updateComplete.then(() => element.form.ready()).then(() => then(element));
  return element;
}

function fill(element: IjmNewsletterSignup): void {
  element.form.set('email', 'ana@example.org');
  element.form.set('country', 'MY');
  element.form.set('consent', true);
}

function press(element: IjmNewsletterSignup): void {
  element.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]')?.click();
}

const meta: Meta = {
  title: 'Forms/Newsletter sign-up',
  component: 'ijm-newsletter-signup',
};
export default meta;

type Story = StoryObj;

export const Empty: Story = { render: () => drive({}) };

export const WithNames: Story = { render: () => drive({ 'show-names': '' }) };

export const Errors: Story = {
  render: () =>
    drive({ 'show-names': '' }, (element) => {
      element.form.set('email', 'ana@');
      press(element);
    }),
};

export const Submitting: Story = {
  render: () =>
    drive({}, (element) => {
      // A host that never answers keeps the form sending.
      element.addEventListener('ijm-submit', (event) => event.detail.respondWith(new Promise(() => {})));
      fill(element);
      press(element);
    }),
};

export const Success: Story = {
  render: () =>
    drive({}, (element) => {
      element.addEventListener('ijm-submit', (event) => event.detail.respondWith(Promise.resolve()));
      fill(element);
      press(element);
    }),
};

export const NetworkFailure: Story = {
  render: () =>
    // Nothing listens on port 9: every attempt is refused, and after three the form says so.
    drive({ endpoint: 'http://127.0.0.1:9/intake' }, (element) => {
      element.retryBaseMs = 50;
      fill(element);
      press(element);
    }),
};

export const Offline: Story = {
  render: () =>
    drive({}, (element) => {
      fill(element);
      // What the form shows while the browser reports no network and it waits for `online`.
      element.form.finish('offline');
    }),
};

export const HostConsent: Story = {
  render: () =>
    drive({
      'consent-text': 'I would like to receive the monthly IJM Malaysia update by email.',
      'consent-version': 'partner-2025-03',
      'privacy-url': 'https://www.ijm.org/privacy',
    }),
};

export const Malay: Story = { render: () => html`<div lang="ms">${drive({ 'show-names': '' })}</div>` };

export const Spanish: Story = { render: () => html`<div lang="es">${drive({})}</div>` };

export const DarkRightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" style="color-scheme:dark;background:#111;color:#eee;padding:1rem">
      ${drive({ 'show-names': '' }, (element) => press(element))}
    </div>`,
};

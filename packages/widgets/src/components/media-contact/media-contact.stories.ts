import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define/media-contact.js';
import type { IjmMediaContact } from './media-contact.js';

// Each story creates the element and drives it into its state through its public API, as a page or a person would.
function drive(
  attributes: Record<string, string>,
  then: (element: IjmMediaContact) => Promise<void> | void = () => {},
): IjmMediaContact {
  const element = document.createElement('ijm-media-contact');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  void element.updateComplete.then(() => element.form.ready()).then(() => then(element));
  return element;
}

function fill(element: IjmMediaContact): void {
  element.form.set('name', 'Ana Reporter');
  element.form.set('email', 'ana@news.example');
  element.form.set('organization', 'The Daily Example');
  element.form.set('topic', 'interview');
  element.form.set('message', 'Could we speak with someone about the new report this week?');
  element.form.set('consent', true);
}

function press(element: IjmMediaContact): void {
  element.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]')?.click();
}

const meta: Meta = {
  title: 'Forms/Media contact',
  component: 'ijm-media-contact',
};
export default meta;

type Story = StoryObj;

export const Empty: Story = { render: () => drive({}) };

export const Errors: Story = {
  render: () =>
    drive({}, (element) => {
      element.form.set('email', 'ana@news');
      element.form.set('deadline', '2020-01-01');
      element.form.set('message', 'x'.repeat(5010));
      press(element);
    }),
};

export const Submitting: Story = {
  render: () =>
    drive({}, (element) => {
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
      element.form.finish('offline');
    }),
};

export const HostTopics: Story = {
  render: () =>
    drive({
      topics: JSON.stringify([
        { value: 'malaysia-office', label: 'IJM Malaysia' },
        { value: 'report', label: 'Our annual report' },
        { value: 'other', label: 'Something else' },
      ]),
    }),
};

export const Malay: Story = { render: () => html`<div lang="ms">${drive({})}</div>` };

export const Spanish: Story = { render: () => html`<div lang="es">${drive({})}</div>` };

export const DarkRightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" style="color-scheme:dark;background:#111;color:#eee;padding:1rem">
      ${drive({}, (element) => press(element))}
    </div>`,
};

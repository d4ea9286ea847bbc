import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define/media-contact.js';
import { formStories } from '../../stories/form-stories.js';
import type { IjmMediaContact } from './media-contact.js';

const { drive, press, states } = formStories<IjmMediaContact>('ijm-media-contact', (element) => {
  element.form.set('name', 'Ana Reporter');
  element.form.set('email', 'ana@news.example');
  element.form.set('organization', 'The Daily Example');
  element.form.set('topic', 'interview');
  element.form.set('message', 'Could we speak with someone about the new report this week?');
  element.form.set('consent', true);
});

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

export const Submitting: Story = states.Submitting;

export const Success: Story = states.Success;

export const NetworkFailure: Story = states.NetworkFailure;

export const Offline: Story = states.Offline;

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

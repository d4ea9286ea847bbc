import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define/newsletter-signup.js';
import { formStories } from '../../stories/form-stories.js';
import type { IjmNewsletterSignup } from './newsletter-signup.js';

const { drive, press, states } = formStories<IjmNewsletterSignup>('ijm-newsletter-signup', (element) => {
  element.form.set('email', 'ana@example.org');
  element.form.set('country', 'MY');
  element.form.set('consent', true);
});

const meta: Meta = {
  title: 'Forms/Newsletter sign-up',
  component: 'ijm-newsletter-signup',
  parameters: {
    docs: {
      description: {
        component: `The smallest sign-up asks for two things: an **email address** (where the newsletter goes, and where
the confirmation email of the double opt-in is sent) and **consent** (the text shown is recorded with its version, as
proof of what the person agreed to). Everything else is optional and asked only when it is needed:

- **Country** (optional; \`require-country\` makes it required): lets a partner send news from where the person
  lives, or apply the consent rules of their country. Leave it optional unless your list or your legal basis needs it.
- **First and last name** (\`show-names\`, always optional): for emails that greet people by name.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const Empty: Story = { render: () => drive({}) };

export const WithNames: Story = { render: () => drive({ 'show-names': '' }) };

export const CountryRequired: Story = {
  render: () => drive({ 'require-country': '' }, (element) => press(element)),
};

export const Errors: Story = {
  render: () =>
    drive({ 'show-names': '' }, (element) => {
      element.form.set('email', 'ana@');
      press(element);
    }),
};

export const Submitting: Story = states.Submitting;

export const Success: Story = states.Success;

export const NetworkFailure: Story = states.NetworkFailure;

export const Offline: Story = states.Offline;

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

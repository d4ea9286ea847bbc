import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define/quick-exit.js';

const meta: Meta = {
  title: 'Safety/Quick exit',
  component: 'ijm-quick-exit',
  parameters: {
    docs: {
      description: {
        component: `For pages that a person at risk may read while watched. The button (or Shift pressed three times)
hides the page at once and replaces it in the browser's history with a neutral site (\`exit-url\`, \`https:\` only),
so that Back does not return. It cannot erase the browsing history: say so near it. Pressing it here leaves Storybook.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj;

// `inline` in the stories, so that the docs page shows each one where it is, not all at the window's corner.
export const Default: Story = { render: () => html`<ijm-quick-exit inline></ijm-quick-exit>` };

export const Malay: Story = { render: () => html`<ijm-quick-exit inline lang="ms"></ijm-quick-exit>` };

export const Spanish: Story = { render: () => html`<ijm-quick-exit inline lang="es"></ijm-quick-exit>` };

export const Dark: Story = {
  render: () =>
    html`<div style="color-scheme:dark;background:#111;padding:1rem"><ijm-quick-exit inline></ijm-quick-exit></div>`,
};

export const Fixed: Story = {
  render: () =>
    html`<p>The button stays at the top corner of the window, above the page.</p><ijm-quick-exit></ijm-quick-exit>`,
};

export const Narrow320: Story = {
  render: () => html`<div style="inline-size:320px"><ijm-quick-exit inline lang="ms"></ijm-quick-exit></div>`,
};

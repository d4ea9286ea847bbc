import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define/tier-badge.js';

interface Args {
  tier: string;
}

const meta: Meta<Args> = {
  title: 'Data/Tier badge',
  component: 'ijm-tier-badge',
  args: { tier: '2WL' },
  argTypes: { tier: { control: 'select', options: ['1', '2', '2WL', '3', 'special', 'unknown'] } },
  render: ({ tier }) => html`<ijm-tier-badge tier=${tier}></ijm-tier-badge>`,
};
export default meta;

type Story = StoryObj<Args>;

export const WatchList: Story = {};

export const AllTiers: Story = {
  render: () =>
    html`<p style="display:flex;gap:0.5rem;flex-wrap:wrap">
      ${['1', '2', '2WL', '3', 'special'].map((tier) => html`<ijm-tier-badge tier=${tier}></ijm-tier-badge>`)}
    </p>`,
};

export const UnknownTier: Story = { args: { tier: 'unknown' } };

export const Malay: Story = {
  render: ({ tier }) => html`<div lang="ms"><ijm-tier-badge tier=${tier}></ijm-tier-badge></div>`,
};

export const Dark: Story = {
  render: () =>
    html`<div style="color-scheme:dark;background:#111;color:#eee;padding:1rem;display:flex;gap:0.5rem">
      ${['1', '2', '2WL', '3', 'special'].map((tier) => html`<ijm-tier-badge tier=${tier}></ijm-tier-badge>`)}
    </div>`,
};

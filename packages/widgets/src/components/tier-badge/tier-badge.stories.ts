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

/** Looked up in the dataset (loaded on demand): Malaysia in the 2022 report. */
export const ByCountryAndYear: Story = {
  render: () =>
    html`<p>
      Malaysia in 2020: <ijm-tier-badge country="my" year="2020"></ijm-tier-badge>; in 2022:
      <ijm-tier-badge country="MYS" year="2022"></ijm-tier-badge>.
    </p>`,
};

/** A year the dataset has no placement for says so, rather than guessing. */
export const UnknownYear: Story = {
  render: () => html`<ijm-tier-badge country="MYS" year="2025"></ijm-tier-badge>`,
};

/** A country code that is no country. */
export const UnknownCountry: Story = {
  render: () => html`<ijm-tier-badge country="ZZZ" year="2022"></ijm-tier-badge>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../define/tier-history.js';

interface Args {
  country: string;
  from?: string;
  to?: string;
  highlight?: string | undefined;
}

const meta: Meta<Args> = {
  title: 'Data/Tier history',
  component: 'ijm-tier-history',
  args: { country: 'MYS', highlight: '2021,2022' },
  argTypes: {
    country: { control: 'text' },
    from: { control: 'text' },
    to: { control: 'text' },
    highlight: { control: 'text' },
  },
  render: ({ country, from, to, highlight }) =>
    html`<ijm-tier-history
      country=${country}
      from=${ifDefined(from)}
      to=${ifDefined(to)}
      highlight=${ifDefined(highlight)}
    ></ijm-tier-history>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed story: Malaysia's long history, with its 2021 return to Tier 3 and 2022 highlighted. */
export const Malaysia: Story = {};

/** Brunei: the dataset has no placement for 2001–2002 and 2004–2008, drawn as gaps, never joined. */
export const WithGaps: Story = { args: { country: 'BRN', highlight: undefined } };

/** Libya: Special Case years get their own band below Tier 3, apart from the ranked tiers. */
export const SpecialCase: Story = { args: { country: 'Libya', highlight: undefined } };

/**
 * Haiti: 2024 is inferred (worked out, not stated by a source) and flagged for review; the callout and the table say
 * so in words, with the reasoning, and the point's name says so in short.
 */
export const InferredAndFlagged: Story = { args: { country: 'HTI', highlight: '2024' } };

/** A part of the history only. */
export const YearRange: Story = { args: { from: '2014', to: '2022' } };

/** A code that is no country: a clear message naming it, no chart. */
export const UnknownCountry: Story = { args: { country: 'ZZZ', highlight: undefined } };

/** Years outside the reports. */
export const YearsOutOfRange: Story = { args: { from: '1990' } };

export const Malay: Story = {
  render: ({ country, highlight }) =>
    html`<div lang="ms"><ijm-tier-history country=${country} highlight=${ifDefined(highlight)}></ijm-tier-history></div>`,
};

export const Spanish: Story = {
  render: ({ country, highlight }) =>
    html`<div lang="es"><ijm-tier-history country=${country} highlight=${ifDefined(highlight)}></ijm-tier-history></div>`,
};

export const Dark: Story = {
  render: ({ country, highlight }) =>
    html`<div style="color-scheme:dark;background:#17171c;color:#f2f2f5;padding:1rem">
      <ijm-tier-history country=${country} highlight=${ifDefined(highlight)}></ijm-tier-history>
    </div>`,
};

/** At 320 px: fewer year labels, short band labels, 12 px text. */
export const Narrow: Story = {
  render: ({ country, highlight }) =>
    html`<div style="inline-size:320px">
      <ijm-tier-history country=${country} highlight=${ifDefined(highlight)}></ijm-tier-history>
    </div>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define/follow-links.js';

const meta: Meta = {
  title: 'Basics/Follow links',
  component: 'ijm-follow-links',
  parameters: {
    docs: {
      description: {
        component: `The "Stay connected" row. Give each network's address as an attribute (\`https:\` only; anything else is
left out with a console warning); the links keep the addresses as given, open in the same tab unless \`new-tab\`, and
load nothing until followed: no third-party script. Each mark downloads when its link is first shown. LinkedIn shows its
name: neither icon source may carry its mark (see THIRD-PARTY-NOTICES.md).`,
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const ijm = {
  facebook: 'https://www.facebook.com/IJM',
  instagram: 'https://www.instagram.com/ijm/',
  linkedin: 'https://www.linkedin.com/company/international-justice-mission',
  x: 'https://x.com/IJM',
  medium: 'https://medium.com/@IJM',
  pinterest: 'https://www.pinterest.com/ijm/',
  rss: 'https://www.ijm.org/news/feed',
};

export const Default: Story = {
  render: () =>
    html`<ijm-follow-links
      facebook=${ijm.facebook}
      instagram=${ijm.instagram}
      linkedin=${ijm.linkedin}
      x=${ijm.x}
    ></ijm-follow-links>`,
};

export const EveryNetwork: Story = {
  render: () =>
    html`<ijm-follow-links
      facebook=${ijm.facebook}
      instagram=${ijm.instagram}
      linkedin=${ijm.linkedin}
      medium=${ijm.medium}
      pinterest=${ijm.pinterest}
      x=${ijm.x}
      twitter="https://twitter.com/IJM"
      rss=${ijm.rss}
    ></ijm-follow-links>`,
};

/** `new-tab`: each link opens a new tab (with `rel="noopener"`) and says so to screen readers. */
export const NewTab: Story = {
  render: () => html`<ijm-follow-links new-tab facebook=${ijm.facebook} instagram=${ijm.instagram}></ijm-follow-links>`,
};

/** A partner's own organisation name in the links' names, and its own heading with `hide-heading`. */
export const PartnerFooter: Story = {
  render: () =>
    html`<footer style="background:#f3f3f6;padding:1rem">
      <h2 style="font-size:1rem;margin:0 0 0.5rem">Follow IJM Malaysia</h2>
      <ijm-follow-links
        hide-heading
        organization="IJM Malaysia"
        facebook=${ijm.facebook}
        instagram=${ijm.instagram}
        rss=${ijm.rss}
      ></ijm-follow-links>
    </footer>`,
};

export const Malay: Story = {
  render: () =>
    html`<ijm-follow-links lang="ms" facebook=${ijm.facebook} instagram=${ijm.instagram} rss=${ijm.rss}></ijm-follow-links>`,
};

export const Spanish: Story = {
  render: () =>
    html`<ijm-follow-links lang="es" facebook=${ijm.facebook} instagram=${ijm.instagram} rss=${ijm.rss}></ijm-follow-links>`,
};

export const Dark: Story = {
  render: () =>
    html`<div style="color-scheme:dark;background:#111;padding:1rem">
      <ijm-follow-links facebook=${ijm.facebook} instagram=${ijm.instagram} linkedin=${ijm.linkedin} x=${ijm.x}></ijm-follow-links>
    </div>`,
};

export const Narrow320: Story = {
  render: () =>
    html`<div style="inline-size:320px">
      <ijm-follow-links
        facebook=${ijm.facebook}
        instagram=${ijm.instagram}
        linkedin=${ijm.linkedin}
        medium=${ijm.medium}
        pinterest=${ijm.pinterest}
        x=${ijm.x}
        rss=${ijm.rss}
      ></ijm-follow-links>
    </div>`,
};

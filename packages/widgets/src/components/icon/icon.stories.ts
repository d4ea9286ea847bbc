import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../define/icon.js';
import { seedIcons, unavailableIcons } from '../../icons/index.js';
import { registerIcons } from '../../kit/icon-registry.js';

// The gallery shows every icon, so it registers the whole set up front (an app registers only those it uses).
const all = seedIcons;
registerIcons(...all);

interface Args {
  name: string;
  label: string;
  size: string;
}

const meta: Meta<Args> = {
  title: 'Basics/Icon',
  component: 'ijm-icon',
  args: { name: 'shield', label: '', size: '2rem' },
  argTypes: { name: { control: 'select', options: all.map((icon) => icon.name) } },
  render: ({ name, label, size }) =>
    html`<ijm-icon name=${name} label=${label} style=${`--ijm-icon-size:${size}`}></ijm-icon>`,
  parameters: {
    docs: {
      description: {
        component: `Icons of the seed site's set: Lucide's shapes (ISC) and Simple Icons' brand marks (CC0), as inline SVG
in the text's colour and size. Decorative unless \`label\` says what it means. With a bundler, register the icons you
use (\`import { iconSearch } from '@ijm/widgets/icons'\`, then \`registerIcons(iconSearch)\`); with embed.js or
loader.js, any name nobody registered downloads the whole set once. Left out: ${Object.keys(unavailableIcons)
          .map((name) => `\`${name}\``)
          .join(', ')} (see THIRD-PARTY-NOTICES.md for why).`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** Every icon with its name. */
export const Gallery: Story = {
  render: () =>
    html`<ul
      style="display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:1rem;list-style:none;margin:0;padding:0"
    >
      ${all.map(
        (icon) =>
          html`<li style="display:grid;justify-items:center;gap:0.5rem;padding:0.75rem;border:1px solid #ccc;border-radius:0.375rem">
            <ijm-icon name=${icon.name} style="--ijm-icon-size:2rem"></ijm-icon>
            <code>${icon.name}</code>
          </li>`,
      )}
    </ul>`,
};

/** With a label, the icon is an image with that name: use it when nothing beside the icon says what it means. */
export const Labelled: Story = { args: { name: 'search', label: 'Search' } };

/** Sized by the text around it, or by `--ijm-icon-size`; coloured by it too. */
export const SizesAndColours: Story = {
  render: () =>
    html`<p style="display:flex;align-items:center;gap:1rem;flex-wrap:wrap;color:#0b5cad">
      <span style="font-size:1rem"><ijm-icon name="star"></ijm-icon> 1rem text</span>
      <span style="font-size:1.5rem"><ijm-icon name="star"></ijm-icon> 1.5rem text</span>
      <span style="color:#8a1c14"><ijm-icon name="love" style="--ijm-icon-size:3rem"></ijm-icon> 3rem</span>
      <span><ijm-icon name="check" style="--ijm-icon-size:3rem;--ijm-icon-stroke-width:3"></ijm-icon> thicker</span>
    </p>`,
};

export const InAButton: Story = {
  render: () =>
    html`<button type="button" style="font:inherit;display:inline-flex;align-items:center;gap:0.5rem;padding:0.5rem 1rem">
      <ijm-icon name="play"></ijm-icon> Play the video
    </button>
    <button type="button" style="font:inherit;padding:0.5rem"><ijm-icon name="close" label="Close"></ijm-icon></button>`,
};

export const Dark: Story = {
  render: () =>
    html`<div style="color-scheme:dark;background:#111;color:#eee;padding:1rem;display:flex;gap:1rem;font-size:2rem">
      ${['facebook', 'instagram', 'x', 'rss', 'globe', 'cart', 'camera'].map((name) => html`<ijm-icon name=${name}></ijm-icon>`)}
    </div>`,
};

import manifest from '@ijm/widgets/custom-elements.json';
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';

// Autodocs read each element's attributes, properties, events, slots, parts and CSS properties from the manifest
// generated from the JSDoc contracts.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // Every story is checked with axe in the a11y panel; violations are errors, not hints.
    a11y: { test: 'error' },
  },
};

export default preview;

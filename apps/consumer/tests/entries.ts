// Every public entry of the packed `@ijm/widgets`, read from its own `exports`, and what an app's file using
// it looks like: its import, the markup it renders into, and the elements it must define.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Entry {
  /** The specifier an app writes, like `@ijm/widgets/tier-badge`. */
  specifier: string;
  /** The app's script. */
  script: string;
  /** The page's markup. */
  body: string;
  /** Tags that must be defined and render. */
  defines: string[];
}

/** Markup that renders each element without a network or a server: enough to show it came to life. */
const markup: Record<string, string> = {
  'ijm-follow-links':
    '<ijm-follow-links instagram="https://www.instagram.com/ijm/" linkedin="https://www.linkedin.com/company/ijm"></ijm-follow-links>',
  'ijm-fundraiser-cta': '<ijm-fundraiser-cta goal="5000" raised="1250" currency="USD"></ijm-fundraiser-cta>',
  'ijm-fundraiser-lead': '<ijm-fundraiser-lead></ijm-fundraiser-lead>',
  'ijm-media-contact': '<ijm-media-contact></ijm-media-contact>',
  'ijm-newsletter-signup': '<ijm-newsletter-signup></ijm-newsletter-signup>',
  'ijm-quick-exit': '<ijm-quick-exit inline></ijm-quick-exit>',
  'ijm-tier-badge': '<ijm-tier-badge country="MYS" year="2024"></ijm-tier-badge>',
  'ijm-tier-history': '<ijm-tier-history country="MYS"></ijm-tier-history>',
  'ijm-indicator-self-check': '<ijm-indicator-self-check></ijm-indicator-self-check>',
  // Labelled, so that its shadow root holds text (the SVG's title) as well as the drawing.
  'ijm-icon': '<ijm-icon name="check" label="Done"></ijm-icon>',
};

// Files for pages and tools, not modules that define elements (reserve-space.css and manifest.json are tested where a
// page uses them: apps/demo/tests/embedding.test.ts).
const notElements = new Set(['./package.json', './custom-elements.json', './reserve-space.css', './manifest.json']);

export function widgetEntries(appDir: string): Entry[] {
  const widgetsDir = join(appDir, 'node_modules/@ijm/widgets');
  const manifest = JSON.parse(readFileSync(join(widgetsDir, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  const elementsManifest = JSON.parse(readFileSync(join(widgetsDir, 'custom-elements.json'), 'utf8')) as {
    modules: Array<{ declarations?: Array<{ tagName?: string; name: string }> }>;
  };
  const classes = elementsManifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration): declaration is { tagName: string; name: string } => declaration.tagName !== undefined);
  const allTags = classes.map((declaration) => declaration.tagName).sort();
  const page = (tags: string[]) =>
    tags.map((tag) => markup[tag] ?? `<p>No test markup for ${tag}: add it to tests/entries.ts</p>`).join('\n');

  return Object.keys(manifest.exports)
    .filter((key) => !notElements.has(key))
    .map((key): Entry => {
      const specifier = `@ijm/widgets${key.slice(1)}`;
      if (key === '.') {
        // The side-effect-free entry: the app picks its own tag names for the classes.
        const defines = classes.map((declaration) => `app-${declaration.tagName}`);
        return {
          specifier,
          script: [
            `import * as widgets from '${specifier}';`,
            ...classes.map(({ name, tagName }) => `customElements.define('app-${tagName}', widgets.${name});`),
            // An icon of the app's own, for the icon element's markup.
            `widgets.registerIcons({ name: 'check', d: 'M20 6 9 17l-5-5' });`,
          ].join('\n'),
          body: page(allTags).replaceAll('<ijm-', '<app-ijm-').replaceAll('</ijm-', '</app-ijm-'),
          defines,
        };
      }
      if (key === './embed' || key === './loader') {
        return { specifier, script: `import '${specifier}';`, body: page(allTags), defines: allTags };
      }
      if (key === './icon' || key === './icons' || key === './icons/*') {
        // With a bundler, <ijm-icon> draws the icons an app imports and registers (the data entries define nothing).
        const from = key === './icons/*' ? `${specifier.slice(0, -1)}check` : '@ijm/widgets/icons';
        return {
          specifier: key === './icons/*' ? from : specifier,
          script: [
            `import { registerIcons } from '@ijm/widgets/icon';`,
            `import { iconCheck } from '${from}';`,
            'registerIcons(iconCheck);',
          ].join('\n'),
          body: page(['ijm-icon']),
          defines: ['ijm-icon'],
        };
      }
      const tag = `ijm-${key.slice(2)}`;
      return { specifier, script: `import '${specifier}';`, body: page([tag]), defines: [tag] };
    });
}

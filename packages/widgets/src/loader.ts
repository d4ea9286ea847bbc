// The lighter alternative to the embed bundle: defines an element only when one appears in the page, so a page that
// shows a single badge loads only that badge's code.
const elements: Record<string, () => Promise<unknown>> = {
  'ijm-follow-links': () => import('./define/follow-links.js'),
  'ijm-fundraiser-cta': () => import('./define/fundraiser-cta.js'),
  'ijm-fundraiser-lead': () => import('./define/fundraiser-lead.js'),
  // With the seed icon set to download for names that nobody registered.
  'ijm-icon': () => import('./icon-set.js'),
  'ijm-indicator-self-check': () => import('./define/indicator-self-check.js'),
  'ijm-media-contact': () => import('./define/media-contact.js'),
  'ijm-newsletter-signup': () => import('./define/newsletter-signup.js'),
  'ijm-quick-exit': () => import('./define/quick-exit.js'),
  'ijm-tier-badge': () => import('./define/tier-badge.js'),
  'ijm-tier-history': () => import('./define/tier-history.js'),
};

/** The tags this loader can define. */
export const loadableTags: readonly string[] = Object.keys(elements);

const requested = new Set<string>();

function load(root: ParentNode): void {
  for (const [tag, importer] of Object.entries(elements)) {
    if (requested.has(tag) || root.querySelector(tag) === null) continue;
    requested.add(tag);
    importer().catch((error: unknown) => {
      requested.delete(tag);
      console.error(`@ijm/widgets could not load <${tag}>`, error);
    });
  }
}

load(document);
if (requested.size < loadableTags.length) {
  const observer = new MutationObserver(() => {
    load(document);
    if (requested.size === loadableTags.length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

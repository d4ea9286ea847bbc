// The lighter alternative to the embed bundle: defines an element only when one is in the page (now or after a later
// DOM change), and, for most elements, only once one comes near the viewport, so a page's load pays for what a reader
// sees. The page's other elements follow once the browser is idle after the load: a screen reader's virtual cursor,
// find in page, printing and fast tabbing reach them without scrolling to them first. Each element is defined in a
// task of its own: the define module's evaluation and the first render of its instances happen together, and the
// next one waits for a new task, so no long task holds the page's main thread.
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

/**
 * Defined as soon as they are in the page, wherever they are: a way out (the quick exit, by button or Shift ×3) must
 * work from the first moment for a person who may be watched, off screen or not.
 */
export const eagerTags: readonly string[] = ['ijm-quick-exit', 'ijm-indicator-self-check'];

/** How far outside the viewport an element starts to load: one viewport height ahead, so it is ready when seen. */
export const lazyRootMargin = '100% 0px';

const requested = new Set<string>();
const queue: string[] = [];
let draining = false;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function drain(): Promise<void> {
  if (draining) return;
  draining = true;
  for (let tag = queue.shift(); tag !== undefined; tag = queue.shift()) {
    try {
      // Another copy of the widgets may have defined it meanwhile (two versions on one page).
      if (customElements.get(tag) === undefined) await elements[tag]?.();
    } catch (error) {
      requested.delete(tag);
      console.error(`@ijm/widgets could not load <${tag}>`, error);
    }
    await nextTask();
  }
  draining = false;
}

function request(tag: string): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  if (eagerTags.includes(tag)) queue.unshift(tag);
  else queue.push(tag);
  void drain();
}

const nearViewport = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const tag = entry.target.localName;
      request(tag);
      for (const element of document.querySelectorAll(tag)) nearViewport.unobserve(element);
    }
  },
  { rootMargin: lazyRootMargin },
);

function scan(): void {
  for (const tag of loadableTags) {
    if (requested.has(tag)) continue;
    const found = document.querySelectorAll(tag);
    if (found.length === 0) continue;
    if (eagerTags.includes(tag) || customElements.get(tag) !== undefined) request(tag);
    else for (const element of found) nearViewport.observe(element);
  }
}

/** Defines what the page held at its load and is still waiting to come near the viewport. */
function defineTheRest(): void {
  for (const tag of loadableTags) if (document.querySelector(tag) !== null) request(tag);
}

scan();

/**
 * Resolves once the browser was idle after the page's load and every element then in the page was asked for.
 * Elements added later, by the page's own scripts, wait for the viewport again.
 */
export const restRequested: Promise<void> = new Promise<void>((resolve) => {
  if (document.readyState === 'complete') resolve();
  else addEventListener('load', () => resolve(), { once: true });
}).then(
  () =>
    new Promise<void>((resolve) => {
      const now = () => {
        defineTheRest();
        resolve();
      };
      if (typeof requestIdleCallback === 'function') requestIdleCallback(now, { timeout: 5000 });
      else setTimeout(now, 1000);
    }),
);
const changes = new MutationObserver(() => {
  scan();
  if (requested.size === loadableTags.length) changes.disconnect();
});
changes.observe(document.documentElement, { childList: true, subtree: true });

import type { IconData } from './icon.js';

/** A set of icons that can be downloaded, with the names it knows but has no icon for, and why. */
export interface IconSet {
  readonly icons: readonly IconData[];
  readonly unavailable?: Readonly<Record<string, string>>;
}

interface Registry {
  readonly icons: Map<string, IconData>;
  readonly listeners: Set<() => void>;
  /** Downloads and registers a whole set, once; resolves to its reasons for names without an icon. */
  loadSet?: () => Promise<Readonly<Record<string, string>>>;
}

// Kept on globalThis under a registered symbol, not in this module: a page that loads two copies of @ijm/widgets has
// one <ijm-icon> (the first copy's), and it must find the icons that either copy registers. A change to the shape of
// IconData must change the key, so that two versions never read each other's icons.
const REGISTRY = Symbol.for('@ijm/widgets icons v1');

function registry(): Registry {
  const scope = globalThis as unknown as Record<symbol, Registry | undefined>;
  scope[REGISTRY] ??= { icons: new Map(), listeners: new Set() };
  return scope[REGISTRY];
}

/** Whether a value is icon data (a name and path data as text), whatever JavaScript hands over. */
export function isIconData(value: unknown): value is IconData {
  const icon = value as Partial<IconData> | null;
  return typeof icon === 'object' && icon !== null && typeof icon.name === 'string' && typeof icon.d === 'string';
}

/**
 * Makes icons available by name to every `<ijm-icon>` on the page, which then redraw: import the icons you use from
 * `@ijm/widgets/icons` (or `@ijm/widgets/icons/<name>`) and pass them here. A name registered again is replaced, so a
 * site can draw its own `check`. Anything that is not icon data is skipped with a console warning; nothing throws.
 */
export function registerIcons(...icons: readonly IconData[]): void {
  const { icons: known, listeners } = registry();
  for (const icon of icons as readonly unknown[]) {
    if (isIconData(icon)) known.set(icon.name, icon);
    else console.warn('registerIcons() skips a value that is no icon:', icon);
  }
  for (const listener of listeners) listener();
}

/** The icon registered under a name, if any. */
export function findIcon(name: string): IconData | undefined {
  return registry().icons.get(name);
}

/**
 * Names a set for `<ijm-icon>` to download (once per page) when it is asked for a name nobody registered. The browser
 * bundles (embed.js, loader.js) name the seed site's set; an app built with a bundler registers what it imports, and
 * carries no other icon. The first set named on a page is the one used.
 */
export function provideIconSet(load: () => Promise<IconSet>): void {
  const known = registry();
  let loading: Promise<Readonly<Record<string, string>>> | undefined;
  known.loadSet ??= () => {
    loading ??= load().then(
      (set) => {
        registerIcons(...set.icons);
        return set.unavailable ?? {};
      },
      (error: unknown) => {
        // The next icon that asks tries again.
        loading = undefined;
        console.warn('<ijm-icon> could not download its icon set:', error);
        return {};
      },
    );
    return loading;
  };
}

/** The set's reasons for names without an icon, once it is downloaded and registered; nothing when there is no set. */
export function loadIconSet(): Promise<Readonly<Record<string, string>>> {
  return registry().loadSet?.() ?? Promise.resolve({});
}

/** Calls `listener` after each registration; returns the function that stops it. */
export function onIconsRegistered(listener: () => void): () => void {
  const { listeners } = registry();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

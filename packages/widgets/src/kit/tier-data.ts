import type { ReactiveControllerHost } from 'lit';
import type * as TierDataset from './tier-dataset.js';

/** What `loadTierData()` resolves to: the tier queries (`getHistory`, `getPlacement`, …) and `countryName`. */
export type TierData = typeof TierDataset;

/** Where a tier widget stands with the dataset: not needed, on its way, there, or failed to load. */
export type TierDataState = 'idle' | 'loading' | 'ready' | 'failed';

let requested = false;
let pending: Promise<TierData> | undefined;
let loaded: TierData | undefined;

/**
 * The one way a tier widget reaches the TIP dataset: a dynamic import, so that a page showing only plain
 * `<ijm-tier-badge tier="…">` badges (or any other widget) never downloads it. Loads once per page; a failed load
 * is retried on the next call.
 */
export function loadTierData(): Promise<TierData> {
  requested = true;
  pending ??= import('./tier-dataset.js').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/** The dataset if it has already arrived, so a second widget renders at once instead of flashing a loading state. */
export function loadedTierData(): TierData | undefined {
  return loaded;
}

/** Whether anything on this page has asked for the dataset: the tests' proof that plain badges never do. */
export function tierDataRequested(): boolean {
  return requested;
}

/**
 * A year attribute as the queries take it: a whole number when the text is one (`" 2022 "` → 2022), otherwise the
 * value unchanged, so the query answers `invalid-input` with the very text the author wrote.
 */
export function readYearAttribute(value: unknown): unknown {
  if (typeof value === 'string' && /^\s*-?\d{1,6}\s*$/.test(value)) return Number(value);
  return value;
}

const STATES: readonly TierDataState[] = ['loading', 'ready', 'failed'];

/**
 * Loads the dataset for a host on request and re-renders it when the data arrives, mirroring the state in the
 * host's custom states (`:state(loading)`, `:state(ready)`, `:state(failed)`) for styling.
 */
export class TierDataController {
  #state: TierDataState = 'idle';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly internals: ElementInternals | undefined,
  ) {}

  get state(): TierDataState {
    return this.#state;
  }

  /**
   * The dataset when loaded; otherwise starts loading and returns `undefined` until the host re-renders. After a
   * failed load it does not retry by itself (a retry per render would loop); a new page load, or another widget's
   * request, tries again.
   */
  request(): TierData | undefined {
    const data = loadedTierData();
    if (data !== undefined) {
      this.#set('ready');
      return data;
    }
    if (this.#state !== 'loading' && this.#state !== 'failed') {
      this.#set('loading');
      loadTierData().then(
        () => {
          if (this.#state !== 'loading') return;
          this.#set('ready');
          this.host.requestUpdate();
        },
        (error: unknown) => {
          console.error('@ijm/widgets could not load the tier data', error);
          if (this.#state !== 'loading') return;
          this.#set('failed');
          this.host.requestUpdate();
        },
      );
    }
    return undefined;
  }

  /** For a host that does not need the data now (a plain `tier` badge): clears the state. */
  release(): void {
    this.#set('idle');
  }

  #set(state: TierDataState): void {
    this.#state = state;
    for (const name of STATES) {
      try {
        if (name === state) this.internals?.states.add(name);
        else this.internals?.states.delete(name);
      } catch {
        // Browsers before 2024 accept only `--name` states; styling by state is an extra, not a need.
      }
    }
  }
}

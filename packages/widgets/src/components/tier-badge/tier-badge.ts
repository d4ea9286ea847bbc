import type { PlacementLookup, Tier } from '@ijm/core/tiers';
import { isTier as isTierValue } from '@ijm/core/tiers/constants';
import { html, LitElement, nothing } from 'lit';
import { LocalizeController } from '../../kit/localize.js';
import { ignoreProperty, readText } from '../../kit/read-property.js';
import { readYearAttribute, TierDataController, type TierDataState } from '../../kit/tier-data.js';
import { marker } from '../../kit/tier-marker.js';
import { tierClass, tierPalette } from '../../kit/tier-palette.js';
import { hostStyles } from '../../kit/tokens.js';
import { type TierBadgeMessages, tierBadgeCatalogs } from './tier-badge.messages.js';
import { tierBadgeStyles } from './tier-badge.styles.js';

/** What the badge shows, worked out before each render: a tier (none when not known), a message, or a frame. */
interface View {
  readonly tier?: Tier | undefined;
  readonly text?: string;
  readonly loading?: true;
}

/**
 * @summary A US Trafficking in Persons Report tier shown as a badge: the tier's name in words, with a colour and a
 * shape that differ per tier, so that colour is never the only cue. Give it a `tier`, or a `country` and a `year` to
 * look the placement up in the bundled dataset (loaded on demand, only by badges that ask for it).
 * @tag ijm-tier-badge
 * @since 0.1.0
 *
 * @attr tier - The tier to show: `1`, `2`, `2WL`, `3` or `special`. Ignored when `country` is set.
 * @attr country - A country to look up: ISO alpha-2 or alpha-3 in any case, or an English name.
 * @attr year - The report year to look up with `country` (2001 onward).
 *
 * @csspart badge - The badge itself.
 *
 * @cssprop --ijm-tier-badge-radius - Corner radius of the badge.
 * @cssprop --ijm-tier-badge-font-size - Font size of the badge text, relative to the surrounding text by default.
 * @cssprop --ijm-tier-1-color - Text and border colour for Tier 1 (likewise `-2-`, `-2wl-`, `-3-`, `-special-`).
 * @cssprop --ijm-tier-1-background - Background for Tier 1 (likewise `-2-`, `-2wl-`, `-3-`, `-special-`).
 *
 * @cssstate loading - With `country`: the dataset is downloading.
 * @cssstate ready - With `country`: the dataset is there.
 * @cssstate failed - With `country`: the dataset could not be loaded.
 */
export class IjmTierBadge extends LitElement {
  static override styles = [hostStyles, tierPalette, tierBadgeStyles];

  // Lit's `static properties` with `declare` fields rather than decorators: the decorator code and its helper cost
  // every page with a badge about 0.6 KiB gzip.
  static override properties = { tier: { reflect: true }, country: {}, year: {}, messages: { attribute: false } };

  // Every property accepts any JavaScript value: a number reads as its string form (`tier = 1` is Tier 1), and a
  // value of another kind (object, array, boolean, NaN) counts as unset, with one console warning per property.

  /** The tier to show: `1`, `2`, `2WL`, `3` or `special`, as text or a number. Anything else shows "Tier not known". */
  declare tier: string | number | undefined;

  /** A country to look up in the dataset with `year`: alpha-2, alpha-3 (any case) or an English name. */
  declare country: string | undefined;

  /** The report year to look up with `country`, as a number or text. */
  declare year: string | number | undefined;

  /** Messages to use instead of the built-in ones, by key (for example `{ unknownTier: '…' }`), lookup messages included. */
  declare messages: Partial<TierBadgeMessages> | undefined;

  readonly #localize = new LocalizeController<TierBadgeMessages>(this, tierBadgeCatalogs);
  readonly #data = new TierDataController(this, this.#attachInternals());
  #view: View = {};
  #placement: PlacementLookup | undefined;

  #attachInternals(): ElementInternals | undefined {
    try {
      return this.attachInternals();
    } catch {
      return undefined;
    }
  }

  /** The tier shown, or `undefined` when none is: unknown, still loading, or an error message instead. */
  get shownTier(): Tier | undefined {
    return this.#view.tier;
  }

  /** The placement looked up from `country` and `year`, with its provenance; `undefined` in `tier` mode. */
  get placement(): PlacementLookup | undefined {
    return this.#placement;
  }

  /** `idle` for a plain `tier` badge; otherwise `loading`, `ready` or `failed`. */
  get dataState(): TierDataState {
    return this.#data.state;
  }

  protected override willUpdate(): void {
    // The localize controller reads `messages` key by key, and finds no message in a value that is no object.
    if (typeof this.messages !== 'object') ignoreProperty(this, 'messages');
    this.#placement = undefined;
    this.#view = this.#lookUp();
  }

  #lookUp(): View {
    const tier = readText(this, 'tier');
    const country = readText(this, 'country');
    const yearText = readText(this, 'year');
    if (!country) {
      this.#data.release();
      return { tier: isTierValue(tier) ? tier : undefined };
    }
    const localize = this.#localize;
    if (!yearText) return { text: localize.term('yearNeeded') };
    const data = this.#data.request();
    if (data === undefined) {
      return this.#data.state === 'failed' ? { text: localize.term('loadFailed') } : { loading: true };
    }
    const found = data.getPlacement(country, readYearAttribute(yearText));
    if (!found.ok) {
      const text =
        found.error.code === 'unknown-country'
          ? localize.term('unknownCountry', country)
          : localize.term('unknownYear', yearText);
      return { text };
    }
    this.#placement = found.value;
    return { tier: found.value.status === 'known' ? found.value.tier : undefined };
  }

  override render() {
    const { tier, text, loading } = this.#view;
    const localize = this.#localize;
    // While loading, the frame is empty: a non-breaking space gives it the text's line height, and the words are for
    // assistive technology.
    const content = loading
      ? html`<span aria-hidden="true">&nbsp;</span><span class="visually-hidden">${localize.term('loading')}</span>`
      : (text ?? (tier ? localize.term('tier', tier) : localize.term('unknownTier')));
    // The chart's marker, in a box cut to its circle. A tier not known looks like a Special Case (ring, colours, dashed
    // border), as it always has, and says so in words; while loading, the box stays empty, holding the marker's place.
    return html`<span part="badge" class="badge ${loading ? 'loading' : tierClass(tier ?? 'special')}" lang=${localize.locale} aria-busy=${loading ? 'true' : nothing}><svg viewBox="-1 -1 2 2" aria-hidden="true">${loading ? nothing : marker(tier ?? 'special')}</svg>${content}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ijm-tier-badge': IjmTierBadge;
  }
}

import { isTier, type Tier } from '@ijm/core/tiers';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../../kit/localize.js';
import { hostStyles } from '../../kit/tokens.js';
import { type TierBadgeMessages, tierBadgeCatalogs } from './tier-badge.messages.js';
import { tierBadgeStyles } from './tier-badge.styles.js';

/**
 * @summary A US Trafficking in Persons Report tier shown as a badge: the tier's name in words, with a colour and a
 * shape that differ per tier, so that colour is never the only cue.
 * @tag ijm-tier-badge
 * @since 0.1.0
 *
 * @csspart badge - The badge itself.
 *
 * @cssprop --ijm-tier-badge-radius - Corner radius of the badge.
 * @cssprop --ijm-tier-badge-font-size - Font size of the badge text, relative to the surrounding text by default.
 * @cssprop --ijm-tier-1-color - Text and border colour for Tier 1 (likewise `-2-`, `-2wl-`, `-3-`, `-special-`).
 * @cssprop --ijm-tier-1-background - Background for Tier 1 (likewise `-2-`, `-2wl-`, `-3-`, `-special-`).
 */
export class IjmTierBadge extends LitElement {
  static override styles = [hostStyles, tierBadgeStyles];

  /** The tier to show: `1`, `2`, `2WL`, `3` or `special`. Any other value shows "Tier not known". */
  @property({ reflect: true }) tier: string | undefined;

  /** Messages to use instead of the built-in ones, by key (for example `{ unknownTier: '…' }`). */
  @property({ attribute: false }) messages: Partial<TierBadgeMessages> | undefined;

  readonly #localize = new LocalizeController<TierBadgeMessages>(this, tierBadgeCatalogs);

  /** The tier shown, or `undefined` when the `tier` value is not a known tier. */
  get shownTier(): Tier | undefined {
    return isTier(this.tier) ? this.tier : undefined;
  }

  override render() {
    const tier = this.shownTier;
    const text = tier === undefined ? this.#localize.term('unknownTier') : this.#localize.term('tier', tier);
    const className = tier === undefined ? 'tier-unknown' : `tier-${tier.toLowerCase()}`;
    return html`<span part="badge" class="badge ${className}" lang=${this.#localize.locale}
      ><span class="marker" aria-hidden="true"></span>${text}</span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ijm-tier-badge': IjmTierBadge;
  }
}

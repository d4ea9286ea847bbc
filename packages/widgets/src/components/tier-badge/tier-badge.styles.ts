import { css } from 'lit';

/**
 * The tier colours, as private tokens on the host, read from the public `--ijm-tier-*` hooks: shared with
 * `<ijm-tier-history>` so that a tier looks the same in a badge and in a chart. Each text colour meets 4.5:1 on its
 * background, and on the kit's surface colour, in light and dark schemes.
 */
export const tierPalette = css`
  :host {
    --_ijm-tier-1-color: var(--ijm-tier-1-color, light-dark(#0f5b2e, #9be0b0));
    --_ijm-tier-1-background: var(--ijm-tier-1-background, light-dark(#e6f4ea, #10291a));
    --_ijm-tier-2-color: var(--ijm-tier-2-color, light-dark(#1f4e8c, #a8c8f5));
    --_ijm-tier-2-background: var(--ijm-tier-2-background, light-dark(#e8f0fb, #12213a));
    --_ijm-tier-2wl-color: var(--ijm-tier-2wl-color, light-dark(#7a4a00, #ffd08a));
    --_ijm-tier-2wl-background: var(--ijm-tier-2wl-background, light-dark(#fff3dc, #33230a));
    --_ijm-tier-3-color: var(--ijm-tier-3-color, light-dark(#9b1c1c, #ffb3ae));
    --_ijm-tier-3-background: var(--ijm-tier-3-background, light-dark(#fdeaea, #3a1414));
    --_ijm-tier-special-color: var(--ijm-tier-special-color, light-dark(#45455a, #d4d4e2));
    --_ijm-tier-special-background: var(--ijm-tier-special-background, light-dark(#f0f0f4, #24242e));
  }
`;

// Each tier has a distinct colour and a distinct marker shape, so neither carries the meaning alone; the text always
// does. While the lookup loads, `.tier-loading` is an empty frame of the same height (its words are visually hidden),
// so the line does not jump when the tier arrives. No comments inside the CSS: they would ship to every page.
export const tierBadgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    line-height: 1.2;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_ijm-space-1);
    padding-block: var(--_ijm-space-1);
    padding-inline: var(--_ijm-space-2);
    border: 1px solid;
    border-radius: var(--ijm-tier-badge-radius, var(--_ijm-radius));
    font-weight: 600;
    font-size: var(--ijm-tier-badge-font-size, 0.875em);
    white-space: nowrap;
  }

  .marker {
    inline-size: 0.7em;
    block-size: 0.7em;
    background: currentColor;
    flex: none;
  }

  .tier-1 {
    color: var(--_ijm-tier-1-color);
    background: var(--_ijm-tier-1-background);
  }
  .tier-1 .marker {
    border-radius: 50%;
  }

  .tier-2 {
    color: var(--_ijm-tier-2-color);
    background: var(--_ijm-tier-2-background);
  }
  .tier-2 .marker {
    border-radius: 1px;
  }

  .tier-2wl {
    color: var(--_ijm-tier-2wl-color);
    background: var(--_ijm-tier-2wl-background);
  }
  .tier-2wl .marker {
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }

  .tier-3 {
    color: var(--_ijm-tier-3-color);
    background: var(--_ijm-tier-3-background);
  }
  .tier-3 .marker {
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
  }

  .tier-special,
  .tier-unknown {
    color: var(--_ijm-tier-special-color);
    background: var(--_ijm-tier-special-background);
    border-style: dashed;
  }
  .tier-special .marker,
  .tier-unknown .marker {
    background: none;
    border: 2px solid;
    border-radius: 50%;
  }

  .tier-loading {
    color: var(--_ijm-color-muted);
    border-style: dotted;
    min-inline-size: 5.5em;
  }
  .tier-loading .marker {
    visibility: hidden;
  }
`;

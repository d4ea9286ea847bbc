import type { Tier } from '@ijm/core/tiers';
import { css } from 'lit';

/** The class that gives an element its tier's colours from `tierPalette`: `t-1`, `t-2`, `t-2wl`, `t-3`, `t-special`. */
export const tierClass = (tier: Tier): string => `t-${tier.toLowerCase()}`;

/**
 * The tier colours, one definition for every tier widget, so that a tier looks the same in a badge and in a chart: an
 * element with a tier's class (`tierClass()`) gets `--_ijm-tier-color` (text, marker, outline) and
 * `--_ijm-tier-background` (fill), read from the public `--ijm-tier-*` hooks. Each colour meets 4.5:1 on its
 * background, and on the kit's surface colour, in light and dark schemes.
 */
export const tierPalette = css`
  .t-1 {
    --_ijm-tier-color: var(--ijm-tier-1-color, light-dark(#0f5b2e, #9be0b0));
    --_ijm-tier-background: var(--ijm-tier-1-background, light-dark(#e6f4ea, #10291a));
  }
  .t-2 {
    --_ijm-tier-color: var(--ijm-tier-2-color, light-dark(#1f4e8c, #a8c8f5));
    --_ijm-tier-background: var(--ijm-tier-2-background, light-dark(#e8f0fb, #12213a));
  }
  .t-2wl {
    --_ijm-tier-color: var(--ijm-tier-2wl-color, light-dark(#7a4a00, #ffd08a));
    --_ijm-tier-background: var(--ijm-tier-2wl-background, light-dark(#fff3dc, #33230a));
  }
  .t-3 {
    --_ijm-tier-color: var(--ijm-tier-3-color, light-dark(#9b1c1c, #ffb3ae));
    --_ijm-tier-background: var(--ijm-tier-3-background, light-dark(#fdeaea, #3a1414));
  }
  .t-special {
    --_ijm-tier-color: var(--ijm-tier-special-color, light-dark(#45455a, #d4d4e2));
    --_ijm-tier-background: var(--ijm-tier-special-background, light-dark(#f0f0f4, #24242e));
  }
`;

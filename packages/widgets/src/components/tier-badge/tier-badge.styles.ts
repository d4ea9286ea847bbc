import { css } from 'lit';

// Each tier has a distinct colour and a distinct marker shape, so neither carries the meaning alone; the text always
// does. Colours meet 4.5:1 on their backgrounds in light and dark schemes.
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
    border: 1px solid currentColor;
    border-radius: var(--ijm-tier-badge-radius, var(--_ijm-radius));
    font-weight: 600;
    font-size: var(--ijm-tier-badge-font-size, 0.875em);
    color: var(--_tier-color);
    background: var(--_tier-background);
    white-space: nowrap;
  }

  .marker {
    inline-size: 0.7em;
    block-size: 0.7em;
    background: currentColor;
    flex: none;
  }

  .tier-1 {
    --_tier-color: var(--ijm-tier-1-color, light-dark(#0f5b2e, #9be0b0));
    --_tier-background: var(--ijm-tier-1-background, light-dark(#e6f4ea, #10291a));
  }
  .tier-1 .marker {
    border-radius: 50%;
  }

  .tier-2 {
    --_tier-color: var(--ijm-tier-2-color, light-dark(#1f4e8c, #a8c8f5));
    --_tier-background: var(--ijm-tier-2-background, light-dark(#e8f0fb, #12213a));
  }
  .tier-2 .marker {
    border-radius: 1px;
  }

  .tier-2wl {
    --_tier-color: var(--ijm-tier-2wl-color, light-dark(#7a4a00, #ffd08a));
    --_tier-background: var(--ijm-tier-2wl-background, light-dark(#fff3dc, #33230a));
  }
  .tier-2wl .marker {
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }

  .tier-3 {
    --_tier-color: var(--ijm-tier-3-color, light-dark(#9b1c1c, #ffb3ae));
    --_tier-background: var(--ijm-tier-3-background, light-dark(#fdeaea, #3a1414));
  }
  .tier-3 .marker {
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
  }

  .tier-special,
  .tier-unknown {
    --_tier-color: var(--ijm-tier-special-color, light-dark(#45455a, #d4d4e2));
    --_tier-background: var(--ijm-tier-special-background, light-dark(#f0f0f4, #24242e));
    border-style: dashed;
  }
  .tier-special .marker,
  .tier-unknown .marker {
    background: none;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
`;

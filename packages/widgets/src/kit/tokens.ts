import { css } from 'lit';

/**
 * Shared host styles. Global tokens (`--ijm-*`) are read with fallbacks so a widget looks right with no set-up,
 * inherits the page's font, and follows the page's `color-scheme` into dark mode (set `color-scheme: light dark` on the
 * element to follow the reader's system setting instead); component hooks (`--ijm-<name>-*`) refine them.
 */
// An unset --ijm-font-family makes `font-family` invalid at computed time, so it inherits the page's font.
export const hostStyles = css`
  :host {
    --_ijm-color-text: var(--ijm-color-text, light-dark(#1b1b1f, #f2f2f5));
    --_ijm-color-muted: var(--ijm-color-muted, light-dark(#4a4a55, #c4c4cf));
    --_ijm-color-surface: var(--ijm-color-surface, light-dark(#ffffff, #17171c));
    --_ijm-color-border: var(--ijm-color-border, light-dark(#6b6b78, #9a9aa8));
    --_ijm-color-accent: var(--ijm-color-accent, light-dark(#0b5cad, #8cc4ff));
    --_ijm-color-accent-contrast: var(--ijm-color-accent-contrast, light-dark(#ffffff, #0b1320));
    --_ijm-color-danger: var(--ijm-color-danger, light-dark(#b3261e, #ffb4ab));
    --_ijm-color-success: var(--ijm-color-success, light-dark(#1e6b34, #8fd6a0));
    --_ijm-color-focus: var(--ijm-color-focus, light-dark(#b35c00, #ffb870));
    --_ijm-font-size: var(--ijm-font-size, 1rem);
    --_ijm-radius: var(--ijm-radius, 0.375rem);
    --_ijm-space-1: var(--ijm-space-1, 0.25rem);
    --_ijm-space-2: var(--ijm-space-2, 0.5rem);
    --_ijm-space-3: var(--ijm-space-3, 0.75rem);
    --_ijm-space-4: var(--ijm-space-4, 1rem);
    font-family: var(--ijm-font-family);
    font-size: var(--_ijm-font-size);
    color: var(--_ijm-color-text);
    box-sizing: border-box;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  :focus-visible {
    outline: 3px solid var(--_ijm-color-focus);
    outline-offset: 2px;
  }
`;

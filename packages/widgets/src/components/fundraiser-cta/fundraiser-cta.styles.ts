import { css } from 'lit';

/**
 * A card with a heading, text, the progress and a button: logical properties only, targets at least 44 CSS px, colours
 * from the tokens (WCAG 2.2 AA in light and dark schemes). The bar is a native `<progress>`, styled where the browser
 * allows it. Hooks: `--ijm-fundraiser-cta-background`, `--ijm-fundraiser-cta-bar-color`.
 */
export const fundraiserCtaStyles = css`
  :host{display:block;line-height:1.5;}
  .cta{display:grid;gap:var(--_ijm-space-3);max-inline-size:36rem;padding:var(--_ijm-space-4);border-radius:var(--_ijm-radius);background:var(--ijm-fundraiser-cta-background,var(--_ijm-color-surface));border:1px solid var(--_ijm-color-border);}
  .heading{font-size:1.5em;font-weight:700;line-height:1.25;}
  p{margin:0;}
  .progress{display:grid;gap:var(--_ijm-space-1);}
  .waiting{min-block-size:var(--ijm-reserve-block-size,var(--_ijm-reserve,auto));grid-template-rows:auto auto 1fr auto;}
  .pending{visibility:hidden;}
  .bar{block-size:0.75rem;}
  .figures{font-weight:700;}
  .updated{color:var(--_ijm-color-muted);font-size:0.875em;}
  progress{inline-size:100%;block-size:0.75rem;appearance:none;border:1px solid var(--_ijm-color-border);border-radius:999px;background:var(--_ijm-color-surface);overflow:hidden;}
  progress::-webkit-progress-bar{background:var(--_ijm-color-surface);}
  progress::-webkit-progress-value{background:var(--ijm-fundraiser-cta-bar-color,var(--_ijm-color-accent));}
  progress::-moz-progress-bar{background:var(--ijm-fundraiser-cta-bar-color,var(--_ijm-color-accent));}
  button{font:inherit;font-weight:700;justify-self:start;min-block-size:2.75rem;min-inline-size:2.75rem;padding:var(--_ijm-space-2) var(--_ijm-space-4);border:2px solid transparent;border-radius:var(--_ijm-radius);background:var(--_ijm-color-accent);color:var(--_ijm-color-accent-contrast);cursor:pointer;}
  .status:empty{display:none;}
`;

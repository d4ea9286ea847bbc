import { css } from 'lit';

/**
 * Fixed at the window's top corner (inline end) above the page's own layers, so that no banner or dialog of the page
 * covers it; `inline` puts it in the flow instead. A target well over 44 CSS px, in colours that meet WCAG 2.2 AA in
 * light and dark schemes. Hooks: `--ijm-quick-exit-background`, `--ijm-quick-exit-color`, `--ijm-quick-exit-inset`.
 */
export const quickExitStyles = css`
  :host{position:fixed;inset-block-start:var(--ijm-quick-exit-inset,0.75rem);inset-inline-end:var(--ijm-quick-exit-inset,0.75rem);z-index:2147483647;display:block;}
  :host([inline]){position:static;}
  button{font:inherit;font-weight:700;display:grid;justify-items:center;gap:0.125rem;min-block-size:3rem;min-inline-size:3rem;padding:var(--_ijm-space-2) var(--_ijm-space-4);border:2px solid transparent;border-radius:var(--_ijm-radius);background:var(--ijm-quick-exit-background,light-dark(#8a1c14,#ffb4ab));color:var(--ijm-quick-exit-color,light-dark(#ffffff,#2b0000));cursor:pointer;box-shadow:0 2px 6px rgb(0 0 0 / 0.35);}
  .hint{font-size:0.8125em;font-weight:400;}
  @media print{:host{display:none;}}
`;

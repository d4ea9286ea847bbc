import { css } from 'lit';

/**
 * Fixed at the window's top corner (inline end) above the page's own layers, so that no banner or dialog of the page
 * covers it; `inline` puts it in the flow instead. A target well over 44 CSS px, in colours that meet WCAG 2.2 AA in
 * light and dark schemes (the button's own styles are the kit's `exitButtonStyles`). Hook: `--ijm-quick-exit-inset`.
 */
export const quickExitStyles = css`
  :host{position:fixed;inset-block-start:var(--ijm-quick-exit-inset,0.75rem);inset-inline-end:var(--ijm-quick-exit-inset,0.75rem);z-index:2147483647;display:block;}
  :host([inline]){position:static;}
  @media print{:host{display:none;}}
`;

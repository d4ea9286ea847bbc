import { css } from 'lit';

/**
 * The exit button sticks to the top of the window while any part of the check is in view, so it is never scrolled
 * away; it comes first in the element, so it is first in the tab order. Targets are at least 44 CSS px, and the
 * layout is one column that holds at 320 px. The status line keeps its space when empty, so that nothing below it
 * moves when "Getting the check ready…" goes.
 */
export const selfCheckStyles = css`
  :host{display:block;max-inline-size:var(--ijm-self-check-max-width,40rem);}
  .exit{position:sticky;inset-block-start:0;z-index:1;margin-inline-start:auto;}
  .frame{margin-block-start:var(--_ijm-space-2);padding:var(--_ijm-space-4);border:1px solid var(--_ijm-color-border);border-radius:var(--_ijm-radius);background:var(--_ijm-color-surface);overflow-wrap:anywhere;}
  h2{margin:0 0 var(--_ijm-space-2);font-size:1.25em;}
  h3{margin:var(--_ijm-space-3) 0 var(--_ijm-space-2);font-size:1.125em;}
  h4{margin:var(--_ijm-space-3) 0 var(--_ijm-space-1);font-size:1em;}
  p,ul,ol{margin:0 0 var(--_ijm-space-2);}
  ul,ol{padding-inline-start:1.25em;}
  .status{min-block-size:1lh;}
  .note{color:var(--_ijm-color-muted);font-size:0.9375em;}
  progress{inline-size:100%;block-size:0.5rem;accent-color:var(--_ijm-color-accent);}
  fieldset{margin:0 0 var(--_ijm-space-3);padding:var(--_ijm-space-2) var(--_ijm-space-3);border:1px solid var(--_ijm-color-border);border-radius:var(--_ijm-radius);min-inline-size:0;}
  legend{padding:0 var(--_ijm-space-1);font-weight:600;}
  .choices{display:grid;gap:var(--_ijm-space-1);}
  .choice{display:flex;align-items:center;gap:var(--_ijm-space-2);min-block-size:2.75rem;cursor:pointer;}
  .choice input{inline-size:1.25rem;block-size:1.25rem;margin:0;flex:none;accent-color:var(--_ijm-color-accent);}
  .strength{display:inline-block;margin-inline-start:var(--_ijm-space-1);padding:0 var(--_ijm-space-1);border:1px solid currentColor;border-radius:var(--_ijm-radius);font-size:0.8125em;}
  .actions{display:flex;flex-wrap:wrap;gap:var(--_ijm-space-2);margin-block-start:var(--_ijm-space-3);}
  .actions.stacked{display:grid;}
  button{font:inherit;min-block-size:2.75rem;padding:var(--_ijm-space-2) var(--_ijm-space-4);border:2px solid var(--_ijm-color-accent);border-radius:var(--_ijm-radius);background:transparent;color:var(--_ijm-color-accent);cursor:pointer;}
  button.primary{background:var(--_ijm-color-accent);color:var(--_ijm-color-accent-contrast);}
  button.link{min-block-size:2.75rem;padding-inline:0;border:0;text-decoration:underline;}
  :is(button,a,input,select,[tabindex]):focus-visible{outline:3px solid var(--_ijm-color-focus);outline-offset:2px;}
  [data-step-heading]:focus{outline:none;}
  [data-step-heading]:focus-visible{outline:3px solid var(--_ijm-color-focus);}
  .review li{margin-block-end:var(--_ijm-space-3);}
  .level{font-weight:700;}
  .hotlines{margin-block-start:var(--_ijm-space-4);padding-block-start:var(--_ijm-space-2);border-block-start:1px solid var(--_ijm-color-border);}
  .field{display:grid;gap:var(--_ijm-space-1);margin-block-end:var(--_ijm-space-3);}
  select{font:inherit;min-block-size:2.75rem;max-inline-size:100%;color:inherit;background:var(--_ijm-color-surface);border:1px solid var(--_ijm-color-border);border-radius:var(--_ijm-radius);}
  .contacts{list-style:none;padding:0;}
  .contact{display:inline-flex;align-items:center;min-block-size:2.75rem;color:var(--_ijm-color-accent);font-weight:600;}
  .check{color:var(--_ijm-color-danger);font-size:0.9375em;}
  @media print{.exit{display:none;}}
`;

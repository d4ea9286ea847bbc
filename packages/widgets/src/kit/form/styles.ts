import { css } from 'lit';

/**
 * The form's first-paint styles: logical properties only (right-to-left works unchanged), targets at least 44 CSS px
 * high (24 for the checkbox, whose label extends the target), colours from the tokens, which meet WCAG 2.2 AA in light
 * and dark schemes. Transparent borders become visible in forced-colours mode. The styles of errors, the summary and
 * the thank-you come with the contract (`form/feedback.ts`). Hooks: `--ijm-form-max-width`, `--ijm-form-gap`,
 * `--ijm-form-input-background`, `--ijm-form-button-background`, `--ijm-form-button-color`.
 */
export const formStyles = css`
  :host{display:block;line-height:1.5;}
  .form,form,.field{display:grid;grid-template-columns:minmax(0,1fr);gap:var(--ijm-form-gap,var(--_ijm-space-4));}
  .form{max-inline-size:var(--ijm-form-max-width,36rem);}
  .title{font-size:1.5em;font-weight:700;line-height:1.25;}
  p{margin:0;}
  .field{gap:var(--_ijm-space-1);}
  label{font-weight:600;}
  .optional,.hint{color:var(--_ijm-color-muted);font-weight:400;}
  input,select,textarea,button{font:inherit;border:2px solid var(--_ijm-color-border);border-radius:var(--_ijm-radius);padding:var(--_ijm-space-2) var(--_ijm-space-3);min-block-size:2.75rem;}
  input,select,textarea{color:inherit;background:var(--ijm-form-input-background,var(--_ijm-color-surface));inline-size:100%;}
  .check-row{display:flex;align-items:flex-start;gap:var(--_ijm-space-3);}
  .check-row input{inline-size:1.5rem;min-block-size:1.5rem;flex:none;margin:0;accent-color:var(--_ijm-color-accent);}
  .check-row label{font-weight:400;}
  button{font-weight:700;justify-self:start;display:inline-flex;align-items:center;gap:var(--_ijm-space-2);min-inline-size:2.75rem;border-color:transparent;background:var(--ijm-form-button-background,var(--_ijm-color-accent));color:var(--ijm-form-button-color,var(--_ijm-color-accent-contrast));cursor:pointer;}
  .spinner{inline-size:1em;block-size:1em;border:2px solid;border-inline-end-color:transparent;border-radius:50%;animation:spin 0.8s linear infinite;}
  @keyframes spin{to{transform:rotate(1turn);}}
  @media (prefers-reduced-motion:reduce){.spinner{animation:none;}}
  a{color:var(--_ijm-color-accent);}
  .honeypot{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;}
`;

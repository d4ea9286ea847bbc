import { css } from 'lit';

/**
 * A row of links that wraps, each a target of at least 44 CSS px (WCAG 2.2 target size, enhanced), the icon inside in
 * the accent colour, which meets 3:1 against the surface in light and dark schemes. Until a mark has downloaded, an
 * empty box of its size holds its place, so nothing moves when it draws. A network with no mark (LinkedIn,
 * see THIRD-PARTY-NOTICES.md) shows its name as text instead. Hooks: `--ijm-follow-links-color`,
 * `--ijm-follow-links-icon-size`, `--ijm-follow-links-gap`.
 */
export const followLinksStyles = css`
  :host{display:block;}
  .heading{margin:0 0 var(--_ijm-space-2);font-weight:700;}
  ul{display:flex;flex-wrap:wrap;align-items:center;gap:var(--ijm-follow-links-gap,var(--_ijm-space-2));margin:0;padding:0;list-style:none;}
  a{display:inline-flex;align-items:center;justify-content:center;min-inline-size:2.75rem;min-block-size:2.75rem;border-radius:var(--_ijm-radius);color:var(--ijm-follow-links-color,var(--_ijm-color-accent));}
  a:hover{color:var(--ijm-follow-links-hover-color,var(--_ijm-color-text));}
  svg,.mark{inline-size:var(--ijm-follow-links-icon-size,1.5rem);block-size:var(--ijm-follow-links-icon-size,1.5rem);}
  .text{padding-inline:var(--_ijm-space-2);font-weight:700;}
`;

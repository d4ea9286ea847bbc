import { html, nothing, svg, type TemplateResult } from 'lit';

/**
 * One icon: a drawing in a 24×24 box as a single SVG path, stroked like Lucide's icons (2 units, round ends and
 * corners) or, for brand marks, filled. Generated modules in `src/icons/` hold one each; see THIRD-PARTY-NOTICES.md.
 */
export interface IconData {
  /** The name that `<ijm-icon name>` finds it by. */
  readonly name: string;
  /** Path data in the 0 0 24 24 box. */
  readonly d: string;
  /** Filled with the text colour (brand marks) instead of stroked with it. */
  readonly fill?: boolean;
}

/**
 * An icon as inline SVG, sized by its container and drawn in `currentColor`: hidden from assistive technology unless
 * `label` names it (then an image with that name). Lit templates with attribute bindings only, no markup from text,
 * so it renders under Trusted Types. Widgets that show an icon use this directly, without an `<ijm-icon>`.
 */
export function renderIcon(icon: IconData, label?: string): TemplateResult {
  // One line: a template's whitespace is shipped as it is written.
  return html`<svg part="icon" viewBox="0 0 24 24" role=${label ? 'img' : nothing} aria-hidden=${label ? nothing : 'true'} fill=${icon.fill ? 'currentColor' : 'none'} stroke=${icon.fill ? 'none' : 'currentColor'} stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${label ? svg`<title>${label}</title>` : nothing}${svg`<path d=${icon.d}></path>`}</svg>`;
}

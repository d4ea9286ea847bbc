import { css } from 'lit';

// Each tier has a distinct colour and a distinct marker shape (the kit's SVG marker, the same as in the chart), so
// neither carries the meaning alone; the text always does. The marker's box is the size the text needs and its shape
// may reach past it, as the triangle and diamond are drawn larger to weigh as much as the circle. While the lookup
// loads, `.loading` is an empty frame of the same height (its words are visually hidden, and no marker is drawn),
// so the line does not jump when the tier arrives. No comments inside the CSS: they would ship to every page.
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
    border: 1px solid;
    border-radius: var(--ijm-tier-badge-radius, var(--_ijm-radius));
    font-weight: 600;
    font-size: var(--ijm-tier-badge-font-size, 0.875em);
    white-space: nowrap;
    color: var(--_ijm-tier-color);
    background: var(--_ijm-tier-background);
  }

  svg {
    inline-size: 0.7em;
    block-size: 0.7em;
    flex: none;
    overflow: visible;
    fill: currentColor;
  }
  .ring-marker {
    fill: none;
    stroke: currentColor;
    stroke-width: 0.4;
  }

  .t-special {
    border-style: dashed;
  }

  .loading {
    color: var(--_ijm-color-muted);
    border-style: dotted;
    min-inline-size: 5.5em;
  }
`;

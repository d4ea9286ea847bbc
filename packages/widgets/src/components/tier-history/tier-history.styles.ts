import { css } from 'lit';

// Tier colours come from the kit's palette and marker shapes from the kit's marker, as in the badge, so a tier looks
// the same in a badge and a chart, and colour is never the only cue. Text in the SVG is 12 px: the viewBox
// follows the element's width, so it is never scaled down.
export const tierHistoryStyles = css`
  :host {
    display: block;
    --_line: var(--ijm-tier-history-line-color, var(--_ijm-color-muted));
    --_gap: var(--ijm-tier-history-gap-color, color-mix(in srgb, var(--_ijm-color-muted) 18%, transparent));
    --_highlight: var(
      --ijm-tier-history-highlight-color,
      color-mix(in srgb, var(--_ijm-color-accent) 16%, transparent)
    );
    --_callout-background: var(--ijm-tier-history-callout-background, var(--_ijm-color-surface));
  }

  figure {
    margin: 0;
    max-inline-size: var(--ijm-tier-history-max-width, none);
  }

  /* While the dataset loads, the height reserve-space.css reserved (if the page links it), so nothing moves twice. */
  figure[aria-busy] {
    min-block-size: var(--ijm-reserve-block-size, var(--_ijm-reserve, auto));
  }

  figcaption {
    font-weight: 700;
    line-height: 1.3;
  }

  .summary {
    margin-block: var(--_ijm-space-1) var(--_ijm-space-2);
    color: var(--_ijm-color-muted);
    font-size: 0.875em;
    line-height: 1.4;
  }

  .chart {
    position: relative;
  }

  .chart svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
    font-size: 12px;
  }

  /* Holds the chart's place (four bands and the axis) while the dataset loads. */
  .placeholder {
    block-size: 172px;
    margin-block-start: var(--_ijm-space-2);
    border: 1px dashed var(--_ijm-color-border);
    border-radius: var(--_ijm-radius);
  }

  .band-fill {
    fill: var(--_ijm-tier-background);
  }
  .band-label {
    fill: var(--_ijm-tier-color);
    font-weight: 600;
  }
  .special-divider {
    stroke: var(--_ijm-color-border);
    stroke-dasharray: 4 3;
  }
  .gap {
    fill: var(--_gap);
  }
  .highlight {
    fill: var(--_highlight);
  }
  .line {
    fill: none;
    stroke: var(--_line);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .year text {
    fill: var(--_ijm-color-muted);
  }
  .highlight-label text {
    fill: var(--_ijm-color-text);
    font-weight: 700;
  }
  .tick {
    stroke: var(--_ijm-color-border);
  }

  .point,
  .point:focus-visible {
    outline: none;
  }
  .marker {
    fill: var(--_ijm-tier-color);
  }
  .marker > * {
    vector-effect: non-scaling-stroke;
  }
  .point .marker {
    stroke: var(--_ijm-color-surface);
    stroke-width: 1.5;
  }
  .point:hover .marker {
    stroke: var(--_ijm-color-text);
  }
  .ring-marker {
    fill: var(--_ijm-color-surface);
    stroke: var(--_ijm-tier-color);
    stroke-width: 2;
  }
  .hit {
    fill: transparent;
  }
  .ring {
    fill: none;
    stroke: var(--_ijm-color-focus);
    stroke-width: 3;
    visibility: hidden;
  }
  .point:focus .ring {
    visibility: visible;
  }

  .callout {
    position: absolute;
    z-index: 1;
    inline-size: max-content;
    max-inline-size: min(20rem, 60%);
    margin: 0;
    padding: var(--_ijm-space-2) var(--_ijm-space-3);
    background: var(--_callout-background);
    color: var(--_ijm-color-text);
    border: 1px solid var(--_ijm-color-border);
    border-radius: var(--_ijm-radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    font-size: 0.8125em;
    line-height: 1.4;
    pointer-events: none;
    overflow-wrap: anywhere;
  }
  .callout.start {
    --_tx: -1rem;
  }
  .callout.middle {
    --_tx: -50%;
  }
  .callout.end {
    --_tx: calc(-100% + 1rem);
  }
  .callout.above {
    translate: var(--_tx) calc(-100% - 16px);
  }
  .callout.below {
    translate: var(--_tx) 16px;
  }
  .callout-title {
    margin: 0 0 var(--_ijm-space-1);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ijm-space-2);
  }
  .callout-tier {
    font-weight: 600;
  }
  .evidence,
  .inferred,
  .review {
    display: block;
    margin-block-start: var(--_ijm-space-1);
  }
  .review {
    font-style: italic;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_ijm-space-1) var(--_ijm-space-3);
    margin-block: var(--_ijm-space-2);
    font-size: 0.875em;
  }
  .legend-label {
    font-weight: 600;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ijm-space-1) var(--_ijm-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .swatch {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  .swatch .gap,
  .swatch .highlight {
    stroke: var(--_ijm-color-border);
  }

  .table-toggle {
    font: inherit;
    font-size: 0.875em;
    min-block-size: 2.25em;
    padding-inline: var(--_ijm-space-3);
    color: var(--_ijm-color-accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_ijm-radius);
    cursor: pointer;
  }

  .table {
    inline-size: 100%;
    margin-block-start: var(--_ijm-space-2);
    border-collapse: collapse;
    font-size: 0.875em;
    line-height: 1.4;
  }
  .table caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_ijm-space-1);
  }
  .table th,
  .table td {
    text-align: start;
    vertical-align: top;
    padding: var(--_ijm-space-1) var(--_ijm-space-2);
    border-block-end: 1px solid var(--_ijm-color-border);
    overflow-wrap: anywhere;
  }
  .table .review {
    font-style: normal;
  }
  .highlight-row {
    background: var(--_highlight);
  }

  .sources {
    margin-block-start: var(--_ijm-space-3);
    font-size: 0.875em;
    line-height: 1.4;
  }
  .sources summary {
    cursor: pointer;
    color: var(--_ijm-color-accent);
  }
  .sources a,
  .table a {
    color: var(--_ijm-color-accent);
  }
  .source-list {
    padding-inline-start: 1.25em;
  }

  .message {
    margin: 0;
    padding: var(--_ijm-space-3);
    border: 1px solid var(--_ijm-color-border);
    border-inline-start: 4px solid var(--_ijm-color-danger);
    border-radius: var(--_ijm-radius);
  }
`;

// The chart's geometry, in CSS pixels: pure functions of the rows shown, the highlighted years and the element's width,
// with no Lit and no DOM, so they are tested in Node (tier-history.geometry.node.test.ts). The viewBox follows the
// element's width, so one unit is one pixel and text stays 12 px at any width; only the number of year labels and the
// band labels' length adapt.
import type { KnownPlacement, PlacementLookup, Tier } from '@ijm/core/tiers';

/** Ranked bands, best at the top. Special Cases get a band of their own below, set apart, as they are no rank. */
export const RANKED: readonly Tier[] = ['1', '2', '2WL', '3'];

export const BAND = 34;
export const TOP = 6;
export const SPECIAL_GAP = 8;
export const AXIS = 30;
const RIGHT = 14;
/** Under this width the band labels are short (`T2WL`) and the plot starts further left. */
export const NARROW = 480;
const MIN_LABEL_SPACING = 38;
/** The narrowest chart drawn: below it, the SVG scales down rather than crowding the points. */
const MIN_WIDTH = 200;

/** Rounds to a tenth of a pixel: enough for the eye, and short in the markup. */
export const round = (value: number): number => Math.round(value * 10) / 10;

export const isKnown = (placement: PlacementLookup): placement is KnownPlacement => placement.status === 'known';

/** A band: its tier and its top edge; it is `BAND` high. */
export interface Band {
  readonly tier: Tier;
  readonly top: number;
}

/** A year's column, drawn only when the year is unknown (`gap`) or highlighted (`highlight`). */
export interface Column {
  readonly year: number;
  readonly x: number;
  readonly width: number;
  readonly gap: boolean;
  readonly highlight: boolean;
}

/** A known year's point: the centre of its marker, the marker's radius, its hit area's and its focus ring's. */
export interface Point {
  readonly placement: KnownPlacement;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly hitR: number;
  readonly ringR: number;
}

/** A labelled year on the axis. */
export interface YearLabel {
  readonly year: number;
  readonly x: number;
  readonly highlight: boolean;
}

export interface ChartGeometry {
  /** The drawing's width (the element's, at least 200) and height. */
  readonly width: number;
  readonly height: number;
  readonly narrow: boolean;
  /** Where the plot starts: the band labels sit left of it. */
  readonly left: number;
  /** The width of one year's column. */
  readonly step: number;
  readonly plotBottom: number;
  /** Tier 1 to Tier 3, then Special Case when the years shown include one. */
  readonly bands: readonly Band[];
  /** The dashed line above the Special Case band, when there is one. */
  readonly dividerY: number | undefined;
  readonly columns: readonly Column[];
  /** The step line, as SVG path data: it breaks at unknown years and never enters the Special Case band. */
  readonly path: string;
  readonly points: readonly Point[];
  readonly labels: readonly YearLabel[];
  /** The centre of the row at `index`. */
  xOf(index: number): number;
  /** The vertical centre of a tier's band. */
  yOf(tier: Tier): number;
}

/**
 * Lays out the chart: one column per row (unknown years included, as gaps), bands top to bottom, the step line, the
 * points and the year labels.
 */
export function chartGeometry(
  rows: readonly PlacementLookup[],
  highlights: ReadonlySet<number>,
  elementWidth: number,
): ChartGeometry {
  const width = Math.max(MIN_WIDTH, elementWidth);
  const narrow = width < NARROW;
  const hasSpecial = rows.some((placement) => isKnown(placement) && placement.tier === 'special');
  const tiers: readonly Tier[] = hasSpecial ? [...RANKED, 'special'] : RANKED;
  const bandTop = (tier: Tier) => TOP + tiers.indexOf(tier) * BAND + (tier === 'special' ? SPECIAL_GAP : 0);
  const plotBottom = TOP + tiers.length * BAND + (hasSpecial ? SPECIAL_GAP : 0);
  const left = narrow ? 46 : 104;
  const step = (width - left - RIGHT) / Math.max(1, rows.length);
  const xOf = (index: number) => left + (index + 0.5) * step;
  const yOf = (tier: Tier) => bandTop(tier) + BAND / 2;
  const radius = Math.max(3.5, Math.min(6, step * 0.32));

  const columns: Column[] = [];
  const points: Point[] = [];
  rows.forEach((placement, index) => {
    const gap = !isKnown(placement);
    const highlight = highlights.has(placement.year);
    if (gap || highlight) columns.push({ year: placement.year, x: xOf(index) - step / 2, width: step, gap, highlight });
    if (isKnown(placement)) {
      const r = highlight ? radius * 1.3 : radius;
      points.push({
        placement,
        x: xOf(index),
        y: yOf(placement.tier),
        r,
        hitR: Math.max(r + 4, Math.min(14, step / 2)),
        ringR: r + 5,
      });
    }
  });

  const labelled = yearLabels(rows, highlights, step);
  return {
    width,
    height: plotBottom + AXIS,
    narrow,
    left,
    step,
    plotBottom,
    bands: tiers.map((tier) => ({ tier, top: bandTop(tier) })),
    dividerY: hasSpecial ? bandTop('special') - SPECIAL_GAP / 2 : undefined,
    columns,
    path: stepPath(rows, xOf, yOf),
    points,
    labels: rows.flatMap((placement, index) =>
      labelled.has(placement.year)
        ? [{ year: placement.year, x: xOf(index), highlight: highlights.has(placement.year) }]
        : [],
    ),
    xOf,
    yOf,
  };
}

/**
 * The step line: it holds each tier until the next report, then moves; it breaks at unknown years and never enters
 * the Special Case band, which is no rank to step to.
 */
export function stepPath(
  rows: readonly PlacementLookup[],
  xOf: (index: number) => number,
  yOf: (tier: Tier) => number,
): string {
  let path = '';
  let penDown = false;
  rows.forEach((placement, index) => {
    if (isKnown(placement) && placement.tier !== 'special') {
      path += penDown
        ? `H${round(xOf(index))}V${round(yOf(placement.tier))}`
        : `M${round(xOf(index))} ${round(yOf(placement.tier))}`;
      penDown = true;
    } else penDown = false;
  });
  return path;
}

/**
 * The years to label: highlighted ones first, then the first and last, then round years, none closer to another than
 * a label needs.
 */
export function yearLabels(
  rows: readonly PlacementLookup[],
  highlights: ReadonlySet<number>,
  step: number,
): ReadonlySet<number> {
  const every = [1, 2, 5, 10, 25].find((n) => n * step >= MIN_LABEL_SPACING) ?? 25;
  const years = rows.map((placement) => placement.year);
  const candidates = [
    ...[...highlights].sort((a, b) => a - b),
    ...years.slice(0, 1),
    ...years.slice(-1),
    ...years.filter((year) => year % every === 0),
  ];
  const chosen: number[] = [];
  for (const year of candidates) {
    if (chosen.every((other) => Math.abs(other - year) * step >= MIN_LABEL_SPACING)) chosen.push(year);
  }
  return new Set(chosen);
}

/** Where the callout goes, for the row at `index`: a position in percent of the chart, and which way it opens. */
export interface CalloutPlacement {
  readonly left: string;
  readonly top: string;
  /** Below the point in the upper half, above it in the lower half. */
  readonly vertical: 'below' | 'above';
  /** Anchored at its start or end near the edges, so it stays inside the chart at 320 px. */
  readonly horizontal: 'start' | 'middle' | 'end';
}

export function calloutPlacement(geometry: ChartGeometry, index: number, placement: PlacementLookup): CalloutPlacement {
  const x = geometry.xOf(index) / geometry.width;
  // An unknown year has no point: the callout sits at the Tier 3 band's height, as a point would there.
  const y = geometry.yOf(isKnown(placement) ? placement.tier : '3') / geometry.height;
  return {
    left: `${(x * 100).toFixed(2)}%`,
    top: `${(y * 100).toFixed(2)}%`,
    vertical: y < 0.5 ? 'below' : 'above',
    horizontal: x < 0.3 ? 'start' : x > 0.7 ? 'end' : 'middle',
  };
}

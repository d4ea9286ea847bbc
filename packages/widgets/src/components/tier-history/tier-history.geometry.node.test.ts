import type { KnownPlacement, PlacementLookup, Tier } from '@ijm/core/tiers';
import { describe, expect, it } from 'vitest';
import {
  AXIS,
  BAND,
  calloutPlacement,
  chartGeometry,
  isKnown,
  NARROW,
  stepPath,
  TOP,
  yearLabels,
} from './tier-history.geometry.js';

type Year = PlacementLookup['year'];

/** A row per year from 2001: a tier, or `.` for a year the dataset does not know. */
function rows(...tiers: (Tier | '.')[]): PlacementLookup[] {
  return tiers.map((tier, index) => {
    const year = (2001 + index) as Year;
    if (tier === '.') return { status: 'unknown', country: 'XXX', year };
    const known: KnownPlacement = {
      status: 'known',
      country: 'XXX',
      year,
      tier,
      provenance: { kind: 'sourced', sources: ['S1'] },
    };
    return known;
  });
}

const none: ReadonlySet<number> = new Set();

describe('chartGeometry', () => {
  it('stacks Tier 1 to Tier 3 in bands, with the Special Case band apart below only when a year has one', () => {
    const ranked = chartGeometry(rows('1', '2', '2WL', '3'), none, 640);
    expect(ranked.bands.map((band) => band.tier)).toEqual(['1', '2', '2WL', '3']);
    expect(ranked.bands.map((band) => band.top)).toEqual([TOP, TOP + BAND, TOP + 2 * BAND, TOP + 3 * BAND]);
    // The loading placeholder holds exactly this height (172 px), so the page does not jump when the chart arrives.
    expect(ranked.height).toBe(172);
    expect(ranked.plotBottom + AXIS).toBe(ranked.height);
    expect(ranked.dividerY).toBeUndefined();

    const special = chartGeometry(rows('3', 'special', '3'), none, 640);
    expect(special.bands.map((band) => band.tier)).toEqual(['1', '2', '2WL', '3', 'special']);
    const tier3 = special.bands[3]?.top ?? Number.NaN;
    const specialTop = special.bands[4]?.top ?? Number.NaN;
    // Set apart by a gap, with the divider in the gap.
    expect(specialTop).toBeGreaterThan(tier3 + BAND);
    expect(special.dividerY).toBeGreaterThan(tier3 + BAND);
    expect(special.dividerY).toBeLessThan(specialTop);
    expect(special.height).toBeGreaterThan(ranked.height + BAND);
  });

  it('puts one point per known year, left to right, at the centre of its tier’s band', () => {
    const geometry = chartGeometry(rows('3', '.', '2', '2WL', '.', '1'), none, 640);
    expect(geometry.points.map((point) => point.placement.year)).toEqual([2001, 2003, 2004, 2006]);
    const xs = geometry.points.map((point) => point.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
    for (const point of geometry.points) {
      const band = geometry.bands.find((candidate) => candidate.tier === point.placement.tier);
      expect(point.y).toBe((band?.top ?? Number.NaN) + BAND / 2);
      expect(point.x).toBeGreaterThan(geometry.left);
      expect(point.x).toBeLessThan(geometry.width);
    }
    // Tier 1 is drawn above Tier 3.
    expect(geometry.yOf('1')).toBeLessThan(geometry.yOf('3'));
  });

  it('draws a column for each unknown year and each highlighted one, and nothing for the others', () => {
    const geometry = chartGeometry(rows('3', '.', '2', '.'), new Set([2003, 2004]), 640);
    expect(geometry.columns.map(({ year, gap, highlight }) => [year, gap, highlight])).toEqual([
      [2002, true, false],
      [2003, false, true],
      [2004, true, true],
    ]);
    for (const column of geometry.columns) {
      expect(column.width).toBeCloseTo(geometry.step);
      // Centred on its year.
      const index = column.year - 2001;
      expect(column.x + column.width / 2).toBeCloseTo(geometry.xOf(index));
    }
  });

  it('sizes points to the space, larger when highlighted, with a hit area and focus ring around each', () => {
    const wide = chartGeometry(rows('1', '2', '3'), new Set([2002]), 1000);
    const [plain, highlighted] = wide.points;
    expect(plain?.r).toBe(6);
    expect(highlighted?.r).toBeCloseTo(7.8);
    for (const point of wide.points) {
      expect(point.hitR).toBeGreaterThanOrEqual(point.r + 4);
      expect(point.ringR).toBe(point.r + 5);
    }
    // Twenty-five years on the narrowest chart: the points shrink, but not below 3.5 px.
    const crowded = chartGeometry(rows(...Array.from({ length: 25 }, () => '2' as const)), none, 200);
    expect(crowded.points.every((point) => point.r === 3.5)).toBe(true);
  });

  it('shortens its band labels and starts further left when narrow; never draws narrower than 200 px', () => {
    const wide = chartGeometry(rows('1', '2'), none, NARROW);
    const narrow = chartGeometry(rows('1', '2'), none, NARROW - 1);
    expect(wide.narrow).toBe(false);
    expect(narrow.narrow).toBe(true);
    expect(narrow.left).toBeLessThan(wide.left);
    expect(chartGeometry(rows('1'), none, 120).width).toBe(200);
  });
});

describe('stepPath', () => {
  const geometry = (placements: PlacementLookup[]) => chartGeometry(placements, none, 640);

  it('holds each tier until the next report, then steps to the next band', () => {
    const placements = rows('1', '1', '3');
    const { path, xOf, yOf } = geometry(placements);
    const r = (value: number) => Math.round(value * 10) / 10;
    expect(path).toBe(`M${r(xOf(0))} ${r(yOf('1'))}H${r(xOf(1))}V${r(yOf('1'))}H${r(xOf(2))}V${r(yOf('3'))}`);
  });

  it('breaks at unknown years instead of joining across them', () => {
    const { path } = geometry(rows('3', '3', '.', '.', '2', '.', '2'));
    expect(path.match(/M/g)).toHaveLength(3);
  });

  it('never enters the Special Case band, which is no rank to step to', () => {
    const placements = rows('3', 'special', '2');
    const { path, yOf } = geometry(placements);
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path).not.toContain(String(Math.round(yOf('special') * 10) / 10));
    expect(
      stepPath(
        rows('special', 'special'),
        () => 0,
        () => 0,
      ),
    ).toBe('');
  });
});

describe('yearLabels', () => {
  const years = rows(...Array.from({ length: 25 }, () => '2' as const));

  it('labels every year when there is room, and fewer, never crowded, when there is not', () => {
    expect(yearLabels(years, none, 40).size).toBe(25);
    for (const step of [8, 12, 20, 30]) {
      const labels = [...yearLabels(years, none, step)].sort((a, b) => a - b);
      expect(labels.length).toBeLessThan(25);
      for (let i = 1; i < labels.length; i++) {
        expect(((labels[i] ?? 0) - (labels[i - 1] ?? 0)) * step).toBeGreaterThanOrEqual(38);
      }
    }
  });

  it('labels the highlighted years first, then the first year, even where a round year would be', () => {
    const labels = yearLabels(years, new Set([2009, 2017]), 8);
    expect(labels.has(2009)).toBe(true);
    expect(labels.has(2017)).toBe(true);
    expect(labels.has(2001)).toBe(true);
    // 2010 and 2015, round years, would crowd the highlighted ones.
    expect(labels.has(2010)).toBe(false);
    expect(labels.has(2015)).toBe(false);
    // Two highlighted years too close for two labels: the earlier one wins.
    const close = yearLabels(years, new Set([2013, 2014]), 8);
    expect(close.has(2013)).toBe(true);
    expect(close.has(2014)).toBe(false);
    // Room permitting, the last one too.
    expect(yearLabels(years, none, 16).has(2025)).toBe(true);
  });
});

describe('calloutPlacement', () => {
  const placements = rows('1', '2', '2', '2', '2', '2', '2', '2', '2', '3');
  const geometry = chartGeometry(placements, none, 640);
  const at = (index: number) => {
    const placement = placements[index];
    if (placement === undefined) throw new Error(`no row ${index}`);
    return calloutPlacement(geometry, index, placement);
  };

  it('places the callout at the point, in percent of the chart', () => {
    const callout = at(0);
    expect(callout.left).toBe(`${((geometry.xOf(0) / geometry.width) * 100).toFixed(2)}%`);
    expect(callout.top).toBe(`${((geometry.yOf('1') / geometry.height) * 100).toFixed(2)}%`);
  });

  it('opens away from the nearest edges, so it stays inside the chart', () => {
    expect(at(0)).toMatchObject({ horizontal: 'start', vertical: 'below' });
    expect(at(4)).toMatchObject({ horizontal: 'middle' });
    expect(at(9)).toMatchObject({ horizontal: 'end', vertical: 'above' });
  });
});

it('isKnown tells placements from unknown years', () => {
  expect(rows('1', '.').map(isKnown)).toEqual([true, false]);
});

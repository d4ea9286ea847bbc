import type { Tier } from '@ijm/core/tiers';
import { type SVGTemplateResult, svg } from 'lit';

// Each tier's marker shape, defined once for every tier widget: circle (Tier 1), square (Tier 2), triangle (Watch
// List), diamond (Tier 3), ring (Special Case), so that colour is never the only cue. Each is centred on 0,0 with
// radius 1, and the caller places and sizes it (a `transform` in the chart, a `viewBox` in the badge); the triangle and
// diamond reach further than 1, so that every shape weighs about the same. Only the ring has a class (`ring-marker`:
// stroked, not filled); every shape takes its colours from the caller's styles. A template is data that Lit renders
// any number of times, so one of each serves every marker on the page.
const MARKERS: Readonly<Record<Tier, SVGTemplateResult>> = {
  '1': svg`<circle r="1"/>`,
  '2': svg`<rect x="-.85" y="-.85" width="1.7" height="1.7" rx=".25"/>`,
  '2WL': svg`<polygon points="0,-1.15 1.15,.92 -1.15,.92"/>`,
  '3': svg`<polygon points="0,-1.25 1.25,0 0,1.25 -1.25,0"/>`,
  special: svg`<circle class="ring-marker" r=".8"/>`,
};

/**
 * A tier's marker shape, centred on 0,0 with radius 1: place and size it with a `transform` or a `viewBox`. A stroke
 * given by the caller scales with it, unless the caller's styles set `vector-effect: non-scaling-stroke`.
 */
export const marker = (tier: Tier): SVGTemplateResult => MARKERS[tier];

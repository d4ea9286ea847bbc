import type { KnownPlacement, PlacementExplanation, PlacementLookup, SourceInfo, Tier } from '@ijm/core/tiers';
import { html, LitElement, nothing, type SVGTemplateResult, svg } from 'lit';
import { LocalizeController } from '../../kit/localize.js';
import { ignoreProperty, readText } from '../../kit/read-property.js';
import { readYearAttribute, type TierData, TierDataController, type TierDataState } from '../../kit/tier-data.js';
import { hostStyles } from '../../kit/tokens.js';
import { tierPalette } from '../tier-badge/tier-badge.styles.js';
import { type TierHistoryMessages, tierHistoryCatalogs } from './tier-history.messages.js';
import { tierHistoryStyles } from './tier-history.styles.js';

type Term = LocalizeController<TierHistoryMessages>['term'];

/** What the element shows, worked out before each render from the attributes and the dataset. */
type View =
  | { readonly kind: 'loading' }
  | { readonly kind: 'message'; readonly text: (term: Term) => string }
  | {
      readonly kind: 'chart';
      readonly alpha3: string;
      readonly countryName: string;
      readonly from: number;
      readonly to: number;
      /** One per report year from `from` to `to`, unknown years included. */
      readonly rows: readonly PlacementLookup[];
      readonly highlights: ReadonlySet<number>;
    };

/** The source registry and the texts behind inferred and flagged placements: a separate chunk, loaded on need. */
type SourcesState =
  | { readonly kind: 'idle' | 'loading' | 'failed' }
  | {
      readonly kind: 'ready';
      readonly describe: (id: string) => SourceInfo | undefined;
      readonly explain: (placement: PlacementLookup) => PlacementExplanation;
    };

/** Ranked bands, best at the top. Special Cases get a band of their own below, set apart, as they are no rank. */
const RANKED: readonly Tier[] = ['1', '2', '2WL', '3'];

// Geometry in CSS pixels: the viewBox follows the element's width, so one unit is one pixel and text stays 12 px
// at any width; only the number of year labels and the band labels' length adapt.
const BAND = 34;
const TOP = 6;
const SPECIAL_GAP = 8;
const AXIS = 30;
const RIGHT = 14;
const NARROW = 480;
const MIN_LABEL_SPACING = 38;
const DEFAULT_WIDTH = 640;

const round = (value: number) => Math.round(value * 10) / 10;
const tierClass = (tier: Tier) => `t-${tier.toLowerCase()}`;
const isKnown = (placement: PlacementLookup): placement is KnownPlacement => placement.status === 'known';

/** A marker whose shape matches `<ijm-tier-badge>`: circle, square, triangle, diamond, ring. */
function marker(tier: Tier, x: number, y: number, r: number): SVGTemplateResult {
  switch (tier) {
    case '1':
      return svg`<circle class="marker" cx=${round(x)} cy=${round(y)} r=${round(r)}></circle>`;
    case '2': {
      const half = r * 0.85;
      return svg`<rect class="marker" x=${round(x - half)} y=${round(y - half)} width=${round(half * 2)}
        height=${round(half * 2)} rx="1.5"></rect>`;
    }
    case '2WL': {
      const s = r * 1.15;
      return svg`<polygon class="marker" points=${`${round(x)},${round(y - s)} ${round(x + s)},${round(y + s * 0.8)} ${round(x - s)},${round(y + s * 0.8)}`}></polygon>`;
    }
    case '3': {
      const s = r * 1.25;
      return svg`<polygon class="marker" points=${`${round(x)},${round(y - s)} ${round(x + s)},${round(y)} ${round(x)},${round(y + s)} ${round(x - s)},${round(y)}`}></polygon>`;
    }
    case 'special':
      return svg`<circle class="marker ring-marker" cx=${round(x)} cy=${round(y)} r=${round(r - 1)}></circle>`;
  }
}

/** `2001, 2002, 2003, 2009` → `2001–2003, 2009`. */
function yearRanges(years: readonly number[]): string {
  const parts: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  for (const year of [...years, Number.NaN]) {
    if (start !== undefined && previous !== undefined && year === previous + 1) {
      previous = year;
      continue;
    }
    if (start !== undefined && previous !== undefined)
      parts.push(start === previous ? `${start}` : `${start}–${previous}`);
    start = year;
    previous = year;
  }
  return parts.join(', ');
}

/** A source's address as a link target, only when it is `https:`: never an `http:` or `github:` link. */
function httpsAddress(address: string | undefined): string | undefined {
  if (address === undefined) return undefined;
  try {
    return new URL(address).protocol === 'https:' ? address : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @summary A country's tier in the US Trafficking in Persons Report, year by year, as a step chart with a data table
 * alternative and the sources behind every placement. Years the dataset does not know are drawn as gaps, never filled
 * in.
 *
 * Bands run from Tier 1 at the top to Tier 3; a Special Case, which is no rank, gets a band of its own below Tier 3
 * (shown only when the years include one) and the step line never joins it. Each known year is a focusable point:
 * Tab enters the chart at one point (roving tabindex), ArrowLeft/ArrowRight move to the previous or next known year,
 * skipping gaps (the summary names the unknown years), Home/End go to the first or last, Escape hides the callout.
 * The dataset loads on first use (one request per page); the source registry, only for the sources footnote or for
 * placements that are inferred or flagged for review.
 * @tag ijm-tier-history
 * @since 0.1.0
 *
 * @attr country - The country: ISO alpha-2 or alpha-3 in any case (`MYS`, `my`), or an English name (`Malaysia`).
 * @attr from - The first report year to show (default 2001, the first report).
 * @attr to - The last report year to show (default: the latest report in the dataset).
 * @attr highlight - Report years to emphasise, comma-separated (`2021,2022`): a tinted column and a label that is
 * always shown.
 *
 * @csspart figure - The `<figure>` around everything.
 * @csspart caption - The chart's title: country and years.
 * @csspart summary - The sentence under the title: how many years are known, the latest, the gaps.
 * @csspart chart - The box holding the SVG and the callout.
 * @csspart callout - The box showing the focused or hovered year: tier, source or reasoning, review flag.
 * @csspart legend - The key to bands and markers.
 * @csspart table-toggle - The "Show as table" button.
 * @csspart table - The data table (always in the accessibility tree; shown on request).
 * @csspart sources - The `<details>` listing the sources used.
 * @csspart message - The message shown instead of the chart (unknown country, bad years, data not loaded).
 *
 * @cssprop --ijm-tier-history-max-width - Maximum width of the whole figure (default none).
 * @cssprop --ijm-tier-history-line-color - Colour of the step line (default the muted text colour).
 * @cssprop --ijm-tier-history-gap-color - Fill of the columns for unknown years.
 * @cssprop --ijm-tier-history-highlight-color - Fill of the columns for highlighted years.
 * @cssprop --ijm-tier-history-callout-background - Background of the callout (default the surface colour).
 * @cssprop --ijm-tier-1-color - Marker and band label colour for Tier 1, as in the badge (likewise `-2-`, `-2wl-`, …).
 * @cssprop --ijm-tier-1-background - Band colour for Tier 1, as in the badge (likewise `-2-`, `-2wl-`, `-3-`, `-special-`).
 *
 * State (`:state(…)`): `loading` while the dataset downloads, `ready` once it is there, `failed` if it could not be
 * loaded. No events: the element only displays.
 */
export class IjmTierHistory extends LitElement {
  static override styles = [hostStyles, tierPalette, tierHistoryStyles];

  // `static properties` rather than decorators, as in every widget: the decorator helper would otherwise be a chunk
  // that every page downloads, whichever widget it shows.
  static override properties = { country: {}, from: {}, to: {}, highlight: {}, messages: { attribute: false } };

  // Every property accepts any JavaScript value: a number reads as its string form (`from = 2014`), and a value of
  // another kind (object, boolean, NaN) counts as unset, with one console warning per property.

  /** The country: ISO alpha-2 or alpha-3 (any case) or an English name. */
  declare country: string | undefined;

  /** The first report year shown; default 2001. */
  declare from: string | number | undefined;

  /** The last report year shown; default the latest report. */
  declare to: string | number | undefined;

  /** Report years to emphasise: comma-separated text (`2021,2022`), a year, or a list of years (`[2021, 2022]`). */
  declare highlight: string | number | readonly (string | number)[] | undefined;

  /** Messages to use instead of the built-in ones, by key (for example `{ showTable: '…' }`). */
  declare messages: Partial<TierHistoryMessages> | undefined;

  readonly #localize = new LocalizeController<TierHistoryMessages>(this, tierHistoryCatalogs);
  readonly #data = new TierDataController(this, this.#attachInternals());
  #view: View = { kind: 'loading' };
  #width = DEFAULT_WIDTH;
  #resizeObserver: ResizeObserver | undefined;
  /** The point that takes Tab (roving tabindex). */
  #active: number | undefined;
  #focused: number | undefined;
  #hovered: number | undefined;
  /** Escape hides the callout until focus or the pointer moves to another point. */
  #calloutDismissed = false;
  #tableShown = false;
  #sources: SourcesState = { kind: 'idle' };
  #calloutAt: { left: string; top: string } | undefined;

  #attachInternals(): ElementInternals | undefined {
    try {
      return this.attachInternals();
    } catch {
      return undefined;
    }
  }

  /** `loading`, `ready` or `failed` once a country is set; `idle` before. */
  get dataState(): TierDataState {
    return this.#data.state;
  }

  /** The placements shown, one per report year from `from` to `to` (unknown years included), once loaded. */
  get placements(): readonly PlacementLookup[] {
    return this.#view.kind === 'chart' ? this.#view.rows : [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver ??= new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? 0);
      if (width <= 0 || width === this.#width) return;
      this.#width = width;
      // Re-rendering changes the element's height; doing it in the next frame rather than inside this callback
      // avoids the browser's "ResizeObserver loop completed with undelivered notifications" error.
      requestAnimationFrame(() => this.requestUpdate());
    });
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
  }

  protected override willUpdate(): void {
    this.#view = this.#compute();
    if (this.#view.kind !== 'chart') return;
    const known = this.#view.rows.filter(isKnown);
    const years = known.map((placement) => placement.year as number);
    if (this.#active === undefined || !years.includes(this.#active)) this.#active = years[0];
    // An inferred placement's reasoning and a flag's note live in the sources chunk: the chart needs it only when
    // it shows such a placement (or the reader opens the sources footnote).
    if (known.some((placement) => placement.provenance.kind === 'inferred' || placement.review !== undefined)) {
      this.#loadSources();
    }
  }

  #compute(): View {
    // Every property is read (and a wrong kind of value warned about) on every update, whatever the view needs.
    // The localize controller reads `messages` key by key, and finds no message in a value that is no object.
    if (typeof this.messages !== 'object') ignoreProperty(this, 'messages');
    const country = readText(this, 'country');
    const from = readText(this, 'from');
    const to = readText(this, 'to');
    const highlight = [this.highlight]
      .flat()
      .map((year) => readText(this, 'highlight', year))
      .join();
    if (!country) return { kind: 'message', text: (term) => term('countryNeeded') };
    const data = this.#data.request();
    if (data === undefined) {
      return this.#data.state === 'failed'
        ? { kind: 'message', text: (term) => term('loadFailed') }
        : { kind: 'loading' };
    }
    // The report years come with the dataset (kit/tier-data.ts says why widgets import no values from the core's
    // tiers), so the range is checked once it has loaded.
    const range = this.#range(data, from, to);
    if ('text' in range) return range;
    return this.#chartView(data, country, range.from, range.to, highlight);
  }

  #range(
    data: TierData,
    fromText: string | undefined,
    toText: string | undefined,
  ): { from: number; to: number } | Extract<View, { kind: 'message' }> {
    const { FIRST_REPORT_YEAR, LAST_REPORT_YEAR } = data;
    const years: number[] = [];
    for (const [text = '', fallback] of [
      [fromText, FIRST_REPORT_YEAR],
      [toText, LAST_REPORT_YEAR],
    ] as const) {
      const year = text === '' ? fallback : readYearAttribute(text);
      if (typeof year !== 'number') return { kind: 'message', text: (term) => term('notAYear', text) };
      years.push(year);
    }
    const [from = FIRST_REPORT_YEAR, to = LAST_REPORT_YEAR] = years;
    const inReports = (year: number) => year >= FIRST_REPORT_YEAR && year <= LAST_REPORT_YEAR;
    if (!inReports(from) || !inReports(to)) {
      return { kind: 'message', text: (term) => term('outOfRange', from, to, FIRST_REPORT_YEAR, LAST_REPORT_YEAR) };
    }
    if (from > to) return { kind: 'message', text: (term) => term('reversed', from, to) };
    return { from, to };
  }

  #chartView(data: TierData, country: string, from: number, to: number, highlight: string): View {
    const history = data.getHistory(country);
    if (!history.ok) {
      // `invalid-input` cannot happen here (the input is a non-empty string), so every failure is an unknown country.
      return { kind: 'message', text: (term) => term('unknownCountry', country) };
    }
    const { alpha3 } = history.value.country;
    const name = data.countryName(alpha3, this.#localize.locale);
    const highlights = new Set(
      highlight
        .split(/[\s,]+/)
        .map((part) => readYearAttribute(part))
        .filter((year): year is number => typeof year === 'number' && year >= from && year <= to),
    );
    return {
      kind: 'chart',
      alpha3,
      countryName: name.ok ? name.value : alpha3,
      from,
      to,
      rows: history.value.placements.filter((placement) => placement.year >= from && placement.year <= to),
      highlights,
    };
  }

  protected override updated(): void {
    const callout = this.renderRoot.querySelector<HTMLElement>('[part="callout"]');
    if (callout === null || this.#calloutAt === undefined) return;
    callout.style.setProperty('left', this.#calloutAt.left);
    callout.style.setProperty('top', this.#calloutAt.top);
  }

  // --- Words ---------------------------------------------------------------------------------------------------

  /** Where a placement comes from, and any doubt about it, in words: sourced ids, or the inference, and the flag. */
  #provenance(placement: KnownPlacement): { origin: string; review: string | undefined } {
    const term = this.#localize.term.bind(this.#localize);
    const explained = this.#sources.kind === 'ready' ? this.#sources.explain(placement) : undefined;
    const origin =
      placement.provenance.kind === 'sourced'
        ? term('sourced', placement.provenance.sources.join(', '))
        : term('inferred', explained?.reasoning);
    const review =
      placement.review === undefined ? undefined : term('review', placement.review.confidence, explained?.reviewNote);
    return { origin, review };
  }

  #provenanceText(placement: KnownPlacement): string {
    const { origin, review } = this.#provenance(placement);
    return review === undefined ? `${origin}.` : `${origin}. ${review}.`;
  }

  // --- Events --------------------------------------------------------------------------------------------------

  #yearOf(target: EventTarget | null): number | undefined {
    const point = target instanceof Element ? target.closest('[data-year]') : null;
    const year = Number(point?.getAttribute('data-year'));
    return Number.isInteger(year) && year > 0 ? year : undefined;
  }

  #onFocusIn = (event: FocusEvent) => {
    const year = this.#yearOf(event.target);
    if (year === undefined) return;
    this.#active = year;
    this.#focused = year;
    this.#calloutDismissed = false;
    this.requestUpdate();
  };

  #onFocusOut = (event: FocusEvent) => {
    if (this.#yearOf(event.relatedTarget) !== undefined) return;
    this.#focused = undefined;
    this.requestUpdate();
  };

  #onPointerOver = (event: PointerEvent) => {
    const year = this.#yearOf(event.target);
    if (year === this.#hovered) return;
    this.#hovered = year;
    if (year !== undefined) this.#calloutDismissed = false;
    this.requestUpdate();
  };

  #onPointerLeave = () => {
    this.#hovered = undefined;
    this.requestUpdate();
  };

  #onKeyDown = (event: KeyboardEvent) => {
    if (this.#view.kind !== 'chart') return;
    if (event.key === 'Escape') {
      if (this.#calloutDismissed || (this.#focused === undefined && this.#hovered === undefined)) return;
      this.#calloutDismissed = true;
      event.preventDefault();
      this.requestUpdate();
      return;
    }
    // Only known years are points: arrows skip the gaps, which the summary above the chart names.
    const known = this.#view.rows.filter(isKnown).map((placement) => placement.year as number);
    const current = known.indexOf(this.#yearOf(event.target) ?? this.#active ?? -1);
    const moves: Readonly<Record<string, number>> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: known.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const year = known[Math.max(0, Math.min(known.length - 1, next))];
    if (year === undefined) return;
    this.renderRoot.querySelector<SVGElement>(`[data-year="${year}"]`)?.focus();
  };

  #toggleTable = () => {
    this.#tableShown = !this.#tableShown;
    this.requestUpdate();
  };

  #onSourcesToggle = (event: Event) => {
    if ((event.currentTarget as HTMLDetailsElement).open) this.#loadSources();
  };

  /** Loads the sources chunk once (again after a failure, when the reader asks); re-renders when it arrives. */
  #loadSources(): void {
    if (this.#sources.kind === 'ready' || this.#sources.kind === 'loading') return;
    const data = this.#data.request();
    if (data === undefined) return;
    const retry = this.#sources.kind === 'failed';
    this.#sources = { kind: 'loading' };
    if (retry) this.requestUpdate();
    data.loadTierSources().then(
      (sources) => {
        this.#sources = { kind: 'ready', describe: sources.describeSource, explain: sources.explainPlacement };
        this.requestUpdate();
      },
      (error: unknown) => {
        console.error('@ijm/widgets could not load the tier sources', error);
        this.#sources = { kind: 'failed' };
        this.requestUpdate();
      },
    );
  }

  // --- Rendering -----------------------------------------------------------------------------------------------

  override render() {
    const term = this.#localize.term.bind(this.#localize);
    const view = this.#view;
    if (view.kind === 'loading') {
      return html`<figure part="figure" aria-busy="true" lang=${this.#localize.locale}>
        <figcaption part="caption">${term('loading')}</figcaption>
        <div part="chart" class="chart placeholder"></div>
      </figure>`;
    }
    if (view.kind === 'message') {
      return html`<figure part="figure" lang=${this.#localize.locale}>
        <p part="message" class="message">${view.text(term)}</p>
      </figure>`;
    }
    const known = view.rows.filter(isKnown);
    const unknownYears = view.rows.filter((placement) => !isKnown(placement)).map((placement) => placement.year);
    const latest = known[known.length - 1];
    return html`<figure part="figure" lang=${this.#localize.locale}>
      <figcaption part="caption" id="caption">${term('caption', view.countryName, view.from, view.to)}</figcaption>
      <p part="summary" class="summary" id="summary">
        ${term('summary', known.length, view.rows.length)}
        ${latest === undefined ? nothing : term('latest', term('tier', latest.tier), latest.year)}
        ${unknownYears.length === 0 ? nothing : term('gaps', yearRanges(unknownYears))}
      </p>
      ${this.#renderChart(view, term)} ${this.#renderLegend(view, term)}
      <button
        part="table-toggle"
        class="table-toggle"
        type="button"
        aria-expanded=${this.#tableShown ? 'true' : 'false'}
        aria-controls="table"
        @click=${this.#toggleTable}
      >
        ${this.#tableShown ? term('hideTable') : term('showTable')}
      </button>
      ${this.#renderTable(view, term)} ${known.length === 0 ? nothing : this.#renderSources(view, term)}
    </figure>`;
  }

  #renderChart(view: Extract<View, { kind: 'chart' }>, term: Term) {
    const width = Math.max(200, this.#width);
    const narrow = width < NARROW;
    const hasSpecial = view.rows.some((placement) => isKnown(placement) && placement.tier === 'special');
    const bands: readonly Tier[] = hasSpecial ? [...RANKED, 'special'] : RANKED;
    const bandTop = (tier: Tier) => TOP + bands.indexOf(tier) * BAND + (tier === 'special' ? SPECIAL_GAP : 0);
    const plotBottom = TOP + bands.length * BAND + (hasSpecial ? SPECIAL_GAP : 0);
    const height = plotBottom + AXIS;
    const left = narrow ? 46 : 104;
    const step = (width - left - RIGHT) / view.rows.length;
    const xOf = (index: number) => left + (index + 0.5) * step;
    const yOf = (tier: Tier) => bandTop(tier) + BAND / 2;
    const radius = Math.max(3.5, Math.min(6, step * 0.32));

    // The step line holds each tier until the next report, then moves; it breaks at unknown years and never enters
    // the Special Case band, which is no rank to step to.
    let path = '';
    let penDown = false;
    view.rows.forEach((placement, index) => {
      if (isKnown(placement) && placement.tier !== 'special') {
        path += penDown
          ? `H${round(xOf(index))}V${round(yOf(placement.tier))}`
          : `M${round(xOf(index))} ${round(yOf(placement.tier))}`;
        penDown = true;
      } else penDown = false;
    });

    const labels = this.#yearLabels(view, step);
    const callYear = this.#calloutDismissed ? undefined : (this.#hovered ?? this.#focused);
    const callIndex = view.rows.findIndex((placement) => placement.year === callYear);
    const called = view.rows[callIndex];

    // The SVG is a group of focusable points rather than one `role="img"`: an image's children are presentational, so
    // its points could be neither named nor reached by keyboard. Each point is a `role="img"` with the full reading
    // (year, tier, source) as its name; bands, axis and line are hidden from assistive technology, which gets the same
    // facts from the summary, the points and the table.
    // The listeners sit on the wrapper: Chromium makes an SVG element with focus listeners focusable itself, which
    // would add a stop to the tab order.
    return html`<div
      part="chart"
      class="chart"
      @focusin=${this.#onFocusIn}
      @focusout=${this.#onFocusOut}
      @keydown=${this.#onKeyDown}
      @pointerover=${this.#onPointerOver}
      @pointerleave=${this.#onPointerLeave}
    >
      <svg viewBox="0 0 ${round(width)} ${height}" role="group" aria-labelledby="caption" aria-describedby="summary keyboard-hint">
        <g aria-hidden="true">
          ${bands.map(
            (tier) => svg`<g class=${`band ${tierClass(tier)}`}>
              <rect class="band-fill" x="0" y=${bandTop(tier)} width=${round(width)} height=${BAND}></rect>
              <text class="band-label" x=${left - 8} y=${bandTop(tier) + BAND / 2 + 4} text-anchor="end">${
                narrow ? term('bandShort', tier) : term('band', tier)
              }</text>
            </g>`,
          )}
          ${hasSpecial ? svg`<line class="special-divider" x1="0" x2=${round(width)} y1=${bandTop('special') - SPECIAL_GAP / 2} y2=${bandTop('special') - SPECIAL_GAP / 2}></line>` : nothing}
          ${view.rows.map((placement, index) => {
            const x = round(xOf(index) - step / 2);
            const classes = [
              isKnown(placement) ? '' : 'gap',
              view.highlights.has(placement.year) ? 'highlight' : '',
            ].join(' ');
            return classes.trim() === ''
              ? nothing
              : svg`<rect class=${classes} x=${x} y=${TOP} width=${round(step)} height=${plotBottom - TOP}></rect>`;
          })}
          <path class="line" d=${path}></path>
          ${view.rows.map((placement, index) =>
            labels.has(placement.year)
              ? svg`<g class=${view.highlights.has(placement.year) ? 'year highlight-label' : 'year'}>
                  <line class="tick" x1=${round(xOf(index))} x2=${round(xOf(index))} y1=${plotBottom} y2=${plotBottom + 4}></line>
                  <text x=${round(xOf(index))} y=${plotBottom + 18} text-anchor="middle">${placement.year}</text>
                </g>`
              : nothing,
          )}
        </g>
        ${view.rows.map((placement, index) => {
          if (!isKnown(placement)) return nothing;
          const x = xOf(index);
          const y = yOf(placement.tier);
          const r = view.highlights.has(placement.year) ? radius * 1.3 : radius;
          return svg`<g
            class=${`point ${tierClass(placement.tier)}${placement.review ? ' flagged' : ''}`}
            role="img"
            tabindex=${placement.year === this.#active ? '0' : '-1'}
            data-year=${placement.year}
            aria-label=${term('pointLabel', placement.year, term('tier', placement.tier), this.#provenanceText(placement))}
          >
            <circle class="hit" cx=${round(x)} cy=${round(y)} r=${round(Math.max(r + 4, Math.min(14, step / 2)))}></circle>
            <circle class="ring" cx=${round(x)} cy=${round(y)} r=${round(r + 5)}></circle>
            ${marker(placement.tier, x, y, r)}
          </g>`;
        })}
      </svg>
      <span class="visually-hidden" id="keyboard-hint">${term('keyboardHint')}</span>
      ${called === undefined ? nothing : this.#renderCallout(called, xOf(callIndex) / width, yOf(isKnown(called) ? called.tier : '3') / height, term)}
    </div>`;
  }

  /** The years to label: highlighted ones first, then the first and last, then round years, none closer than fits. */
  #yearLabels(view: Extract<View, { kind: 'chart' }>, step: number): ReadonlySet<number> {
    const every = [1, 2, 5, 10, 25].find((n) => n * step >= MIN_LABEL_SPACING) ?? 25;
    const years = view.rows.map((placement) => placement.year as number);
    const candidates = [
      ...[...view.highlights].sort((a, b) => a - b),
      view.from,
      view.to,
      ...years.filter((year) => year % every === 0),
    ];
    const chosen: number[] = [];
    for (const year of candidates) {
      if (chosen.every((other) => Math.abs(other - year) * step >= MIN_LABEL_SPACING)) chosen.push(year);
    }
    return new Set(chosen);
  }

  #renderCallout(placement: PlacementLookup, x: number, y: number, term: Term) {
    // Above the point in the lower half, below it in the upper half; anchored left or right near the edges, so it
    // stays inside the chart at 320 px. The position is set in `updated()` through the CSSOM, which a strict CSP
    // allows (a `style` attribute it would block).
    this.#calloutAt = { left: `${(x * 100).toFixed(2)}%`, top: `${(y * 100).toFixed(2)}%` };
    const classes = `callout ${y < 0.5 ? 'below' : 'above'} ${x < 0.3 ? 'start' : x > 0.7 ? 'end' : 'middle'}`;
    // Hidden from assistive technology: the focused point's name already says all of this.
    return html`<div part="callout" class=${classes} aria-hidden="true">
      <p class="callout-title">
        <strong>${placement.year}</strong>
        <span class=${isKnown(placement) ? `callout-tier ${tierClass(placement.tier)}` : 'callout-tier'}
          >${isKnown(placement) ? term('tier', placement.tier) : term('notKnown')}</span
        >
      </p>
      ${isKnown(placement) ? this.#renderProvenance(placement) : nothing}
    </div>`;
  }

  #renderProvenance(placement: KnownPlacement) {
    const { origin, review } = this.#provenance(placement);
    return html`<span class="provenance">${origin}</span>${
      review === undefined ? nothing : html` <span class="review">${review}</span>`
    }`;
  }

  #renderLegend(view: Extract<View, { kind: 'chart' }>, term: Term) {
    const hasSpecial = view.rows.some((placement) => isKnown(placement) && placement.tier === 'special');
    const tiers: readonly Tier[] = hasSpecial ? [...RANKED, 'special'] : RANKED;
    const hasGap = view.rows.some((placement) => !isKnown(placement));
    const swatch = (content: SVGTemplateResult) =>
      html`<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">${content}</svg>`;
    return html`<div part="legend" class="legend">
      <span class="legend-label" id="legend-label">${term('legendLabel')}</span>
      <ul aria-labelledby="legend-label">
        ${tiers.map((tier) => html`<li class=${tierClass(tier)}>${swatch(marker(tier, 8, 8, 5))}${term('tier', tier)}</li>`)}
        ${hasGap ? html`<li>${swatch(svg`<rect class="gap" x="2" y="1" width="12" height="14"></rect>`)}${term('legendGap')}</li>` : nothing}
        ${
          view.highlights.size === 0
            ? nothing
            : html`<li>${swatch(svg`<rect class="highlight" x="2" y="1" width="12" height="14"></rect>`)}${term('legendHighlight')}</li>`
        }
      </ul>
    </div>`;
  }

  #renderTable(view: Extract<View, { kind: 'chart' }>, term: Term) {
    // Visually hidden until asked for, but always in the accessibility tree: a screen reader reaches the table
    // whether or not the button was pressed.
    return html`<div class=${this.#tableShown ? 'table-wrap' : 'table-wrap visually-hidden'}><table part="table" id="table" class="table">
      <caption>
        ${term('tableCaption', view.countryName, view.from, view.to)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${term('columnYear')}</th>
          <th scope="col">${term('columnTier')}</th>
          <th scope="col">${term('columnSource')}</th>
        </tr>
      </thead>
      <tbody>
        ${view.rows.map(
          (placement) => html`<tr class=${view.highlights.has(placement.year) ? 'highlight-row' : ''}>
            <th scope="row">${placement.year}</th>
            <td>${isKnown(placement) ? term('tier', placement.tier) : term('notKnown')}</td>
            <td>${isKnown(placement) ? this.#renderProvenance(placement) : nothing}</td>
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  #renderSources(view: Extract<View, { kind: 'chart' }>, term: Term) {
    const known = view.rows.filter(isKnown);
    const inferred = known.filter((placement) => placement.provenance.kind === 'inferred').length;
    const ids = [
      ...new Set(
        known.flatMap((placement) => (placement.provenance.kind === 'sourced' ? placement.provenance.sources : [])),
      ),
    ];
    const sources = this.#sources;
    let body: unknown;
    if (sources.kind === 'ready') {
      body = html`<p>${term('sourcesIntro')}</p>
        <ul class="source-list">
          ${ids.map((id) => {
            const info = sources.describe(id);
            if (info === undefined) return html`<li><span class="source-id">${id}</span></li>`;
            const href = httpsAddress(info.address);
            return html`<li>
              <span class="source-id">${id}</span>:
              ${href === undefined ? html`<cite>${info.title}</cite>` : html`<a href=${href} rel="noopener noreferrer"><cite>${info.title}</cite></a>`},
              ${info.publisher}
            </li>`;
          })}
        </ul>
        ${inferred === 0 ? nothing : html`<p>${term('inferredCount', inferred)}</p>`}`;
    } else if (sources.kind === 'failed') {
      body = html`<p>${term('sourcesFailed')}</p>`;
    } else {
      body = html`<p>${term('sourcesLoading')}</p>`;
    }
    // The registry is a separate, larger download: it loads only when the reader opens this footnote.
    return html`<details part="sources" class="sources" @toggle=${this.#onSourcesToggle}>
      <summary>${term('sources')}</summary>
      <div aria-live="polite">${body}</div>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ijm-tier-history': IjmTierHistory;
  }
}

import type {
  Citation,
  KnownPlacement,
  PlacementExplanation,
  PlacementLookup,
  SourceInfo,
  Tier,
} from '@ijm/core/tiers';
import { html, LitElement, nothing, type SVGTemplateResult, svg } from 'lit';
import { LocalizeController } from '../../kit/localize.js';
import { ignoreProperty, readText } from '../../kit/read-property.js';
import { TierDataController, type TierDataState } from '../../kit/tier-data.js';
import { marker } from '../../kit/tier-marker.js';
import { tierClass, tierPalette } from '../../kit/tier-palette.js';
import { hostStyles } from '../../kit/tokens.js';
import type { Evidence } from './tier-history.evidence.js';
import {
  BAND,
  type CalloutPlacement,
  type ChartGeometry,
  calloutPlacement,
  chartGeometry,
  isKnown,
  round,
  TOP,
} from './tier-history.geometry.js';
import { type TierHistoryMessages, tierHistoryCatalogs } from './tier-history.messages.js';
import { tierHistoryStyles } from './tier-history.styles.js';
import { type ChartView, type Term, tierHistoryView, type View, yearRanges } from './tier-history.view.js';

/** The words for the evidence (tier-history.evidence.ts), which load with the sources. */
type Words = typeof import('./tier-history.evidence.js');

/**
 * The source registry, the texts behind inferred and flagged placements, and the words for both: separate chunks,
 * loaded on need.
 */
type SourcesState =
  | { readonly kind: 'idle' | 'loading' | 'failed' }
  | {
      readonly kind: 'ready';
      readonly describe: (id: string) => SourceInfo | undefined;
      readonly explain: (placement: PlacementLookup) => PlacementExplanation;
      readonly read: (id: string) => Citation | undefined;
      readonly words: Words;
      readonly loadCitations: () => Promise<{ getCitations: (placement: PlacementLookup) => readonly Citation[] }>;
    };

/** Every placement's exact citations: the largest chunk, loaded only when a callout or the table first shows. */
type CitationsState =
  | { readonly kind: 'idle' | 'loading' | 'failed' }
  | { readonly kind: 'ready'; readonly cite: (placement: PlacementLookup) => readonly Citation[] };

/** The placement the callout shows and where it goes: worked out before each render. */
interface Callout extends CalloutPlacement {
  readonly placement: PlacementLookup;
}

/** Before the first measurement of the element's width. */
const DEFAULT_WIDTH = 640;

/** A marker placed at `x`, `y` and sized to `r`: the kit's shape is drawn at radius 1 around 0,0. */
const placedMarker = (tier: Tier, x: number, y: number, r: number): SVGTemplateResult =>
  svg`<g class="marker" transform="translate(${round(x)} ${round(y)}) scale(${round(r)})">${marker(tier)}</g>`;

/**
 * @summary A country's tier in the US Trafficking in Persons Report, year by year, as a step chart with a data table
 * alternative and the sources behind every placement. Years the dataset does not know are drawn as gaps, never filled
 * in.
 *
 * Bands run from Tier 1 at the top to Tier 3; a Special Case, which is no rank, gets a band of its own below Tier 3
 * (shown only when the years include one) and the step line never joins it. Each known year is a focusable point:
 * Tab enters the chart at one point (roving tabindex), ArrowLeft/ArrowRight move to the previous or next known year,
 * skipping gaps (the summary names the unknown years), Home/End go to the first or last, Escape hides the callout.
 * Every placement cites the report it comes from, in words ("2024: Tier 2. Source: 2024 TIP Report" is a point's
 * accessible name); the callout and the table add the evidence held for it (each source in words, linked in the table
 * when its address is `https:`), and say when a placement is inferred or flagged for review.
 * The dataset loads on first use (one request per page); the source registry, only for the sources footnote, a
 * callout, the table, or placements that are inferred or flagged; the exact citations, only when a callout or the
 * table first shows.
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
 * @csspart callout - The box showing the focused or hovered year: tier, the report, the evidence or the reasoning, any
 * review flag.
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
  #citations: CitationsState = { kind: 'idle' };
  /** A callout or the table asked for the citations before the sources chunk, which loads them, had arrived. */
  #citationsWanted = false;
  // Worked out in `willUpdate()`, only read by `render()` and `updated()`.
  #view: View = { kind: 'loading' };
  #geometry: ChartGeometry | undefined;
  #callout: Callout | undefined;

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
    // Already laid out when a page's script upgrades it: draw the first render at its real width, not a default one
    // that the observer would correct a frame later (the chart's height would change in view).
    const laidOut = Math.round(this.clientWidth);
    if (laidOut > 0) this.#width = laidOut;
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
    // Every property is read (and a wrong kind of value warned about) on every update, whatever the view needs.
    // The localize controller reads `messages` key by key, and finds no message in a value that is no object.
    if (typeof this.messages !== 'object') ignoreProperty(this, 'messages');
    const country = readText(this, 'country');
    const input = {
      country,
      from: readText(this, 'from'),
      to: readText(this, 'to'),
      highlight: [this.highlight]
        .flat()
        .map((year) => readText(this, 'highlight', year))
        .join(),
      locale: this.#localize.locale,
    };
    // The dataset is asked for only once there is a country to look up.
    const data = country ? this.#data.request() : undefined;
    const view = tierHistoryView(input, data, this.#data.state === 'failed');
    this.#view = view;
    this.#geometry = undefined;
    this.#callout = undefined;
    if (view.kind !== 'chart') return;
    const geometry = chartGeometry(view.rows, view.highlights, this.#width);
    this.#geometry = geometry;
    if (this.#active === undefined || !view.knownYears.includes(this.#active)) this.#active = view.knownYears[0];
    const callYear = this.#calloutDismissed ? undefined : (this.#hovered ?? this.#focused);
    const index = view.rows.findIndex((placement) => placement.year === callYear);
    const placement = view.rows[index];
    if (placement !== undefined) this.#callout = { placement, ...calloutPlacement(geometry, index, placement) };
    // An inferred placement's reasoning and a flag's note live in the sources chunk: the chart needs it only when
    // it shows such a placement (or the reader opens the sources footnote, a callout or the table). Only a reader's
    // action retries a failed load: retrying here would loop.
    if (view.needsSources && this.#sources.kind === 'idle') this.#loadSources();
  }

  protected override updated(): void {
    // The callout's position is set through the CSSOM, which a strict CSP allows (a `style` attribute it would block).
    const callout = this.renderRoot.querySelector<HTMLElement>('[part="callout"]');
    if (callout === null || this.#callout === undefined) return;
    callout.style.setProperty('left', this.#callout.left);
    callout.style.setProperty('top', this.#callout.top);
  }

  // --- Words ---------------------------------------------------------------------------------------------------

  /**
   * A point's accessible name, kept short: year, tier, the report cited briefly, and whether the placement is inferred
   * or flagged. The evidence and the reasoning are one step away, in the callout and the table.
   */
  #pointLabel(placement: KnownPlacement, term: Term): string {
    const sentences = [term('sourced', term('reportShort', placement.year))];
    if (placement.provenance.kind === 'inferred') sentences.push(term('inferred', undefined));
    if (placement.review !== undefined) sentences.push(term('review', placement.review.confidence, undefined));
    return term('pointLabel', placement.year, term('tier', placement.tier), sentences.join('. '));
  }

  /** The evidence held for a sourced placement, once the registry and the citations have loaded. */
  #evidence(placement: KnownPlacement, term: Term): readonly Evidence[] | 'failed' | undefined {
    const sources = this.#sources;
    const citations = this.#citations;
    if (sources.kind === 'failed' || citations.kind === 'failed') return 'failed';
    if (sources.kind !== 'ready' || citations.kind !== 'ready') return undefined;
    return sources.words.evidenceList(citations.cite(placement), sources.describe, term);
  }

  /**
   * Where a placement comes from, in words: the report, cited in full; then the evidence held for it (linked when
   * `links` and the address is `https:`), or the reasoning when it is inferred; then any review flag with its note.
   */
  #renderProvenance(placement: KnownPlacement, term: Term, links: boolean) {
    const sources = this.#sources;
    const explained = sources.kind === 'ready' ? sources.explain(placement) : undefined;
    const words = (text: string | undefined) =>
      text === undefined || sources.kind !== 'ready'
        ? text
        : sources.words.inWords(text, sources.read, sources.describe, term);
    let held: unknown = nothing;
    if (placement.provenance.kind === 'inferred') {
      held = html`<span class="inferred">${term('inferred', words(explained?.reasoning))}</span>`;
    } else {
      const evidence = this.#evidence(placement, term);
      if (evidence === 'failed') held = html`<span class="evidence">${term('evidenceFailed')}</span>`;
      else if (evidence !== undefined && evidence.length > 0) {
        held = html`<span class="evidence"
          >${term('evidence')}
          ${evidence.map(
            ({ text, href }, index) =>
              html`${index === 0 ? '' : '; '}${
                links && href !== undefined ? html`<a href=${href} rel="noopener noreferrer">${text}</a>` : text
              }`,
          )}</span
        >`;
      }
    }
    const review =
      placement.review === undefined
        ? nothing
        : html`<span class="review">${term('review', placement.review.confidence, words(explained?.reviewNote))}</span>`;
    // Spaces between the parts, which display as lines: so that the table's text reads as sentences, not one run.
    return html`<span class="provenance">${term('sourced', term('report', placement.year))}</span> ${held} ${review}`;
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
    this.#loadCitations();
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
    if (year !== undefined) {
      this.#calloutDismissed = false;
      this.#loadCitations();
    }
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
    const known = this.#view.knownYears;
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
    if (this.#tableShown) this.#loadCitations();
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
    Promise.all([data.loadTierSources(), import('./tier-history.evidence.js')]).then(
      ([sources, words]) => {
        this.#sources = {
          kind: 'ready',
          describe: sources.describeSource,
          explain: sources.explainPlacement,
          read: sources.readCitationId,
          words,
          loadCitations: sources.loadTierCitations,
        };
        if (this.#citationsWanted) this.#loadCitations();
        this.requestUpdate();
      },
      (error: unknown) => {
        console.error('@ijm/widgets could not load the tier sources', error);
        this.#sources = { kind: 'failed' };
        this.requestUpdate();
      },
    );
  }

  /**
   * Loads the exact citations, and the registry that names their sources, once (again after a failure): when a
   * callout or the table first shows, never for the first paint. Re-renders when they arrive.
   */
  #loadCitations(): void {
    const sources = this.#sources;
    if (sources.kind !== 'ready') {
      // The sources chunk holds the citations' loader, so that the dataset's first download does not.
      this.#citationsWanted = true;
      this.#loadSources();
      return;
    }
    if (this.#citations.kind === 'ready' || this.#citations.kind === 'loading') return;
    this.#citations = { kind: 'loading' };
    sources.loadCitations().then(
      (citations) => {
        this.#citations = { kind: 'ready', cite: citations.getCitations };
        this.requestUpdate();
      },
      (error: unknown) => {
        console.error('@ijm/widgets could not load the tier citations', error);
        this.#citations = { kind: 'failed' };
        this.requestUpdate();
      },
    );
  }

  // --- Rendering: reads the state above, writes none -----------------------------------------------------------

  override render() {
    const term = this.#localize.term.bind(this.#localize);
    const view = this.#view;
    if (view.kind === 'loading') {
      return html`<figure part="figure" aria-busy="true" lang=${this.#localize.locale}>
        <figcaption part="caption">${term('loading')}</figcaption>
        <div part="chart" class="chart placeholder"></div>
      </figure>`;
    }
    if (view.kind === 'message' || this.#geometry === undefined) {
      return html`<figure part="figure" lang=${this.#localize.locale}>
        <p part="message" class="message">${view.kind === 'message' ? view.text(term) : nothing}</p>
      </figure>`;
    }
    const { known, unknownYears } = view;
    const latest = known[known.length - 1];
    return html`<figure part="figure" lang=${this.#localize.locale}>
      <figcaption part="caption" id="caption">${term('caption', view.countryName, view.from, view.to)}</figcaption>
      <p part="summary" class="summary" id="summary">
        ${term('summary', known.length, view.rows.length)}
        ${latest === undefined ? nothing : term('latest', term('tier', latest.tier), latest.year)}
        ${unknownYears.length === 0 ? nothing : term('gaps', yearRanges(unknownYears))}
      </p>
      ${this.#renderChart(this.#geometry, term)} ${this.#renderLegend(view, this.#geometry, term)}
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

  #renderChart(geometry: ChartGeometry, term: Term) {
    const { width, height, left, narrow, step, plotBottom } = geometry;
    // The SVG is a group of focusable points rather than one `role="img"`: an image's children are presentational, so
    // its points could be neither named nor reached by keyboard. Each point is a `role="img"` with the full reading
    // (year, tier, the report cited, any inference or flag) as its name; bands, axis and line are hidden from assistive
    // technology, which gets the same facts from the summary, the points and the table, and the evidence from the table.
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
          ${geometry.bands.map(
            ({ tier, top }) => svg`<g class=${`band ${tierClass(tier)}`}>
              <rect class="band-fill" x="0" y=${top} width=${round(width)} height=${BAND}></rect>
              <text class="band-label" x=${left - 8} y=${top + BAND / 2 + 4} text-anchor="end">${
                narrow ? term('bandShort', tier) : term('band', tier)
              }</text>
            </g>`,
          )}
          ${geometry.dividerY === undefined ? nothing : svg`<line class="special-divider" x1="0" x2=${round(width)} y1=${geometry.dividerY} y2=${geometry.dividerY}></line>`}
          ${geometry.columns.map(
            (column) =>
              svg`<rect class=${[column.gap ? 'gap' : '', column.highlight ? 'highlight' : ''].join(' ')} x=${round(column.x)} y=${TOP} width=${round(step)} height=${plotBottom - TOP}></rect>`,
          )}
          <path class="line" d=${geometry.path}></path>
          ${geometry.labels.map(
            (label) => svg`<g class=${label.highlight ? 'year highlight-label' : 'year'}>
                  <line class="tick" x1=${round(label.x)} x2=${round(label.x)} y1=${plotBottom} y2=${plotBottom + 4}></line>
                  <text x=${round(label.x)} y=${plotBottom + 18} text-anchor="middle">${label.year}</text>
                </g>`,
          )}
        </g>
        ${geometry.points.map(({ placement, x, y, r, hitR, ringR }) => {
          return svg`<g
            class=${`point ${tierClass(placement.tier)}${placement.review ? ' flagged' : ''}`}
            role="img"
            tabindex=${placement.year === this.#active ? '0' : '-1'}
            data-year=${placement.year}
            aria-label=${this.#pointLabel(placement, term)}
          >
            <circle class="hit" cx=${round(x)} cy=${round(y)} r=${round(hitR)}></circle>
            <circle class="ring" cx=${round(x)} cy=${round(y)} r=${round(ringR)}></circle>
            ${placedMarker(placement.tier, x, y, r)}
          </g>`;
        })}
      </svg>
      <span class="visually-hidden" id="keyboard-hint">${term('keyboardHint')}</span>
      ${this.#callout === undefined ? nothing : this.#renderCallout(this.#callout, term)}
    </div>`;
  }

  #renderCallout({ placement, vertical, horizontal }: Callout, term: Term) {
    // Placed in `updated()`; hidden from assistive technology: the focused point's name says year, tier, report and
    // any inference or flag, and the table (always in the accessibility tree) holds the evidence, with its links.
    // No links here: the callout follows the pointer and never takes it (`pointer-events: none`).
    return html`<div part="callout" class=${`callout ${vertical} ${horizontal}`} aria-hidden="true">
      <p class="callout-title">
        <strong>${placement.year}</strong>
        <span class=${isKnown(placement) ? `callout-tier ${tierClass(placement.tier)}` : 'callout-tier'}
          >${isKnown(placement) ? term('tier', placement.tier) : term('notKnown')}</span
        >
      </p>
      ${isKnown(placement) ? this.#renderProvenance(placement, term, false) : nothing}
    </div>`;
  }

  #renderLegend(view: ChartView, geometry: ChartGeometry, term: Term) {
    const swatch = (content: SVGTemplateResult) =>
      html`<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">${content}</svg>`;
    return html`<div part="legend" class="legend">
      <span class="legend-label" id="legend-label">${term('legendLabel')}</span>
      <ul aria-labelledby="legend-label">
        ${geometry.bands.map(({ tier }) => html`<li class=${tierClass(tier)}>${swatch(placedMarker(tier, 8, 8, 5))}${term('tier', tier)}</li>`)}
        ${view.unknownYears.length > 0 ? html`<li>${swatch(svg`<rect class="gap" x="2" y="1" width="12" height="14"></rect>`)}${term('legendGap')}</li>` : nothing}
        ${
          view.highlights.size === 0
            ? nothing
            : html`<li>${swatch(svg`<rect class="highlight" x="2" y="1" width="12" height="14"></rect>`)}${term('legendHighlight')}</li>`
        }
      </ul>
    </div>`;
  }

  #renderTable(view: ChartView, term: Term) {
    // Visually hidden until asked for, but always in the accessibility tree: a screen reader reaches the table
    // whether or not the button was pressed. Its evidence links only once it shows: a link in the hidden table would
    // take keyboard focus out of sight.
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
            <td>${isKnown(placement) ? this.#renderProvenance(placement, term, this.#tableShown) : nothing}</td>
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  #renderSources(view: ChartView, term: Term) {
    const sources = this.#sources;
    let body: unknown;
    if (sources.kind === 'ready') {
      body = html`<p>${term('sourcesIntro')}</p>
        <ul class="source-list">
          ${view.sourceIds.map((id) => {
            // Titles, never ids: an id the registry does not know (none should be) is left out.
            const info = sources.describe(id);
            if (info === undefined) return nothing;
            const href = sources.words.httpsAddress(info.address);
            const publisher = sources.words.publisherBesides(info);
            return html`<li>
              ${href === undefined ? html`<cite>${info.title}</cite>` : html`<a href=${href} rel="noopener noreferrer"><cite>${info.title}</cite></a>`}${
                publisher === undefined ? nothing : `, ${publisher}`
              }
            </li>`;
          })}
        </ul>
        ${view.inferredCount === 0 ? nothing : html`<p>${term('inferredCount', view.inferredCount)}</p>`}`;
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

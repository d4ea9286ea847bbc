import {
  getHistory,
  type KnownPlacement,
  LAST_REPORT_YEAR,
  loadTierCitations,
  loadTierSources,
  type PlacementLookup,
  TIER_LABELS,
  tierCountries,
} from '@ijm/core/tiers';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/tier-history.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { fixture } from '../../test/fixture.js';
import { evidenceList, inWords, publisherBesides } from './tier-history.evidence.js';
import type { IjmTierHistory } from './tier-history.js';
import { tierHistoryCatalogs } from './tier-history.messages.js';
import type { Term } from './tier-history.view.js';

// The dataset chunk waits for this gate, so the first test can see (and audit) the loading state for as long as it
// needs; every later test finds the gate open.
let openGate: () => void = () => {};
const gate = new Promise<void>((resolve) => {
  openGate = resolve;
});
vi.mock('../../kit/tier-dataset.js', async (importOriginal) => {
  await gate;
  return importOriginal();
});

const root = (element: IjmTierHistory) => element.shadowRoot as ShadowRoot;

async function ready(markup: string, attributes: Record<string, string> = {}): Promise<IjmTierHistory> {
  const element = await fixture<IjmTierHistory>(markup, attributes);
  await vi.waitFor(() => expect(element.dataState).toBe('ready'));
  await element.updateComplete;
  return element;
}

function history(country: string): readonly PlacementLookup[] {
  const found = getHistory(country);
  if (!found.ok) throw new Error(`no history for ${country}`);
  return found.value.placements;
}

const isKnown = (placement: PlacementLookup): placement is KnownPlacement => placement.status === 'known';

/** Rows of the data table as [year, tier, source] text. */
function tableRows(element: IjmTierHistory): string[][] {
  return [...root(element).querySelectorAll('[part="table"] tbody tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  );
}

function focusedYear(element: IjmTierHistory): string | null | undefined {
  return root(element).activeElement?.getAttribute('data-year');
}

function calloutText(element: IjmTierHistory): string {
  return root(element).querySelector('[part="callout"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The English catalog as the element's `term` gives it, to build the texts a test expects. */
const en = ((key: string, ...args: never[]) => {
  const message = (tierHistoryCatalogs.en.messages as Record<string, unknown>)[key];
  return typeof message === 'function' ? message(...args) : message;
}) as Term;

/** Every text a reader can meet: what is rendered (callout, table, footnote) and every accessible name. */
function readerTexts(element: IjmTierHistory): string[] {
  const named = [...root(element).querySelectorAll('[aria-label]')].map(
    (node) => node.getAttribute('aria-label') ?? '',
  );
  return [root(element).textContent ?? '', ...named];
}

/** Words in the texts that are a source's id or a citation id, found with the core's own reading of ids. */
async function bareCodes(texts: readonly string[]): Promise<string[]> {
  const { readCitationId, TIER_SOURCES } = await loadTierSources();
  return texts.flatMap((text) =>
    (text.match(/[A-Za-z][\w./-]*\w/g) ?? []).filter(
      (token) => readCitationId(token) !== undefined || TIER_SOURCES.some((source) => source.id === token),
    ),
  );
}

function resourceFetched(fragment: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes(fragment));
}

/** A country whose known years have unknown years between them, found in the data rather than assumed. */
function countryWithInnerGap(): string {
  for (const country of tierCountries()) {
    const pattern = history(country.alpha3)
      .map((placement) => (isKnown(placement) ? 'k' : '.'))
      .join('');
    if (/k\.+k/.test(pattern)) return country.alpha3;
  }
  throw new Error('no country with a gap');
}

describe('<ijm-tier-history>', () => {
  it('holds its place and says it is loading until the dataset arrives', async () => {
    const element = await fixture<IjmTierHistory>('<ijm-tier-history country="MYS"></ijm-tier-history>');
    expect(element.dataState).toBe('loading');
    expect(element.matches(':state(loading)')).toBe(true);
    const figure = root(element).querySelector('[part="figure"]');
    expect(figure?.getAttribute('aria-busy')).toBe('true');
    expect(root(element).querySelector('[part="caption"]')?.textContent).toContain('Loading');
    expect(root(element).querySelector<HTMLElement>('.placeholder')?.getBoundingClientRect().height).toBe(172);
    await expectNoAxeViolations(element);
    openGate();
    await vi.waitFor(() => expect(element.dataState).toBe('ready'));
    expect(element.matches(':state(ready)')).toBe(true);
    expect(element.matches(':state(loading)')).toBe(false);
  });

  it('draws Malaysia as an accessible chart whose table is the dataset', async () => {
    const element = await ready('<ijm-tier-history country="MYS"></ijm-tier-history>');
    expect(root(element).querySelector('[part="caption"]')?.textContent).toContain('Malaysia');
    const svg = root(element).querySelector('svg[role="group"]');
    expect(svg?.getAttribute('aria-labelledby')).toBe('caption');
    await expectNoAxeViolations(element);

    const placements = history('MYS');
    expect(tableRows(element).map(([year, tier]) => [year, tier])).toEqual(
      placements.map((placement) => [
        String(placement.year),
        isKnown(placement) ? TIER_LABELS[placement.tier].long : 'Not known',
      ]),
    );
    // One point per known year, none for unknown ones.
    const points = [...root(element).querySelectorAll('[data-year]')].map((point) => point.getAttribute('data-year'));
    expect(points).toEqual(placements.filter(isKnown).map((placement) => String(placement.year)));
    // Each names the report it comes from, briefly; the exact citations are not part of the first paint.
    expect(root(element).querySelector('[data-year="2024"]')?.getAttribute('aria-label')).toBe(
      '2024: Tier 2. Source: 2024 TIP Report',
    );
    expect(tableRows(element).find(([year]) => year === '2024')?.[2]).toBe(
      'Source: 2024 Trafficking in Persons Report, US Department of State',
    );
    expect(resourceFetched('tiers/citations.ts')).toBe(false);
  });

  it('lists the sources used by their titles only when asked, and links only https addresses', async () => {
    const element = await ready('<ijm-tier-history country="MYS"></ijm-tier-history>');
    const details = root(element).querySelector<HTMLDetailsElement>('[part="sources"]');
    expect(details?.open).toBe(false);
    // The sources chunk is a separate download, fetched for Malaysia only when the footnote opens (or a callout or the
    // table shows), unless some placement needs explaining (an inference or a review flag).
    const needsExplaining = history('MYS').some(
      (placement) => isKnown(placement) && (placement.provenance.kind === 'inferred' || placement.review !== undefined),
    );
    expect(resourceFetched('tiers/sources.ts')).toBe(needsExplaining);
    details?.querySelector('summary')?.click();
    await vi.waitFor(() => expect(root(element).querySelectorAll('.source-list li').length).toBeGreaterThan(0));
    expect(resourceFetched('tiers/sources.ts')).toBe(true);
    // The footnote needs the registry, not the exact citations.
    expect(resourceFetched('tiers/citations.ts')).toBe(false);
    const { describeSource } = await loadTierSources();
    const used = [
      ...new Set(
        history('MYS').flatMap((placement) =>
          isKnown(placement) && placement.provenance.kind === 'sourced' ? placement.provenance.sources : [],
        ),
      ),
    ].map((id) => describeSource(id));
    const items = [...root(element).querySelectorAll('.source-list li')];
    expect(items).toHaveLength(used.length);
    items.forEach((item, index) => {
      const info = used[index];
      if (info === undefined) throw new Error('a source the registry does not know');
      const publisher = publisherBesides(info);
      expect(item.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        publisher === undefined ? info.title : `${info.title}, ${publisher}`,
      );
      const link = item.querySelector('a');
      if (info.address?.startsWith('https:')) {
        expect(link?.getAttribute('href')).toBe(info.address);
        expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
      } else expect(link).toBeNull();
    });
    expect(await bareCodes(readerTexts(element))).toEqual([]);
    await expectNoAxeViolations(element);
  });

  it('shows the seed story in the table on request: 2014 Tier 3, 2020 Watch List, 2021 and 2022 Tier 3', async () => {
    const element = await ready('<ijm-tier-history country="my" highlight="2021,2022"></ijm-tier-history>');
    const toggle = root(element).querySelector<HTMLButtonElement>('[part="table-toggle"]');
    const table = root(element).querySelector<HTMLTableElement>('[part="table"]');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(toggle?.getAttribute('aria-controls')).toBe(table?.id);
    // Hidden from sight, present for assistive technology.
    expect(table?.parentElement?.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    toggle?.click();
    await element.updateComplete;
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(toggle?.textContent?.trim()).toBe('Hide table');
    expect(table?.parentElement?.getBoundingClientRect().width).toBeGreaterThan(100);
    const byYear = new Map(tableRows(element).map(([year = '', tier]) => [year, tier]));
    expect(byYear.get('2014')).toBe('Tier 3');
    expect(byYear.get('2020')).toBe('Tier 2 Watch List');
    expect(byYear.get('2021')).toBe('Tier 3');
    expect(byYear.get('2022')).toBe('Tier 3');
    expect(root(element).querySelectorAll('tr.highlight-row')).toHaveLength(2);
    expect(root(element).querySelectorAll('[part="chart"] rect.highlight')).toHaveLength(2);
    // Shown, the table adds the evidence held for each placement, in words, each https address a link.
    const { describeSource } = await loadTierSources();
    const { getCitations } = await loadTierCitations();
    const placement2025 = history('MYS').find((placement) => placement.year === 2025);
    if (placement2025 === undefined || !isKnown(placement2025)) throw new Error('Malaysia 2025 should be known');
    const evidence = evidenceList(getCitations(placement2025), describeSource, en);
    expect(evidence.length).toBeGreaterThan(0);
    const row2025 = () => [...root(element).querySelectorAll('[part="table"] tbody tr')].at(-1);
    await vi.waitFor(() =>
      expect(row2025()?.textContent?.replace(/\s+/g, ' ')).toContain(
        `Source: 2025 Trafficking in Persons Report, US Department of State Evidence: ${evidence.map((item) => item.text).join('; ')}`,
      ),
    );
    const links = [...(row2025()?.querySelectorAll('a') ?? [])];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      evidence.flatMap((item) => (item.href === undefined ? [] : [item.href])),
    );
    for (const link of root(element).querySelectorAll('[part="table"] a')) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    await expectNoAxeViolations(element);
    // Hidden again, the table keeps its words but no link, which would take keyboard focus out of sight.
    toggle?.click();
    await element.updateComplete;
    expect(root(element).querySelector('[part="table"] a')).toBeNull();
    expect(row2025()?.textContent).toContain(evidence.map((item) => item.text).join('; '));
  });

  it('moves focus across known years with the arrow keys, Home and End, with a callout for each', async () => {
    const element = await ready('<ijm-tier-history country="MYS"></ijm-tier-history>');
    const before = document.createElement('button');
    before.textContent = 'before';
    element.before(before);
    before.focus();
    await userEvent.tab();
    const known = history('MYS').filter(isKnown);
    const first = known[0];
    const last = known[known.length - 1];
    expect(focusedYear(element)).toBe(String(first?.year));
    await element.updateComplete;
    expect(calloutText(element)).toContain(`${first?.year}`);

    await userEvent.keyboard('{ArrowRight}');
    expect(focusedYear(element)).toBe(String(known[1]?.year));
    await userEvent.keyboard('{End}');
    expect(focusedYear(element)).toBe(String(last?.year));
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedYear(element)).toBe(String(last?.year));
    await userEvent.keyboard('{Home}');
    expect(focusedYear(element)).toBe(String(first?.year));
    await userEvent.keyboard('{ArrowLeft}');
    expect(focusedYear(element)).toBe(String(first?.year));

    // To 2021, then check what the callout and the point say about it.
    const steps = known.findIndex((placement) => placement.year === 2021);
    for (let i = 0; i < steps; i++) await userEvent.keyboard('{ArrowRight}');
    await element.updateComplete;
    const placement = known.find((entry) => entry.year === 2021);
    if (placement?.provenance.kind !== 'sourced') throw new Error('Malaysia 2021 should be a sourced placement');
    expect(calloutText(element)).toContain('2021');
    expect(calloutText(element)).toContain('Tier 3');
    expect(calloutText(element)).toContain('Source: 2021 Trafficking in Persons Report, US Department of State');
    // The evidence, in words, once the citations have loaded: the callout asked for them.
    const { describeSource } = await loadTierSources();
    const { getCitations } = await loadTierCitations();
    const evidence = evidenceList(getCitations(placement), describeSource, en).map((item) => item.text);
    expect(evidence.join('; ')).toContain('news report');
    await vi.waitFor(() => expect(calloutText(element)).toContain(`Evidence: ${evidence.join('; ')}`));
    expect(resourceFetched('tiers/citations.ts')).toBe(true);
    // The callout never takes the pointer, so it holds no link: the table has them.
    expect(root(element).querySelector('[part="callout"] a')).toBeNull();
    const point = root(element).activeElement;
    expect(point?.getAttribute('aria-label')).toBe('2021: Tier 3. Source: 2021 TIP Report');
    // Roving tabindex: only the focused point is in the tab order.
    expect([...root(element).querySelectorAll('[data-year][tabindex="0"]')]).toEqual([point]);
    // The focus ring is drawn.
    const ring = point?.querySelector('.ring');
    expect(ring && getComputedStyle(ring).visibility).toBe('visible');
    await expectNoAxeViolations(element);

    await userEvent.keyboard('{Escape}');
    await element.updateComplete;
    expect(root(element).querySelector('[part="callout"]')).toBeNull();
    expect(focusedYear(element)).toBe('2021');
    // Tab leaves the chart in one step, to the table toggle.
    await userEvent.tab();
    expect(root(element).activeElement?.getAttribute('part')).toBe('table-toggle');
    before.remove();
  });

  it('draws unknown years as gaps, skips them with the arrow keys, and lists them', async () => {
    const country = countryWithInnerGap();
    const placements = history(country);
    const element = await ready(`<ijm-tier-history country="${country}"></ijm-tier-history>`);
    const unknown = placements.filter((placement) => !isKnown(placement));
    expect(root(element).querySelectorAll('[part="chart"] rect.gap')).toHaveLength(unknown.length);
    // The line breaks at each gap instead of joining across it.
    const path = root(element).querySelector('path.line')?.getAttribute('d') ?? '';
    expect((path.match(/M/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(tableRows(element).filter(([, tier]) => tier === 'Not known')).toHaveLength(unknown.length);
    expect(root(element).querySelector('[part="summary"]')?.textContent).toContain('Not known:');

    const pattern = placements.map((placement) => (isKnown(placement) ? 'k' : '.')).join('');
    const gapAt = pattern.search(/k\.+k/);
    const before = placements[gapAt];
    const after = placements.slice(gapAt + 1).find(isKnown);
    root(element).querySelector<SVGElement>(`[data-year="${before?.year}"]`)?.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(focusedYear(element)).toBe(String(after?.year));
    await expectNoAxeViolations(element);
  });

  it('explains an inferred placement and a review flag in words, loading the sources chunk for it', async () => {
    let flagged: KnownPlacement | undefined;
    for (const country of tierCountries()) {
      flagged = history(country.alpha3).find(
        (placement): placement is KnownPlacement =>
          isKnown(placement) && placement.review !== undefined && placement.provenance.kind === 'inferred',
      );
      if (flagged !== undefined) break;
    }
    if (flagged === undefined) throw new Error('the data should hold an inferred, flagged placement');
    const { explainPlacement, readCitationId, describeSource } = await loadTierSources();
    const explanation = explainPlacement(flagged);
    // The reasoning as the research notes write it cites sources by id; the chart puts them in words.
    const reasoning = inWords(explanation.reasoning ?? '(no reasoning)', readCitationId, describeSource, en);
    const note = inWords(explanation.reviewNote ?? '(no note)', readCitationId, describeSource, en);
    const element = await ready(`<ijm-tier-history country="${flagged.country}"></ijm-tier-history>`);
    const point = root(element).querySelector<SVGElement>(`[data-year="${flagged.year}"]`);
    // The table, in the accessibility tree from the first paint, says so too.
    const row = () =>
      [...root(element).querySelectorAll('[part="table"] tbody tr')].find(
        (tr) => tr.querySelector('th')?.textContent === String(flagged?.year),
      );
    await vi.waitFor(() => expect(row()?.textContent).toContain(reasoning));
    expect(row()?.textContent).toContain(`Flagged for review (${flagged.review?.confidence} confidence): ${note}`);
    point?.focus();
    await vi.waitFor(() => expect(calloutText(element)).toContain(`Inferred, not stated by a source: ${reasoning}`));
    expect(calloutText(element)).toContain(
      `Source: ${flagged.year} Trafficking in Persons Report, US Department of State`,
    );
    expect(calloutText(element)).toContain(`Flagged for review (${flagged.review?.confidence} confidence): ${note}`);
    // The point's name says it all in short; the reasoning is one step away.
    expect(point?.getAttribute('aria-label')).toBe(
      `${flagged.year}: ${TIER_LABELS[flagged.tier].long}. Source: ${flagged.year} TIP Report. Inferred, not stated by a source. ` +
        `Flagged for review (${flagged.review?.confidence} confidence)`,
    );
    expect(await bareCodes(readerTexts(element))).toEqual([]);
    await expectNoAxeViolations(element);
  });

  it('shows no bare source code in the chart, callouts, table, footnote or accessible names, in any language', async () => {
    // The check finds the codes the chart used to show.
    expect(await bareCodes(['Source: CIAFB, NEWS', '(KYC2024, 33)', 'CIAFB-ed2021'])).toEqual([
      'CIAFB',
      'NEWS',
      'KYC2024',
      'CIAFB-ed2021',
    ]);
    const cases: [string, string][] = [
      ['MYS', 'en'],
      ['HTI', 'en'],
      ['SOM', 'en'],
      ['COD', 'en'],
      ['KOR', 'en'],
      ['ATG', 'en'],
      ['MYS', 'ms'],
      ['HTI', 'ms'],
      ['MYS', 'es'],
      ['SOM', 'es'],
    ];
    for (const [country, lang] of cases) {
      const element = await ready(`<ijm-tier-history country="${country}"></ijm-tier-history>`, { lang });
      root(element).querySelector<HTMLElement>('[part="table-toggle"]')?.click();
      root(element).querySelector<HTMLElement>('[part="sources"] summary')?.click();
      await vi.waitFor(() => expect(root(element).querySelectorAll('.source-list li').length).toBeGreaterThan(0));
      const texts = readerTexts(element);
      for (const point of root(element).querySelectorAll<SVGElement>('[data-year]')) {
        point.focus();
        await element.updateComplete;
        texts.push(calloutText(element));
      }
      await vi.waitFor(() =>
        expect(calloutText(element)).toMatch(/Evidence:|Bukti:|Pruebas:|Inferred|Disimpulkan|Deducido/),
      );
      texts.push(...readerTexts(element));
      expect(await bareCodes(texts), `${country} in ${lang}`).toEqual([]);
    }
  });

  it('names an unknown country in a clear message, without crashing', async () => {
    const element = await ready('<ijm-tier-history country="ZZZ"></ijm-tier-history>');
    const message = root(element).querySelector('[part="message"]');
    expect(message?.textContent).toContain('“ZZZ” is not a country we know');
    expect(root(element).querySelector('svg')).toBeNull();
    await expectNoAxeViolations(element);
    element.setAttribute('country', 'Malaysia');
    await element.updateComplete;
    expect(root(element).querySelector('[part="caption"]')?.textContent).toContain('Malaysia');
  });

  it('explains years out of range, reversed or not years at all', async () => {
    const cases: [string, string][] = [
      ['from="1990"', `The years 1990–${LAST_REPORT_YEAR} are outside the reports: choose years from 2001 to`],
      ['to="2031"', 'The years 2001–2031 are outside the reports'],
      ['from="2022" to="2014"', 'The first year (2022) comes after the last (2014).'],
      ['from="last year"', '“last year” is not a year.'],
    ];
    for (const [attributes, text] of cases) {
      const element = await ready(`<ijm-tier-history country="MYS" ${attributes}></ijm-tier-history>`);
      expect(root(element).querySelector('[part="message"]')?.textContent).toContain(text);
      await expectNoAxeViolations(element);
    }
    const element = await ready('<ijm-tier-history country="MYS" from="2014" to="2022"></ijm-tier-history>');
    expect(tableRows(element).map(([year]) => year)).toEqual([
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
    ]);
  });

  it('renders script payloads in attributes as text', async () => {
    const payload = '<img src=x onerror="window.__pwnedHistory=1">';
    const element = await ready('<ijm-tier-history country="MYS"></ijm-tier-history>');
    element.setAttribute('country', payload);
    await element.updateComplete;
    expect(root(element).querySelector('[part="message"]')?.textContent).toContain(payload);
    element.setAttribute('country', 'MYS');
    element.setAttribute('highlight', payload);
    element.setAttribute('from', payload);
    await element.updateComplete;
    expect(root(element).querySelector('[part="message"]')?.textContent).toContain(payload);
    expect(root(element).querySelector('img')).toBeNull();
    expect((window as { __pwnedHistory?: number }).__pwnedHistory).toBeUndefined();
  });

  it('speaks Malay and Spanish, country names included', async () => {
    const malay = await ready('<ijm-tier-history country="MYS"></ijm-tier-history>', { lang: 'ms' });
    expect(root(malay).querySelector('[part="caption"]')?.textContent).toContain('Malaysia: tahap');
    expect(root(malay).querySelector('[part="table-toggle"]')?.textContent?.trim()).toBe('Papar sebagai jadual');
    expect(new Map(tableRows(malay).map(([year = '', tier]) => [year, tier])).get('2021')).toBe('Tahap 3');
    expect(tableRows(malay).at(-1)?.[1]).toBe('Tahap 2');
    await expectNoAxeViolations(malay);
    expect(root(malay).querySelector('[data-year="2024"]')?.getAttribute('aria-label')).toBe(
      '2024: Tahap 2. Sumber: Laporan TIP 2024',
    );
    expect(tableRows(malay).find(([year]) => year === '2024')?.[2]).toBe(
      'Sumber: Laporan Pemerdagangan Orang 2024, Jabatan Negara AS',
    );
    // Austria's 2025 placement is known only by count: unknown, in words.
    const austria = await ready('<ijm-tier-history country="AUT"></ijm-tier-history>', { lang: 'ms' });
    expect(tableRows(austria).at(-1)?.[1]).toBe('Tidak diketahui');

    const spanish = await ready('<ijm-tier-history country="MYS"></ijm-tier-history>', { lang: 'es' });
    expect(root(spanish).querySelector('[part="caption"]')?.textContent).toContain('Malasia');
    expect(root(spanish).querySelector('[part="table-toggle"]')?.textContent?.trim()).toBe('Ver como tabla');
    expect(new Map(tableRows(spanish).map(([year = '', tier]) => [year, tier])).get('2020')).toBe(
      'Nivel 2 en Lista de Vigilancia',
    );
    expect(root(spanish).querySelector('[data-year="2024"]')?.getAttribute('aria-label')).toBe(
      '2024: Nivel 2. Fuente: Informe TIP 2024',
    );
    expect(tableRows(spanish).find(([year]) => year === '2024')?.[2]).toBe(
      'Fuente: Informe sobre la Trata de Personas 2024, Departamento de Estado de EE. UU.',
    );
    const message = await fixture<IjmTierHistory>('<ijm-tier-history country="ZZZ"></ijm-tier-history>', {
      lang: 'es',
    });
    await vi.waitFor(() => expect(root(message).querySelector('[part="message"]')?.textContent).toContain('«ZZZ»'));
  });

  it('stays legible at 320 px: 12 px text, fewer year labels that never overlap, short band labels', async () => {
    const wide = await ready('<ijm-tier-history country="MYS" highlight="2021"></ijm-tier-history>', {
      style: 'width: 800px',
    });
    const narrow = await ready('<ijm-tier-history country="MYS" highlight="2021"></ijm-tier-history>', {
      style: 'width: 320px',
    });
    await vi.waitFor(() => expect(root(narrow).querySelector('svg')?.getAttribute('viewBox')).toMatch(/^0 0 320 /));
    await vi.waitFor(() => expect(root(wide).querySelector('svg')?.getAttribute('viewBox')).toMatch(/^0 0 800 /));
    const labels = (element: IjmTierHistory) => [...root(element).querySelectorAll('.year text')];
    expect(labels(narrow).length).toBeLessThan(labels(wide).length);
    expect(labels(narrow).map((label) => label.textContent)).toContain('2021');
    const boxes = labels(narrow).map((label) => label.getBoundingClientRect());
    for (const box of boxes) expect(box.height).toBeGreaterThanOrEqual(11);
    boxes.forEach((box, index) => {
      const next = boxes[index + 1];
      if (next !== undefined) expect(box.right).toBeLessThan(next.left);
    });
    const bandLabels = (element: IjmTierHistory) =>
      [...root(element).querySelectorAll('.band-label')].map((label) => label.textContent);
    expect(bandLabels(narrow)).toEqual(['T1', 'T2', 'T2WL', 'T3']);
    expect(bandLabels(wide)).toEqual(['Tier 1', 'Tier 2', 'Watch List', 'Tier 3']);
    expect(root(narrow).querySelector('svg')?.getBoundingClientRect().width).toBe(320);
    await expectNoAxeViolations(narrow);
  });

  it('follows a dark colour scheme', async () => {
    const light = await ready('<ijm-tier-history country="MYS"></ijm-tier-history>');
    const dark = await ready('<ijm-tier-history country="MYS"></ijm-tier-history>', {
      style: 'color-scheme: dark; background: #111',
    });
    const fill = (element: IjmTierHistory) => {
      const band = root(element).querySelector('.t-3 .band-fill');
      return band ? getComputedStyle(band).fill : '';
    };
    expect(fill(light)).not.toBe(fill(dark));
    await expectNoAxeViolations(dark);
  });
});

/** What a JavaScript caller might pass by mistake (a number, a parse failure, an empty or huge string, a payload). */
const HOSTILE: readonly unknown[] = [
  123,
  1,
  2020,
  null,
  undefined,
  {},
  [],
  true,
  Number.NaN,
  '',
  ' ',
  '<img src=x onerror=alert(1)>',
  'x'.repeat(100_000),
];

const describeValue = (value: unknown): string =>
  typeof value === 'string'
    ? JSON.stringify(value.length > 40 ? `${value.slice(0, 10)}… (${value.length})` : value)
    : Array.isArray(value)
      ? `[${value.join(', ')}]`
      : value !== null && typeof value === 'object'
        ? '{}'
        : String(value);

/**
 * Sets each hostile value on one element's property, in turn, and checks after each what must always hold: no
 * throw, an update that completes, no unhandled rejection, a rendered figure, no axe violation, and what
 * `expectShown` says the value should show. Returns the console warnings, to count.
 */
async function probe(
  element: IjmTierHistory,
  property: string,
  expectShown: (value: unknown, name: string) => void,
  values: readonly unknown[] = HOSTILE,
): Promise<string[]> {
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => {
    rejections.push(event.reason);
    event.preventDefault();
  };
  window.addEventListener('unhandledrejection', onRejection);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    for (const value of values) {
      const name = `${property} = ${describeValue(value)}`;
      expect(() => {
        (element as unknown as Record<string, unknown>)[property] = value;
      }, name).not.toThrow();
      await expect(element.updateComplete, name).resolves.toBe(true);
      await new Promise((resolve) => setTimeout(resolve));
      expect(rejections, name).toEqual([]);
      expect(root(element).querySelector('[part="figure"]'), name).not.toBeNull();
      expect(root(element).querySelector('img'), name).toBeNull();
      expectShown(value, name);
      await expectNoAxeViolations(element);
    }
    return warn.mock.calls.map((args) => args.join(' '));
  } finally {
    warn.mockRestore();
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

/** A finite number or a string with more than blanks: what the element reads as text. */
const isText = (value: unknown) => Number.isFinite(value) || (typeof value === 'string' && value.trim() !== '');
const messageText = (element: IjmTierHistory) => root(element).querySelector('[part="message"]')?.textContent ?? '';
const shownYears = (element: IjmTierHistory) => element.placements.map((placement) => placement.year);
const highlighted = (element: IjmTierHistory) =>
  [...root(element).querySelectorAll('tr.highlight-row th')].map((cell) => cell.textContent);

describe('<ijm-tier-history> set through properties to any JavaScript value', () => {
  it('reads numbers as years and a list of years as highlights', async () => {
    const element = await ready('<ijm-tier-history country="MYS"></ijm-tier-history>');
    element.from = 2018;
    element.to = '2022';
    (element as unknown as { highlight: unknown }).highlight = 2020;
    await element.updateComplete;
    expect(shownYears(element)).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(highlighted(element)).toEqual(['2020']);
    (element as unknown as { highlight: unknown }).highlight = [2020, 2021];
    await element.updateComplete;
    expect(highlighted(element)).toEqual(['2020', '2021']);
    (element as unknown as { highlight: unknown }).highlight = ['2019', 2022];
    await element.updateComplete;
    expect(highlighted(element)).toEqual(['2019', '2022']);
    await expectNoAxeViolations(element);
  });

  it('highlights the years in a list and warns once about the items that are no year', async () => {
    const element = await ready('<ijm-tier-history country="MYS" from="2018" to="2022"></ijm-tier-history>');
    const warnings = await probe(
      element,
      'highlight',
      (_value, name) => expect(highlighted(element), name).toEqual(['2020']),
      [
        [2020, {}],
        [2020, [2021], null, true],
      ],
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/<ijm-tier-history>.*\bhighlight\b.*\bobject\b/);
  });

  it('names a country it does not know, or asks for one, for any country value', async () => {
    const element = await ready('<ijm-tier-history country="MYS" from="2018" to="2022"></ijm-tier-history>');
    const warnings = await probe(element, 'country', (value, name) => {
      expect(messageText(element), name).toContain(
        isText(value) ? `“${String(value).trim()}” is not a country we know` : 'No country given.',
      );
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/<ijm-tier-history>.*\bcountry\b.*\bobject\b/);
  });

  it('starts at a year, the first report, or explains the problem, for any from value', async () => {
    const element = await ready('<ijm-tier-history country="MYS" to="2022"></ijm-tier-history>');
    const warnings = await probe(element, 'from', (value, name) => {
      if (value === 2020) expect(shownYears(element), name).toEqual([2020, 2021, 2022]);
      else if (typeof value === 'number' && isText(value))
        expect(messageText(element), name).toContain(`The years ${value}–2022 are outside the reports`);
      else if (isText(value)) expect(messageText(element), name).toContain(`“${value}” is not a year.`);
      else expect(shownYears(element)[0], name).toBe(2001);
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/<ijm-tier-history>.*\bfrom\b.*\bobject\b/);
  });

  it('ends at a year, the latest report, or explains the problem, for any to value', async () => {
    const element = await ready('<ijm-tier-history country="MYS" from="2001"></ijm-tier-history>');
    const warnings = await probe(element, 'to', (value, name) => {
      if (value === 2020) expect(shownYears(element).at(-1), name).toBe(2020);
      else if (typeof value === 'number' && isText(value))
        expect(messageText(element), name).toMatch(/outside the reports|comes after the last/);
      else if (isText(value)) expect(messageText(element), name).toContain(`“${value}” is not a year.`);
      else expect(shownYears(element).at(-1), name).toBe(LAST_REPORT_YEAR);
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/<ijm-tier-history>.*\bto\b.*\bobject\b/);
  });

  it('highlights a year, or nothing, for any highlight value', async () => {
    const element = await ready('<ijm-tier-history country="MYS"></ijm-tier-history>');
    const warnings = await probe(element, 'highlight', (value, name) => {
      expect(highlighted(element), name).toEqual(value === 2020 ? ['2020'] : []);
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/<ijm-tier-history>.*\bhighlight\b.*\bobject\b/);
  });

  it('keeps its own words when messages is no object, and says so once', async () => {
    const element = await ready('<ijm-tier-history country="MYS" from="2018" to="2022"></ijm-tier-history>');
    const warnings = await probe(element, 'messages', (_value, name) => {
      expect(root(element).querySelector('[part="caption"]')?.textContent, name).toContain('Malaysia');
      expect(root(element).querySelector('[part="table-toggle"]')?.textContent?.trim(), name).toBe('Show as table');
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/<ijm-tier-history>.*\bmessages\b.*\bnumber\b/);
  });
});

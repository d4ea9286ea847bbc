// Kept apart from the queries so that a bundle of the queries never sees these dynamic imports.

/**
 * Loads, as a separate chunk, the source registry (title, publisher, address, reliability of each source id in a
 * placement's `provenance.sources`), `explainPlacement`, which gives the reasoning behind an inferred placement and
 * the note behind a review flag, and `readCitationId`, which reads the citation ids that reasoning cites. It offers
 * `loadTierCitations` too. About 6.5 KiB gzip: load it for a footnote or a tooltip, not with the chart.
 */
export function loadTierSources(): Promise<typeof import('./sources.js')> {
  return import('./sources.js');
}

/**
 * Loads, as a separate chunk, every placement's exact citations (`ECOI-2010837` with its URL, `CIAFB-ed2010`, …) and
 * `getCitations`. About 20 KiB gzip: load it only when someone asks for the exact citation.
 */
export function loadTierCitations(): Promise<typeof import('./citations.js')> {
  return import('./citations.js');
}

import { INFERENCES, INFERRED_CELLS, REVIEW_NOTES, REVIEWED_CELLS, SOURCE_REGISTRY } from './generated/tip-sources.js';
import type { PlacementExplanation, PlacementLookup, SourceInfo } from './schema.js';

// Loaded on demand through `loadTierSources()`. It imports nothing from the dataset, so it adds no code to the
// dataset's chunk and needs none of it.

/** Every source the tier data cites, in registry order (datasets first, then narratives, then news). */
export const TIER_SOURCES: readonly SourceInfo[] = SOURCE_REGISTRY;

/** A registry source by id (`CHO`, `CIAFB`, `ECOI`, …), as listed in a placement's `provenance.sources`. */
export function describeSource(id: string): SourceInfo | undefined {
  return SOURCE_REGISTRY.find((source) => source.id === id);
}

function textsByCell(cells: string, texts: readonly string[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const entry of cells.split(' ')) {
    const [key = '', index = ''] = entry.split(':');
    const text = texts[Number(index)];
    if (text !== undefined && key !== '') map.set(key, text);
  }
  return map;
}

let reasonings: ReadonlyMap<string, string> | undefined;
let reviewNotes: ReadonlyMap<string, string> | undefined;

/**
 * What to say about a placement in a footnote or a tooltip: the registry entries of its sources, the reasoning when
 * it is inferred, and the note when it carries a review flag. Unknown placements get an empty explanation.
 *
 * @example explainPlacement(getPlacement('HTI', 2024).value) // { sources: [], reasoning: 'rated in 2023 …', reviewNote: 'Inferred as …' }
 */
export function explainPlacement(placement: PlacementLookup): PlacementExplanation {
  if (placement.status !== 'known') return { sources: [] };
  reasonings ??= textsByCell(INFERRED_CELLS, INFERENCES);
  reviewNotes ??= textsByCell(REVIEWED_CELLS, REVIEW_NOTES);
  const key = `${placement.country}${placement.year}`;
  const sources =
    placement.provenance.kind === 'sourced'
      ? placement.provenance.sources.flatMap((id) => describeSource(id) ?? [])
      : [];
  const reasoning = placement.provenance.kind === 'inferred' ? reasonings.get(key) : undefined;
  const reviewNote = placement.review === undefined ? undefined : reviewNotes.get(key);
  return {
    sources,
    ...(reasoning === undefined ? {} : { reasoning }),
    ...(reviewNote === undefined ? {} : { reviewNote }),
  };
}

import { deepFreeze } from '../freeze.js';
import { INFERENCES, INFERRED_CELLS, REVIEW_NOTES, REVIEWED_CELLS, SOURCE_REGISTRY } from './generated/tip-sources.js';
import { knownPlacement } from './placement-input.js';
import type { PlacementExplanation, PlacementLookup, SourceInfo } from './schema.js';

// Loaded on demand through `loadTierSources()`. It imports nothing from the dataset, so it adds no code to the
// dataset's chunk and needs none of it.

/** Every source the tier data cites, in registry order (datasets first, then narratives, then news). Frozen. */
export const TIER_SOURCES: readonly SourceInfo[] = /* @__PURE__ */ deepFreeze(SOURCE_REGISTRY);

/**
 * A registry source by id (`CHO`, `CIAFB`, `ECOI`, …), as listed in a placement's `provenance.sources`; `undefined`
 * for any other value. The entry is the frozen registry's own.
 */
export function describeSource(id: unknown): SourceInfo | undefined {
  // Through TIER_SOURCES, never SOURCE_REGISTRY, so that a bundle using only this function still freezes the registry.
  return TIER_SOURCES.find((source) => source.id === id);
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
 * it is inferred, and the note when it carries a review flag. Unknown placements get an empty explanation; a value that
 * is not a placement throws `InvalidInputError`.
 *
 * @example explainPlacement(getPlacement('HTI', 2024).value) // { sources: [], reasoning: 'rated in 2023 …', reviewNote: 'Inferred as …' }
 */
export function explainPlacement(input: PlacementLookup): PlacementExplanation {
  const placement = knownPlacement(input);
  if (placement === undefined) return { sources: [] };
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

// What `explainPlacement` throws for a value that is not a placement; exported here, in the chunk that throws it, so
// that the tier dataset's own bundle does not carry the class.
export { InvalidInputError } from '../input-error.js';

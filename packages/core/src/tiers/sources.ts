import { deepFreeze } from '../freeze.js';
import { parseCitation } from './citation-format.js';
import { INFERENCES, INFERRED_CELLS, REVIEW_NOTES, REVIEWED_CELLS, SOURCE_REGISTRY } from './generated/tip-sources.js';
import { knownPlacement } from './placement-input.js';
import type { Citation, PlacementExplanation, PlacementLookup, SourceInfo } from './schema.js';

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

/**
 * Reads a citation id as the data and its research notes write it, so that a reader can be shown words instead: a
 * full id (`CIAFB-ed2024`, `NEWS-thesun-2025-10-01`, with the date, edition and outlet it gives), a registry id
 * (`CIAFB`, `CRS`), or an id of two parts or more that the notes cut short (`CIAFB-CTRY`) when exactly one registry
 * entry begins with it.
 * `undefined` for anything else, words included. The reasoning of `explainPlacement` and the review notes cite
 * sources this way.
 *
 * @example readCitationId('CIAFB-ed2024') // { id: 'CIAFB-ed2024', source: 'CIAFB', address: 'github:…', edition: 2024 }
 */
export function readCitationId(id: unknown): Citation | undefined {
  if (typeof id !== 'string' || !/^[A-Z][\w./-]*$/.test(id)) return undefined;
  const parsed = parseCitation(id, TIER_SOURCES);
  if (parsed !== undefined) return parsed;
  const byId = describeSource(id);
  // Only an id of two parts or more counts as cut short: a single word (`SURE`, in a title) is a word.
  const candidates =
    byId !== undefined
      ? [byId]
      : id.includes('-')
        ? TIER_SOURCES.filter((source) => source.pattern.startsWith(`${id}-`))
        : [];
  const source = candidates.length === 1 ? candidates[0] : undefined;
  if (source === undefined) return undefined;
  return { id, source: source.id, ...(source.address === undefined ? {} : { address: source.address }) };
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

/**
 * Loads the exact citations and `getCitations`, as `loadTierCitations()` from `@ijm/core/tiers` does. Here too, so
 * that code which has loaded this chunk for a footnote can load the citations without carrying a second loader in its
 * first download (the tier widgets' dataset chunk is at its budget).
 */
export function loadTierCitations(): Promise<typeof import('./citations.js')> {
  return import('./citations.js');
}

// What `explainPlacement` throws for a value that is not a placement; exported here, in the chunk that throws it, so
// that the tier dataset's own bundle does not carry the class.
export { InvalidInputError } from '../input-error.js';

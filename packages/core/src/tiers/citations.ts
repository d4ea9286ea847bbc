import { parseCitation } from './citation-format.js';
import { CITATIONS } from './generated/tip-citations.js';
import { SOURCE_REGISTRY } from './generated/tip-sources.js';
import { knownPlacement } from './placement-input.js';
import type { Citation, PlacementLookup } from './schema.js';

// Loaded on demand through `loadTierCitations()`: the largest part of the data, needed only for an exact citation.

/**
 * The exact citations behind a placement, as the data gives them: ids like `ECOI-2010837` or `CIAFB-ed2010`, each with
 * its registry source, its address (a URL or `github:…`), any note, and how the tier was derived when it was read
 * from another year's text. Empty for inferred placements (see `explainPlacement`) and unknown ones; a value that is
 * not a placement throws `InvalidInputError`. The citations are new objects on every call.
 */
export function getCitations(input: PlacementLookup): readonly Citation[] {
  const placement = knownPlacement(input);
  if (placement === undefined || placement.provenance.kind !== 'sourced') return [];
  const key = `${placement.country}${placement.year}`;
  // Own keys only: a placement made up by the caller could name `__proto__` or `constructor`.
  const raw = Object.hasOwn(CITATIONS, key) ? CITATIONS[key] : undefined;
  if (raw !== undefined) return raw.split(';').flatMap((part) => parseCitation(part, SOURCE_REGISTRY) ?? []);
  return placement.provenance.sources.flatMap((id): Citation[] => {
    const source = SOURCE_REGISTRY.find((entry) => entry.id === id);
    if (source === undefined) return [];
    return [{ id: source.pattern, source: id, ...(source.address === undefined ? {} : { address: source.address }) }];
  });
}

// What `getCitations` throws for a value that is not a placement (see sources.ts).
export { InvalidInputError } from '../input-error.js';

import type { Citation, SourceInfo } from './schema.js';

type Registry = readonly Pick<SourceInfo, 'id' | 'pattern' | 'address'>[];

/**
 * The registry source a citation id belongs to: an exact pattern wins, then the longest matching prefix pattern
 * (`ECOI-*`). Shared by the generator, which rejects ids that match nothing, and the sources module.
 */
export function matchSource<S extends Registry[number]>(id: string, registry: readonly S[]): S | undefined {
  let best: S | undefined;
  let bestLength = -1;
  for (const source of registry) {
    if (source.pattern === id) return source;
    if (source.pattern.endsWith('*')) {
      const prefix = source.pattern.slice(0, -1);
      if (id.startsWith(prefix) && prefix.length > bestLength) {
        best = source;
        bestLength = prefix.length;
      }
    }
  }
  return best;
}

const ADDRESS = /^(https?:\/\/|github:)/;

/**
 * Reads one `;`-separated part of the data's `source` column: the citation id, then an address (a URL or
 * `github:…`) or free words. Returns `undefined` when the id matches no registry source.
 */
export function parseCitation(part: string, registry: Registry): Citation | undefined {
  const text = part.trim();
  const space = text.search(/\s/);
  const id = space === -1 ? text : text.slice(0, space);
  const rest = space === -1 ? '' : text.slice(space).trim();
  const source = matchSource(id, registry);
  if (source === undefined) return undefined;
  const citation: { -readonly [K in keyof Citation]: Citation[K] } = { id, source: source.id };
  if (ADDRESS.test(rest)) citation.address = rest;
  else {
    if (source.address !== undefined) citation.address = source.address;
    if (rest !== '') citation.note = rest;
  }
  if (id.endsWith('-prev')) citation.derivation = 'prev';
  else if (id.endsWith('-consec')) citation.derivation = 'consec';
  else if (id.endsWith('-absent')) citation.derivation = 'absent';
  return citation;
}

/** True when the citation says nothing beyond its registry source, so it need not be stored per placement. */
export function isPlainCitation(citation: Citation, registry: Registry): boolean {
  const source = registry.find((entry) => entry.id === citation.source);
  return (
    source !== undefined &&
    source.pattern === citation.id &&
    citation.note === undefined &&
    citation.address === source.address
  );
}

import type { Citation, SourceInfo } from './schema.js';

type Registry = readonly Pick<SourceInfo, 'id' | 'pattern' | 'address'>[];

/**
 * The registry source a citation id belongs to: an exact pattern wins, then the longest matching prefix pattern
 * (`ECOI-*`). A prefix that ends in a letter (`PD*`, `CIAFB-ed*`) must go on with a digit: `PD2017` is a citation,
 * `PDF` a word. Shared by the generator, which rejects ids that match nothing, and the sources module.
 */
export function matchSource<S extends Registry[number]>(id: string, registry: readonly S[]): S | undefined {
  let best: S | undefined;
  let bestLength = -1;
  for (const source of registry) {
    if (source.pattern === id) return source;
    if (source.pattern.endsWith('*')) {
      const prefix = source.pattern.slice(0, -1);
      const next = id.charAt(prefix.length);
      const continues = /[A-Za-z]$/.test(prefix) ? /\d/.test(next) : next !== '';
      if (id.startsWith(prefix) && continues && prefix.length > bestLength) {
        best = source;
        bestLength = prefix.length;
      }
    }
  }
  return best;
}

const ADDRESS = /^(https?:\/\/|github:)/;
const DERIVATION = /-(prev|consec|absent)$/;
/**
 * A date in the part of an id after its pattern's prefix: a year from 1900 to 2099, then an optional month and day
 * (`2025-10-01`, `2024-06`, `2019`), standing alone between `-` or `_` (letters may lead it: `TIP2018`), so that
 * document numbers (`2010837`, `AEN20220720…`) never read as dates.
 */
const DATE = /(?:^|[-_])[A-Za-z]*((?:19|20)\d\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)(?=$|[-_])/;

/** A web address's host without `www.`, or `undefined` when it is no http(s) address. */
function hostOf(address: string | undefined): string | undefined {
  if (address === undefined || !/^https?:\/\//.test(address)) return undefined;
  try {
    return new URL(address).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

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
  const derivation = DERIVATION.exec(id)?.[1];
  if (derivation === 'prev' || derivation === 'consec' || derivation === 'absent') citation.derivation = derivation;
  // What the id says beyond its registry source: only a prefix pattern (`NEWS-*`) leaves anything to read.
  const suffix = source.pattern.endsWith('*') ? id.slice(source.pattern.length - 1).replace(DERIVATION, '') : '';
  const date = DATE.exec(suffix);
  if (date?.[1] !== undefined) {
    // A Factbook id (`CIAFB-ed2021`) names the edition, which carries the previous year's lists.
    if (source.pattern.endsWith('-ed*')) citation.edition = Number(date[1].slice(0, 4));
    else citation.date = date[1];
  }
  // A source with no address of its own (news, embassy and government pages, mirrors) is named by where the cited
  // item appeared: its address's host, else the outlet its id names (`NEWS-malaymail-2017-06-28`).
  if (source.address === undefined) {
    const named = suffix
      .slice(0, date?.index ?? suffix.length)
      .replace(/(-\d+)+$/, '')
      .replace(/^[-_]+|[-_]+$/g, '');
    const site = hostOf(citation.address) ?? (/[a-z]/i.test(named) ? named : undefined);
    if (site !== undefined) citation.site = site;
  }
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

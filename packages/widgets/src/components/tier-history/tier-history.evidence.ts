// The evidence behind a placement, in words: a pure module with no Lit and no DOM, tested in Node
// (tier-history.evidence.node.test.ts). Only what a callout, the table or the sources footnote shows once the reader
// asks for it needs these words, so the element loads this module with the source registry, never for its first
// paint.
import type { Citation, SourceInfo } from '@ijm/core/tiers';
import type { Term } from './tier-history.view.js';

/** A registry source by id, from the sources chunk (`describeSource`). */
export type Describe = (id: string) => SourceInfo | undefined;

/** A source's publisher, unless its title already names it (`ecoi.net (ACCORD) copy of …`, publisher `ecoi.net`). */
export function publisherBesides(source: SourceInfo): string | undefined {
  return source.title.toLowerCase().includes(source.publisher.toLowerCase()) ? undefined : source.publisher;
}

/**
 * One citation in words, never its id: what it is (the registry's title; for a news report, the words "news report"),
 * where it appeared (the outlet, or the publisher) and when (the year, or the Factbook edition), then how the tier was
 * read from it and any note. `short` leaves the title out, for a source named inside a sentence (the reasoning behind
 * an inference). Empty when the registry has no such source.
 */
export function citationWords(citation: Citation, source: SourceInfo | undefined, term: Term, short = false): string {
  if (source === undefined) return '';
  const news = citation.source === 'NEWS';
  const where = citation.site ?? (news ? undefined : short ? source.publisher : publisherBesides(source));
  const parts = [
    news ? term('newsReport') : short ? undefined : source.title,
    where,
    citation.edition === undefined ? citation.date?.slice(0, 4) : term('edition', citation.edition),
  ];
  let words = parts.filter((part) => part !== undefined && part !== '').join(', ');
  if (short) return words;
  // A derivation that is a registry entry of its own (`KYC2024-T1-absent`) is in its title already.
  if (citation.derivation !== undefined && citation.id !== source.pattern) {
    words += ` (${term('derivation', citation.derivation)})`;
  }
  const { note } = citation;
  if (note !== undefined) words += note.startsWith('(') ? ` ${note}` : ` (${note})`;
  return words;
}

/** A piece of evidence as the chart lists it: words, and a link target when its address is `https:`. */
export interface Evidence {
  readonly text: string;
  readonly href: string | undefined;
}

/** The evidence behind a placement, from its exact citations: in words, each once, in the data's order. */
export function evidenceList(citations: readonly Citation[], describe: Describe, term: Term): readonly Evidence[] {
  const list: Evidence[] = [];
  for (const citation of citations) {
    const text = citationWords(citation, describe(citation.source), term);
    const href = httpsAddress(citation.address);
    if (text !== '' && !list.some((item) => item.text === text && item.href === href)) list.push({ text, href });
  }
  return list;
}

/**
 * Research text (the reasoning behind an inference, a review note) with every citation id it cites put in words:
 * `not in 2024 Tier 1 (KYC2024, 33)` → `not in 2024 Tier 1 (knowyourcountry.com, 33)`.
 */
export function inWords(
  text: string,
  read: (id: string) => Citation | undefined,
  describe: Describe,
  term: Term,
): string {
  return text.replace(/[A-Z][\w./-]*\w/g, (token) => {
    const citation = read(token);
    return citation === undefined ? token : citationWords(citation, describe(citation.source), term, true);
  });
}

/** A source's address as a link target, only when it is `https:`: never an `http:` or `github:` link. */
export function httpsAddress(address: string | undefined): string | undefined {
  if (address === undefined) return undefined;
  try {
    return new URL(address).protocol === 'https:' ? address : undefined;
  } catch {
    return undefined;
  }
}

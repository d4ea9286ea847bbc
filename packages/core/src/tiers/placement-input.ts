import { InvalidInputError } from '../input-error.js';
import type { KnownPlacement } from './schema.js';

/**
 * The placement that `explainPlacement` and `getCitations` were given, checked for the parts they read: the placement
 * itself when it is known, `undefined` when it is unknown, and an `InvalidInputError` for anything else. They take what
 * a caller kept from a query, so a wrong value gets a sentence saying so rather than an exception from inside.
 */
export function knownPlacement(placement: unknown): KnownPlacement | undefined {
  if (typeof placement === 'object' && placement !== null) {
    const { status, country, year, provenance } = placement as Partial<Record<keyof KnownPlacement, unknown>>;
    if (status === 'unknown') return undefined;
    const kind = (provenance as { kind?: unknown } | null | undefined)?.kind;
    if (
      status === 'known' &&
      typeof country === 'string' &&
      typeof year === 'number' &&
      (kind === 'inferred' || (kind === 'sourced' && Array.isArray((provenance as { sources?: unknown }).sources)))
    )
      return placement as KnownPlacement;
  }
  throw new InvalidInputError(placement, 'Not a placement: pass a value that getPlacement or getHistory returned.');
}

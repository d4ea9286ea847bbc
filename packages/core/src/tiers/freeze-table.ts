/**
 * Freezes a table of entries and each entry's objects and arrays (these tables go no deeper). Not `deepFreeze` from
 * `freeze.ts`: every bundle of the tier constants imports this, and importing `freeze.ts` here makes each of them
 * download it as one more chunk.
 */
export function freezeTable<T extends object>(table: T): T {
  for (const entry of Object.values(table)) {
    for (const part of Object.values(entry)) if (typeof part === 'object') Object.freeze(part);
    Object.freeze(entry);
  }
  return Object.freeze(table);
}

/**
 * Freezes a value and everything reachable through its own enumerable properties, then returns it. Core shares its
 * tables with every caller on the page, so a table that could be changed through one answer would change the answers
 * of all the others (convention 18). Already frozen objects are skipped: that ends cycles and repeated calls, and every
 * object frozen here is frozen all the way down. Call it as `/* @__PURE__ *\/ deepFreeze(…)` on a module's top level,
 * so that a bundle that does not use the table drops it.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

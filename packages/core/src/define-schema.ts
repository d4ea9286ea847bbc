/**
 * The one way this package declares a schema: `export const x = /* @__PURE__ *\/ define(() => z.…)`. It builds a
 * schema only when it is used. Bundlers drop an unused call annotated `/* @__PURE__ *\/`, but keep its
 * arguments when they are calls themselves (`z.object({ a: z.string() })`); wrapped in this, a `/schema` entry whose
 * caller uses one schema does not keep all the others.
 */
export const define = <T>(build: () => T): T => build();

/**
 * The Delphi survey's ids, apart from its indicator texts so that the schemas in `@ijm/core/indicators/schema` can name
 * them without pulling the lists in. Source as in `delphi.ts`.
 */
export const DELPHI_LIST_IDS = /* @__PURE__ */ Object.freeze([
  'adult-labour',
  'adult-sexual',
  'child-labour',
  'child-sexual',
] as const);

export const DELPHI_ELEMENT_IDS = /* @__PURE__ */ Object.freeze([
  'deceptive-recruitment',
  'coercive-recruitment',
  'recruitment-abuse-of-vulnerability',
  'exploitation',
  'coercion-at-destination',
  'abuse-of-vulnerability-at-destination',
] as const);

export const DELPHI_STRENGTHS = /* @__PURE__ */ Object.freeze(['strong', 'medium', 'weak'] as const);

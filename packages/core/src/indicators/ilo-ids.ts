/**
 * The 11 ILO indicators of forced labour, in the booklet's order. Kept apart from the definitions so that the self-check
 * engine can name indicators without shipping their texts.
 */
export const ILO_INDICATOR_IDS = /* @__PURE__ */ Object.freeze([
  'abuse-of-vulnerability',
  'deception',
  'restriction-of-movement',
  'isolation',
  'physical-and-sexual-violence',
  'intimidation-and-threats',
  'retention-of-identity-documents',
  'withholding-of-wages',
  'debt-bondage',
  'abusive-working-and-living-conditions',
  'excessive-overtime',
] as const);

/** An ILO forced-labour indicator id: one of `ILO_INDICATOR_IDS`. */
export type IloIndicatorId = (typeof ILO_INDICATOR_IDS)[number];

export function isIloIndicatorId(value: unknown): value is IloIndicatorId {
  return typeof value === 'string' && (ILO_INDICATOR_IDS as readonly string[]).includes(value);
}

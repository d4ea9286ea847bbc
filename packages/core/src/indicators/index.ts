// Runtime only: the zod schemas are in `@ijm/core/indicators/schema`, so that importing these never loads zod.

export { InvalidInputError } from '../input-error.js';
export {
  AVAILABLE_DELPHI_LIST_IDS,
  type AvailableDelphiListId,
  DELPHI_ELEMENTS,
  DELPHI_INDICATORS,
  DELPHI_LIST_META,
  DELPHI_RULE_STATUS,
  type DelphiElement,
  type DelphiElementRole,
  type DelphiIndicator,
  type DelphiList,
  type DelphiListIndicator,
  type DelphiListMeta,
  type DelphiListResult,
  type DelphiListVerification,
  type DelphiRating,
  type DelphiStrengthStatus,
  type DelphiTextStatus,
  getDelphiList,
  isAvailableDelphiList,
  UnknownDelphiListError,
} from './delphi.js';
export {
  assessDelphi,
  combineElements,
  type DelphiAssessment,
  type DelphiCombination,
  type DelphiElementOutcome,
  type DelphiElementRule,
  DelphiListNotAvailableError,
  elementRule,
  type StrengthCounts,
  UnknownDelphiIndicatorError,
} from './delphi-assess.js';
export { DELPHI_ELEMENT_IDS, DELPHI_LIST_IDS, DELPHI_STRENGTHS } from './delphi-ids.js';
export {
  type DefinitionCheckStatus,
  ILO_FORCED_LABOUR_SOURCE,
  ILO_INDICATORS,
  type IloIndicator,
} from './ilo.js';
export { ILO_INDICATOR_IDS, isIloIndicatorId } from './ilo-ids.js';
export type { DelphiElementId, DelphiListId, DelphiStrength, IloIndicatorId } from './schema.js';

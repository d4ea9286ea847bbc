export {
  type DelphiElementId,
  type DelphiListId,
  type DelphiStrength,
  delphiElementIdSchema,
  delphiListIdSchema,
  delphiStrengthSchema,
  type IloIndicatorId,
  iloIndicatorIdSchema,
} from '../schema.js';

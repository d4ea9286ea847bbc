import * as z from 'zod/mini';
import { define } from '../define-schema.js';
import { DELPHI_ELEMENT_IDS, DELPHI_LIST_IDS, DELPHI_STRENGTHS } from './delphi-ids.js';
import { ILO_INDICATOR_IDS } from './ilo-ids.js';

// Apart from the runtime modules, which import only these types: a widget that uses the indicators without validating
// must not get a static import of the chunk that holds zod. Public as `@ijm/core/indicators/schema`.
export const iloIndicatorIdSchema = /* @__PURE__ */ define(() => z.enum(ILO_INDICATOR_IDS));
export const delphiListIdSchema = /* @__PURE__ */ define(() => z.enum(DELPHI_LIST_IDS));
export const delphiElementIdSchema = /* @__PURE__ */ define(() => z.enum(DELPHI_ELEMENT_IDS));
export const delphiStrengthSchema = /* @__PURE__ */ define(() => z.enum(DELPHI_STRENGTHS));

export type { IloIndicatorId } from './ilo-ids.js';
export type DelphiListId = z.infer<typeof delphiListIdSchema>;
export type DelphiElementId = z.infer<typeof delphiElementIdSchema>;
export type DelphiStrength = z.infer<typeof delphiStrengthSchema>;

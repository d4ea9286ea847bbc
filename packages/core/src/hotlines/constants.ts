// Runtime lists, apart from `schema.ts` so that the lookup can name them without loading zod.
export const HOTLINE_CONFIDENCES = /* @__PURE__ */ Object.freeze(['high', 'medium', 'low'] as const);
export const CONTACT_CHANNELS = /* @__PURE__ */ Object.freeze(['call', 'sms', 'whatsapp'] as const);

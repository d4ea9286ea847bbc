// Runtime lists, apart from `schema.ts` so that the lookup can name them without loading zod.
export const HOTLINE_CONFIDENCES = ['high', 'medium', 'low'] as const;
export const CONTACT_CHANNELS = ['call', 'sms', 'whatsapp'] as const;

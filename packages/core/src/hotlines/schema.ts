import * as z from 'zod/mini';
import { define } from '../define-schema.js';
import { CONTACT_CHANNELS, HOTLINE_CONFIDENCES } from './constants.js';

// The generator and tests validate with these; runtime modules import only the types, so that a widget that looks
// numbers up never gets a static import of the chunk that holds zod. Public as `@ijm/core/hotlines/schema`.
export const confidenceSchema = /* @__PURE__ */ define(() => z.enum(HOTLINE_CONFIDENCES));
export const iso3Schema = /* @__PURE__ */ define(() => z.string().check(z.regex(/^[A-Z]{3}$/)));
export const iso2Schema = /* @__PURE__ */ define(() => z.string().check(z.regex(/^[A-Z]{2}$/)));
/** Digits as dialled, with a leading `+` only where the number is written with its country code. */
export const dialSchema = /* @__PURE__ */ define(() => z.string().check(z.regex(/^\+?[0-9]{3,15}$/)));
export const httpsUrlSchema = /* @__PURE__ */ define(() => z.url({ protocol: /^https$/ }));

export const contactSchema = /* @__PURE__ */ define(() =>
  z.object({
    channel: z.enum(CONTACT_CHANNELS),
    /** As the source writes it, for display. */
    display: z.string().check(z.minLength(1)),
    dial: dialSchema,
    /** `tel:` URI of `dial`: no spaces, the `+` country prefix kept where the number is international. */
    tel: z.string().check(z.regex(/^tel:\+?[0-9]{3,15}$/)),
    /** Written with a `+` country code, so it can be dialled from abroad; otherwise a national number or short code. */
    international: z.boolean(),
    /** Who or where it is for, in the source's English words (for example "from abroad", "children"). */
    label: z.optional(z.string()),
    /** Show "check this number": low confidence, or the research says this number needs confirming. */
    needsCheck: z.boolean(),
  }),
);

export const emergencyNumberSchema = /* @__PURE__ */ define(() =>
  z.object({
    display: z.string(),
    dial: dialSchema,
    tel: z.string().check(z.regex(/^tel:\+?[0-9]{3,15}$/)),
    label: z.optional(z.string()),
  }),
);

export const hotlineSchema = /* @__PURE__ */ define(() =>
  z.object({
    id: z.string().check(z.regex(/^[A-Z]{3}-[0-9]+$/)),
    country: iso3Schema,
    serviceName: z.string().check(z.minLength(1)),
    contacts: z.array(contactSchema).check(z.minLength(1)),
    web: z.array(z.object({ url: httpsUrlSchema, label: z.optional(z.string()), needsCheck: z.boolean() })),
    email: z.array(z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/))),
    /** Other ways in, in the source's words (apps, chatbots, walk-ins). */
    otherChannels: z.array(z.string()),
    // Facts the source does not state are absent, never "unknown" strings.
    hours: z.optional(z.string()),
    languages: z.optional(z.string()),
    operator: z.optional(z.string()),
    scope: z.optional(z.string()),
    confidence: confidenceSchema,
    needsCheck: z.boolean(),
  }),
);

export const hotlineCountrySchema = /* @__PURE__ */ define(() =>
  z.object({
    country: iso3Schema,
    iso2: iso2Schema,
    /** English name as in the source data. */
    name: z.string(),
    confidence: confidenceSchema,
    /** Best first. Empty when research looked and found no number. */
    entries: z.array(hotlineSchema),
    emergency: z.array(emergencyNumberSchema),
  }),
);

export const hotlineProvenanceSchema = /* @__PURE__ */ define(() =>
  z.object({
    sources: z.array(z.string()).check(z.minLength(1)),
    notes: z.optional(z.string()),
  }),
);

export type HotlineConfidence = z.infer<typeof confidenceSchema>;
export type HotlineContact = z.infer<typeof contactSchema>;
export type EmergencyNumber = z.infer<typeof emergencyNumberSchema>;
export type Hotline = z.infer<typeof hotlineSchema>;
export type HotlineCountry = z.infer<typeof hotlineCountrySchema>;
export type HotlineProvenance = z.infer<typeof hotlineProvenanceSchema>;

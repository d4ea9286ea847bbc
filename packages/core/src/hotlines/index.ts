export { HOTLINE_COUNTRIES } from './generated/hotlines.js';
export {
  findHotlineCountry,
  getHotlineProvenance,
  getHotlines,
  HOTLINE_COUNTRY_CODES,
  type HotlineLookup,
} from './hotlines.js';
export {
  type HotlineMessageKey,
  type HotlineMessages,
  hotlinesEn,
  hotlinesEs,
  hotlinesMs,
} from './messages.js';
export {
  CONTACT_CHANNELS,
  contactSchema,
  type EmergencyNumber,
  emergencyNumberSchema,
  HOTLINE_CONFIDENCES,
  type Hotline,
  type HotlineConfidence,
  type HotlineContact,
  type HotlineCountry,
  type HotlineProvenance,
  hotlineCountrySchema,
  hotlineProvenanceSchema,
  hotlineSchema,
  httpsUrlSchema,
} from './schema.js';

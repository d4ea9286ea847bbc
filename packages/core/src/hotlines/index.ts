// Runtime only: the zod schemas are in `@ijm/core/hotlines/schema`, so that importing these never loads zod.
export { CONTACT_CHANNELS, HOTLINE_CONFIDENCES } from './constants.js';
export {
  findHotlineCountry,
  getHotlineProvenance,
  getHotlines,
  HOTLINE_COUNTRIES,
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
export type {
  EmergencyNumber,
  Hotline,
  HotlineConfidence,
  HotlineContact,
  HotlineCountry,
  HotlineProvenance,
} from './schema.js';

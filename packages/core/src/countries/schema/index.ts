// The zod/mini schemas behind @ijm/core/countries' types, for validating data at a boundary. They live apart from
// @ijm/core/countries so that looking up a country never brings zod into a bundle.
export {
  alpha2Schema,
  alpha3Schema,
  countryListEntrySchema,
  countrySchema,
  countryStatusSchema,
  queryErrorCodeSchema,
  queryErrorSchema,
} from '../schema.js';

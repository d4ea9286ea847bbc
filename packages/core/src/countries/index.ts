export {
  allCountries,
  countryName,
  listCountries,
  normalizeCountryName,
  resolveCountry,
} from './countries.js';
export {
  type Alpha2,
  type Alpha3,
  alpha2Schema,
  alpha3Schema,
  type Country,
  type CountryListEntry,
  type CountryStatus,
  countryListEntrySchema,
  countrySchema,
  countryStatusSchema,
  type QueryError,
  type QueryErrorCode,
  queryErrorCodeSchema,
  queryErrorSchema,
  type Result,
} from './schema.js';

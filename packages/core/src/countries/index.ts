export {
  allCountries,
  countryName,
  listCountries,
  normalizeCountryName,
  resolveCountry,
} from './countries.js';
// Types only: the zod schemas are in @ijm/core/countries/schema, so importing from here never brings zod in.
export type {
  Alpha2,
  Alpha3,
  Country,
  CountryListEntry,
  CountryStatus,
  QueryError,
  QueryErrorCode,
  Result,
} from './schema.js';

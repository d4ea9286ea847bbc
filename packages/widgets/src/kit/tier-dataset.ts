// The chunk behind `loadTierData()`: it re-exports only the queries the tier widgets call, so that the bundler
// leaves the schemas (and with them zod), the unused queries and the published totals out of the download. A
// dynamic `import('@ijm/core/tiers')` would keep every export of the subpath, zod included (about 22 KiB gzip
// instead of 6). Import this module only through `loadTierData()`, never statically.
export { countryName } from '@ijm/core/countries';
export { FIRST_REPORT_YEAR, getHistory, getPlacement, LAST_REPORT_YEAR, loadTierSources } from '@ijm/core/tiers';

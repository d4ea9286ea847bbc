// The chunk behind `loadTierData()`: it re-exports only the queries the tier widgets call, so that the bundler leaves
// the unused queries and the published totals out of the download; a dynamic `import('@ijm/core/tiers')` would keep
// every export of the subpath. Import this module only through `loadTierData()`, never statically.
export { countryName } from '@ijm/core/countries';
export { FIRST_REPORT_YEAR, getHistory, getPlacement, LAST_REPORT_YEAR, loadTierSources } from '@ijm/core/tiers';

import { bench, describe } from 'vitest';
import { indexCountryCodes, indexCountryNames } from '../countries/countries.js';
import { indexTierData } from './dataset.js';
import { getHistory, getPlacement, REPORT_YEARS, tierCountries, watchListStatus } from './index.js';

// Run: cd packages/core && pnpm exec vitest bench --run
// Lookups cycle through every country and year so that no single cell stays hot; the index functions are what the
// first query of a page runs once.

const codes = tierCountries().map((country) => country.alpha3);
const alpha2 = tierCountries().map((country) => country.alpha2.toLowerCase());
const names = ['Malaysia', 'Burma', 'The Gambia', "Cote d'Ivoire", 'Republic of the Congo', 'Kosovo'];
let i = 0;
const next = () => i++;

describe('lookups after the first use', () => {
  bench('getPlacement(alpha-3, year)', () => {
    const n = next();
    getPlacement(codes[n % codes.length], REPORT_YEARS[n % REPORT_YEARS.length]);
  });
  bench('getPlacement(alpha-2 lower case, year)', () => {
    const n = next();
    getPlacement(alpha2[n % alpha2.length], REPORT_YEARS[n % REPORT_YEARS.length]);
  });
  bench('getPlacement(English name, year)', () => {
    const n = next();
    getPlacement(names[n % names.length], REPORT_YEARS[n % REPORT_YEARS.length]);
  });
  bench('getHistory(alpha-3): 25 placements', () => {
    getHistory(codes[next() % codes.length]);
  });
  bench('watchListStatus(alpha-3, year)', () => {
    const n = next();
    watchListStatus(codes[n % codes.length], REPORT_YEARS[n % REPORT_YEARS.length]);
  });
});

describe('one-time indexing (first use)', () => {
  bench('indexTierData: decode the dataset index', () => {
    indexTierData();
  });
  bench('indexCountryCodes: decode the ISO code table', () => {
    indexCountryCodes();
  });
  bench('indexCountryNames: English names through Intl.DisplayNames (first name lookup only)', () => {
    indexCountryNames();
  });
});

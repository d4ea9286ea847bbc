import type { Catalog } from '@ijm/core/i18n';
import type { Tier } from '@ijm/core/tiers';
import { tierNames } from '../../kit/tier-names.js';

export interface TierBadgeMessages {
  [key: string]: string | ((...args: never[]) => string);
  tier: (tier: Tier) => string;
  /** A tier value that is no tier, or a country-year the dataset has no placement for: never a guess. */
  unknownTier: string;
  /** Read out while the dataset loads (the badge shows an empty frame). */
  loading: string;
  /** The `country` attribute names no known country; `input` is the text as written. */
  unknownCountry: (input: string) => string;
  /** The `year` attribute is no report year; `input` is the text as written. */
  unknownYear: (input: string) => string;
  /** `country` is given without `year`. */
  yearNeeded: string;
  /** The dataset could not be downloaded. */
  loadFailed: string;
}

const en: Catalog<TierBadgeMessages> = {
  locale: 'en',
  status: 'source',
  messages: {
    tier: tierNames.en,
    unknownTier: 'Tier not known',
    loading: 'Loading tier…',
    unknownCountry: (input) => `Unknown country “${input}”`,
    unknownYear: (input) => `No TIP report for “${input}”`,
    yearNeeded: 'Report year needed',
    loadFailed: 'Tier data unavailable',
  },
};

const ms: Catalog<TierBadgeMessages> = {
  locale: 'ms',
  status: 'needs-native-review',
  messages: {
    tier: tierNames.ms,
    unknownTier: 'Tahap tidak diketahui',
    loading: 'Memuatkan tahap…',
    unknownCountry: (input) => `Negara tidak dikenali “${input}”`,
    unknownYear: (input) => `Tiada laporan TIP untuk “${input}”`,
    yearNeeded: 'Tahun laporan diperlukan',
    loadFailed: 'Data tahap tidak tersedia',
  },
};

const es: Catalog<TierBadgeMessages> = {
  locale: 'es',
  status: 'needs-native-review',
  messages: {
    tier: tierNames.es,
    unknownTier: 'Nivel desconocido',
    loading: 'Cargando nivel…',
    unknownCountry: (input) => `País desconocido «${input}»`,
    unknownYear: (input) => `No hay informe TIP para «${input}»`,
    yearNeeded: 'Falta el año del informe',
    loadFailed: 'Datos de niveles no disponibles',
  },
};

export const tierBadgeCatalogs = { en, ms, es };

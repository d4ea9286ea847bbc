import type { Catalog } from '@ijm/core/i18n';
import type { Tier } from '@ijm/core/tiers';

export interface TierBadgeMessages {
  [key: string]: string | ((...args: never[]) => string);
  tier: (tier: Tier) => string;
  unknownTier: string;
}

const en: Catalog<TierBadgeMessages> = {
  locale: 'en',
  status: 'source',
  messages: {
    tier: (tier) =>
      ({ '1': 'Tier 1', '2': 'Tier 2', '2WL': 'Tier 2 Watch List', '3': 'Tier 3', special: 'Special Case' })[tier],
    unknownTier: 'Tier not known',
  },
};

const ms: Catalog<TierBadgeMessages> = {
  locale: 'ms',
  status: 'needs-native-review',
  messages: {
    tier: (tier) =>
      ({
        '1': 'Tahap 1',
        '2': 'Tahap 2',
        '2WL': 'Senarai Pemerhatian Tahap 2',
        '3': 'Tahap 3',
        special: 'Kes Khas',
      })[tier],
    unknownTier: 'Tahap tidak diketahui',
  },
};

const es: Catalog<TierBadgeMessages> = {
  locale: 'es',
  status: 'needs-native-review',
  messages: {
    tier: (tier) =>
      ({
        '1': 'Nivel 1',
        '2': 'Nivel 2',
        '2WL': 'Nivel 2 en Lista de Vigilancia',
        '3': 'Nivel 3',
        special: 'Caso especial',
      })[tier],
    unknownTier: 'Nivel desconocido',
  },
};

export const tierBadgeCatalogs = { en, ms, es };

import type { Locale } from '@ijm/core/i18n';
import type { TIER_LABELS, Tier } from '@ijm/core/tiers/constants';

/**
 * The tiers' names in each locale, shared by every tier widget's catalog so a name is translated once. Malay and
 * Spanish are drafts that need a native speaker's review (their catalogs say so). English is the core's
 * `TIER_LABELS`, written out (and checked against them) because importing the table costs <ijm-tier-badge> 0.09 KiB.
 */
export const tierNames: Record<Locale, (tier: Tier) => string> = {
  en: (tier) =>
    (
      ({ '1': 'Tier 1', '2': 'Tier 2', '2WL': 'Tier 2 Watch List', '3': 'Tier 3', special: 'Special Case' }) satisfies {
        [T in Tier]: (typeof TIER_LABELS)[T]['long'];
      }
    )[tier],
  ms: (tier) =>
    ({ '1': 'Tahap 1', '2': 'Tahap 2', '2WL': 'Senarai Pemerhatian Tahap 2', '3': 'Tahap 3', special: 'Kes Khas' })[
      tier
    ],
  es: (tier) =>
    ({
      '1': 'Nivel 1',
      '2': 'Nivel 2',
      '2WL': 'Nivel 2 en Lista de Vigilancia',
      '3': 'Nivel 3',
      special: 'Caso especial',
    })[tier],
};

import { isTier, TIERS, type Tier } from './constants/index.js';
import { freezeTable } from './freeze-table.js';

/**
 * Ranked tiers in order from best to worst; Special Cases are not ranked, so they sort last and have no rank. Anything
 * that is not a tier has no rank either.
 */
export function tierRank(tier: unknown): number | undefined {
  return isTier(tier) && tier !== 'special' ? TIERS.indexOf(tier) : undefined;
}

export interface TierDefinition {
  readonly tier: Tier;
  /** One plain-language sentence, close to the report's own wording. */
  readonly summary: string;
  /** The statute's words where the tier is statutory; absent for Special Cases. */
  readonly statute?: { readonly citation: string; readonly text: string };
  readonly notes?: readonly string[];
}

/**
 * The tiers as the Trafficking Victims Protection Act defines them (22 U.S.C. § 7107(b)).
 * Source: shared research notes `tip-tiers-notes.md` §6, quoting the US Code. Frozen.
 */
export const TIER_DEFINITIONS = /* @__PURE__ */ freezeTable({
  '1': {
    tier: '1',
    summary: "Countries whose governments fully meet the TVPA's minimum standards for the elimination of trafficking.",
    statute: {
      citation: '22 U.S.C. § 7107(b)(1)(A)',
      text: 'Countries whose governments fully comply with such standards based only on concrete actions taken by the country that are recorded during the reporting period.',
    },
  },
  '2': {
    tier: '2',
    summary:
      "Countries whose governments do not fully meet the TVPA's minimum standards but are making significant efforts to meet them.",
    statute: {
      citation: '22 U.S.C. § 7107(b)(1)(B)',
      text: 'Countries whose governments do not yet fully comply with such standards but are making significant efforts to bring themselves into compliance based only on concrete actions (excluding any commitments by the country to take additional future steps during the next year).',
    },
  },
  '2WL': {
    tier: '2WL',
    summary:
      'Tier 2 countries where the number of victims is very significant or significantly increasing without proportional action, or where there is no evidence of increasing efforts from the previous year.',
    statute: {
      citation: '22 U.S.C. § 7107(b)(2)(A)(iii)',
      text: '(I) the estimated number of victims of severe forms of trafficking is very significant or is significantly increasing and the country is not taking proportional concrete actions; or (II) there is a failure to provide evidence of increasing efforts to combat severe forms of trafficking in persons from the previous year, including increased investigations, prosecutions and convictions of trafficking crimes, increased assistance to victims, and decreasing evidence of complicity in severe forms of trafficking by government officials.',
    },
    notes: [
      'The Watch List first appeared in the 2004 report.',
      'Two consecutive years on the Watch List lead to an automatic downgrade to Tier 3 (§ 7107(b)(2)(D)(i)), unless waived for up to one year on the strength of a written plan (§ 7107(b)(2)(D)(ii)).',
    ],
  },
  '3': {
    tier: '3',
    summary:
      "Countries whose governments do not fully meet the TVPA's minimum standards and are not making significant efforts to do so.",
    statute: {
      citation: '22 U.S.C. § 7107(b)(1)(C)',
      text: 'Countries whose governments do not fully comply with such standards and are not making significant efforts to bring themselves into compliance.',
    },
    notes: [
      'Tier 3 can lead to the withholding of nonhumanitarian, nontrade-related assistance (§ 7107(d)), unless waived.',
    ],
  },
  special: {
    tier: 'special',
    summary:
      'Places the report does not assign a tier, usually because ongoing political instability prevents an assessment.',
    notes: ['Not a statutory tier. Libya, Somalia and Yemen were Special Cases in 2017 and 2019 (CRS R44953).'],
  },
} as const satisfies Record<Tier, TierDefinition>);

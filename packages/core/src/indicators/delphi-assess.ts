import { type AvailableDelphiListId, DELPHI_LIST_META, getDelphiList } from './delphi.js';
import { DELPHI_ELEMENT_IDS } from './delphi-ids.js';
import type { DelphiElementId, DelphiListId, DelphiStrength } from './schema.js';

export interface StrengthCounts {
  readonly strong: number;
  readonly medium: number;
  readonly weak: number;
}

/** The four ways an element turns positive, in the order the rule lists them. */
export type DelphiElementRule = '2-strong' | '1-strong-1-medium-or-weak' | '3-medium' | '2-medium-1-weak';

/** The first clause of the element rule that the counts meet, or `undefined` when the element is not positive. */
export function elementRule({ strong, medium, weak }: StrengthCounts): DelphiElementRule | undefined {
  if (strong >= 2) return '2-strong';
  if (strong >= 1 && medium + weak >= 1) return '1-strong-1-medium-or-weak';
  if (medium >= 3) return '3-medium';
  if (medium >= 2 && weak >= 1) return '2-medium-1-weak';
  return undefined;
}

export interface DelphiCombination {
  /** Any of the three recruitment elements. */
  readonly recruitment: boolean;
  readonly exploitation: boolean;
  /** Coercion at destination or abuse of vulnerability at destination. Not required for children. */
  readonly destination: boolean;
  readonly traffickingIndicated: boolean;
}

/**
 * Adults: recruitment AND exploitation AND destination. Children: recruitment AND exploitation, because the Palermo
 * Protocol (Art. 3(c)) does not require the means for a child; destination elements still count as evidence.
 */
export function combineElements(
  audience: 'adult' | 'child',
  positive: Readonly<Record<DelphiElementId, boolean>>,
): DelphiCombination {
  const recruitment =
    positive['deceptive-recruitment'] ||
    positive['coercive-recruitment'] ||
    positive['recruitment-abuse-of-vulnerability'];
  const exploitation = positive.exploitation;
  const destination = positive['coercion-at-destination'] || positive['abuse-of-vulnerability-at-destination'];
  const traffickingIndicated = recruitment && exploitation && (audience === 'child' || destination);
  return { recruitment, exploitation, destination, traffickingIndicated };
}

export interface DelphiElementOutcome {
  readonly element: DelphiElementId;
  readonly positive: boolean;
  readonly rule?: DelphiElementRule;
  readonly counts: StrengthCounts;
  /** The present indicators of this element with the strength they counted at: what carried (or failed to carry) it. */
  readonly indicators: readonly { readonly id: string; readonly strength: DelphiStrength }[];
}

export interface DelphiAssessment extends DelphiCombination {
  readonly list: AvailableDelphiListId;
  readonly elements: Readonly<Record<DelphiElementId, DelphiElementOutcome>>;
  /**
   * Whether the outcome holds however the disputed and conflicting strengths are settled. The rule is monotone (a
   * stronger indicator never turns an element negative), so scoring every uncertain indicator at its lowest and then
   * at its highest candidate strength bounds every mix of them.
   */
  readonly sensitivity: {
    readonly uncertainIndicatorIds: readonly string[];
    readonly lowest: boolean;
    readonly highest: boolean;
    readonly robust: boolean;
  };
  /** The combination rule comes from a secondary source (see `DELPHI_RULE_STATUS`). */
  readonly ruleStatus: 'secondary-source';
  /** Screening support for trained staff, never a legal determination. */
  readonly determination: 'indicative-only';
}

export class DelphiListNotAvailableError extends Error {
  readonly listId: DelphiListId;
  constructor(listId: DelphiListId, message: string) {
    super(message);
    this.name = 'DelphiListNotAvailableError';
    this.listId = listId;
  }
}

export class UnknownDelphiIndicatorError extends Error {
  readonly listId: AvailableDelphiListId;
  readonly unknownIds: readonly string[];
  constructor(listId: AvailableDelphiListId, unknownIds: readonly string[]) {
    super(`Unknown indicator id(s) for the Delphi list ${listId}: ${unknownIds.join(', ')}`);
    this.name = 'UnknownDelphiIndicatorError';
    this.listId = listId;
    this.unknownIds = unknownIds;
  }
}

const RANK: Record<DelphiStrength, number> = { weak: 0, medium: 1, strong: 2 };

/**
 * Applies the Delphi combination rule to the indicators found present. Throws `DelphiListNotAvailableError` for a list
 * we do not hold and `UnknownDelphiIndicatorError` naming every id that is not in the chosen list.
 */
export function assessDelphi(listId: DelphiListId, presentIndicatorIds: Iterable<string>): DelphiAssessment {
  const result = getDelphiList(listId);
  if (!result.available) throw new DelphiListNotAvailableError(listId, result.message);
  const { list } = result;
  const byId = new Map(list.elements.flatMap(({ indicators }) => indicators.map((item) => [item.id, item] as const)));
  const present = [...new Set(presentIndicatorIds)];
  const unknown = present.filter((id) => !byId.has(id));
  if (unknown.length > 0) throw new UnknownDelphiIndicatorError(list.id, unknown);

  const items = present.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
  const score = (pick: (item: (typeof items)[number]) => DelphiStrength) => {
    const elements = {} as Record<DelphiElementId, DelphiElementOutcome>;
    for (const element of DELPHI_ELEMENT_IDS) {
      const carried = items
        .filter((item) => item.element === element)
        .map((item) => ({ id: item.id, strength: pick(item) }));
      const counts = {
        strong: carried.filter((c) => c.strength === 'strong').length,
        medium: carried.filter((c) => c.strength === 'medium').length,
        weak: carried.filter((c) => c.strength === 'weak').length,
      };
      const rule = elementRule(counts);
      elements[element] = rule
        ? { element, positive: true, rule, counts, indicators: carried }
        : { element, positive: false, counts, indicators: carried };
    }
    const positive = Object.fromEntries(DELPHI_ELEMENT_IDS.map((id) => [id, elements[id].positive])) as Record<
      DelphiElementId,
      boolean
    >;
    return { elements, combination: combineElements(DELPHI_LIST_META[list.id].audience, positive) };
  };

  const recorded = score((item) => item.strength);
  const bound = (choose: (a: number, b: number) => number) =>
    score((item) => {
      const other = item.alternative?.strength ?? item.strength;
      return RANK[item.strength] === choose(RANK[item.strength], RANK[other]) ? item.strength : other;
    }).combination.traffickingIndicated;
  const lowest = bound(Math.min);
  const highest = bound(Math.max);

  return {
    list: list.id,
    elements: recorded.elements,
    ...recorded.combination,
    sensitivity: {
      uncertainIndicatorIds: items.filter((item) => item.alternative).map((item) => item.id),
      lowest,
      highest,
      robust: lowest === highest,
    },
    ruleStatus: 'secondary-source',
    determination: 'indicative-only',
  };
}

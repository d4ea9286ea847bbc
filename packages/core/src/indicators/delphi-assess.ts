import { InvalidInputError } from '../input-error.js';
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

// Reads a caller's object by a fixed key, own properties only: an inherited `strong` or `exploitation` is no answer.
const own = (value: object, key: string): unknown =>
  Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/**
 * The first clause of the element rule that the counts meet, or `undefined` when the element is not positive. Throws
 * `InvalidInputError` unless `strong`, `medium` and `weak` are whole numbers from 0.
 */
export function elementRule(counts: StrengthCounts): DelphiElementRule | undefined {
  const [strong, medium, weak] =
    typeof counts === 'object' && counts !== null ? ['strong', 'medium', 'weak'].map((key) => own(counts, key)) : [];
  if (!isCount(strong) || !isCount(medium) || !isCount(weak))
    throw new InvalidInputError(counts, 'elementRule() needs { strong, medium, weak } as whole numbers from 0.');
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
 * Protocol (Art. 3(c)) does not require the means for a child; destination elements still count as evidence. An
 * element counts as positive only when `positive` has it as its own property set to `true`. Throws
 * `InvalidInputError` for an audience other than `adult` or `child`, or a `positive` that is not an object.
 */
export function combineElements(
  audience: 'adult' | 'child',
  positive: Readonly<Record<DelphiElementId, boolean>>,
): DelphiCombination {
  if (audience !== 'adult' && audience !== 'child')
    throw new InvalidInputError(audience, 'combineElements() needs the audience "adult" or "child".');
  if (typeof positive !== 'object' || positive === null)
    throw new InvalidInputError(positive, 'combineElements() needs an object of element ids to booleans.');
  const is = (id: DelphiElementId) => own(positive, id) === true;
  const recruitment =
    is('deceptive-recruitment') || is('coercive-recruitment') || is('recruitment-abuse-of-vulnerability');
  const exploitation = is('exploitation');
  const destination = is('coercion-at-destination') || is('abuse-of-vulnerability-at-destination');
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
 * Applies the Delphi combination rule to the indicators found present. Throws `UnknownDelphiListError` for a value
 * that is no list id, `DelphiListNotAvailableError` for a list we do not hold, `InvalidInputError` when the ids are
 * not an iterable of strings (a single string is refused too, rather than read letter by letter), and
 * `UnknownDelphiIndicatorError` naming every id that is not in the chosen list.
 */
export function assessDelphi(listId: DelphiListId, presentIndicatorIds: Iterable<string>): DelphiAssessment {
  const result = getDelphiList(listId);
  if (!result.available) throw new DelphiListNotAvailableError(listId, result.message);
  const { list } = result;
  const byId = new Map(list.elements.flatMap(({ indicators }) => indicators.map((item) => [item.id, item] as const)));
  const ids: unknown = presentIndicatorIds;
  if (
    typeof ids !== 'object' ||
    ids === null ||
    typeof (ids as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function'
  )
    throw new InvalidInputError(ids, 'assessDelphi() needs an iterable (an array or a set) of indicator ids.');
  const present = [...new Set(ids as Iterable<unknown>)];
  if (!present.every((id): id is string => typeof id === 'string'))
    throw new InvalidInputError(ids, 'assessDelphi() needs indicator ids as strings.');
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

import { deepFreeze } from '../freeze.js';
import { DELPHI_ELEMENT_IDS, DELPHI_LIST_IDS } from './delphi-ids.js';
import type { DelphiElementId, DelphiListId, DelphiStrength } from './schema.js';

/**
 * ILO / European Commission, "Operational indicators of trafficking in human beings: Results from a Delphi survey
 * implemented by the ILO and the European Commission" (March 2009, revised September 2009; ILO WCMS_105023).
 *
 * Source of everything in this file: shared research data `delphi-operational-indicators.md` and
 * `delphi-verification.md` (copies in `packages/core/data/indicators/`). The brochure's list pages were not read: the
 * indicator texts, strengths and the combination rule come from a secondary source, and each carries that status.
 */

/** The lists whose indicators we hold. The sexual-exploitation lists were not retrieved and are not invented. */
export const AVAILABLE_DELPHI_LIST_IDS = /* @__PURE__ */ Object.freeze(['adult-labour', 'child-labour'] as const);
export type AvailableDelphiListId = (typeof AVAILABLE_DELPHI_LIST_IDS)[number];

/** Which part of the combination rule an element feeds. */
export type DelphiElementRole = 'recruitment' | 'exploitation' | 'destination';

export interface DelphiElement {
  readonly id: DelphiElementId;
  readonly name: string;
  readonly role: DelphiElementRole;
}

/** The six elements (verified from the ILO and EC abstracts). */
export const DELPHI_ELEMENTS: Readonly<Record<DelphiElementId, DelphiElement>> = /* @__PURE__ */ deepFreeze({
  'deceptive-recruitment': {
    id: 'deceptive-recruitment',
    name: 'Deceptive recruitment (including deception in transfer and transportation)',
    role: 'recruitment',
  },
  'coercive-recruitment': {
    id: 'coercive-recruitment',
    name: 'Coercive recruitment (including coercion in transfer and transportation)',
    role: 'recruitment',
  },
  'recruitment-abuse-of-vulnerability': {
    id: 'recruitment-abuse-of-vulnerability',
    name: 'Recruitment by abuse of vulnerability',
    role: 'recruitment',
  },
  exploitation: { id: 'exploitation', name: 'Exploitative conditions of work', role: 'exploitation' },
  'coercion-at-destination': { id: 'coercion-at-destination', name: 'Coercion at destination', role: 'destination' },
  'abuse-of-vulnerability-at-destination': {
    id: 'abuse-of-vulnerability-at-destination',
    name: 'Abuse of vulnerability at destination',
    role: 'destination',
  },
});

/**
 * `secondary`: only from the secondary source (an AI-assisted synthesis), consistent with the researcher's recollection.
 * `corroborated`: the wording also matches an independent partial reproduction (Migrant Resource Centre Bangladesh).
 */
export type DelphiTextStatus = 'secondary' | 'corroborated';

/**
 * `secondary`: from the secondary source, not contradicted. `disputed`: the secondary source and the researcher's
 * recollection differ. `conflicting`: another reproduction rates it differently. The last two carry an `alternative`.
 */
export type DelphiStrengthStatus = 'secondary' | 'disputed' | 'conflicting';

export interface DelphiRating {
  readonly strength: DelphiStrength;
  readonly status: DelphiStrengthStatus;
  readonly alternative?: { readonly strength: DelphiStrength; readonly source: string };
}

export interface DelphiIndicator {
  /** `<element abbreviation>.<slug>`: the same wording under two elements is two indicators with two ids. */
  readonly id: string;
  readonly element: DelphiElementId;
  readonly text: string;
  readonly textStatus: DelphiTextStatus;
  /** Rating per list; a list that lacks the indicator has no entry. */
  readonly ratings: Readonly<Partial<Record<AvailableDelphiListId, DelphiRating>>>;
}

const RECOLLECTION = "The research file's earlier recollection of the brochure (delphi-operational-indicators.md)";
const MRC =
  "Migrant Resource Centre Bangladesh FAQ, citing 'ILO's standards' without naming the list (delphi-verification.md §3)";

// Compact rows keep the 67 items auditable against the research file line by line: [id, text, adult, child?].
type Code = 'S' | 'M' | 'W';
type Row = readonly [id: string, text: string, adult: Code, child: Code | null];
const STRENGTH: Record<Code, DelphiStrength> = { S: 'strong', M: 'medium', W: 'weak' };

const ROWS: Readonly<Record<DelphiElementId, readonly Row[]>> = {
  'deceptive-recruitment': [
    ['dr.nature-location-employer', 'Deceived about the nature of the job, location or employer', 'S', 'S'],
    ['dr.conditions', 'Deceived about conditions of work', 'M', 'M'],
    ['dr.contract', 'Deceived about content or legality of work contract', 'M', 'M'],
    ['dr.family-reunification', 'Deceived about family reunification', 'M', 'M'],
    ['dr.housing', 'Deceived about housing and living conditions', 'M', 'M'],
    ['dr.legal-status', 'Deceived about legal documentation or obtaining legal migration status', 'M', 'M'],
    ['dr.travel-recruitment', 'Deceived about travel and recruitment conditions', 'M', 'M'],
    ['dr.wages', 'Deceived about wages/earnings', 'M', 'M'],
    ['dr.marriage-adoption', 'Deceived through promises of marriage or adoption', 'M', 'M'],
    ['dr.education', 'Deceived about access to education opportunities', 'W', 'S'],
  ],
  'coercive-recruitment': [
    ['cr.violence', 'Violence on victims', 'S', 'S'],
    ['cr.abduction', 'Abduction, forced marriage, forced adoption or selling of victim', 'M', 'S'],
    ['cr.documents', 'Confiscation of documents', 'M', 'M'],
    ['cr.debt-bondage', 'Debt bondage', 'M', 'S'],
    ['cr.isolation', 'Isolation, confinement or surveillance', 'M', 'M'],
    ['cr.denunciation', 'Threat of denunciation to authorities', 'M', 'M'],
    ['cr.threats-violence', 'Threats of violence against victim', 'M', 'S'],
    ['cr.threats-inform', 'Threats to inform family, community or public', 'M', 'M'],
    ['cr.violence-family', 'Violence on family (threats or effective)', 'M', 'M'],
    ['cr.withholding-money', 'Withholding of money', 'M', 'M'],
  ],
  'recruitment-abuse-of-vulnerability': [
    ['rv.difficult-family', 'Abuse of difficult family situation', 'M', 'M'],
    ['rv.illegal-status', 'Abuse of illegal status', 'M', 'M'],
    ['rv.lack-of-education', 'Abuse of lack of education (language)', 'M', 'M'],
    ['rv.lack-of-information', 'Abuse of lack of information', 'M', 'M'],
    ['rv.control-of-exploiters', 'Control of exploiters', 'M', 'M'],
    ['rv.economic-reasons', 'Economic reasons', 'M', 'M'],
    ['rv.false-information-law', 'False information about law, attitude of authorities', 'M', null],
    ['rv.false-information-migration', 'False information about successful migration', 'M', 'M'],
    ['rv.family-situation', 'Family situation', 'M', 'M'],
    ['rv.personal-situation', 'Personal situation', 'M', 'M'],
    ['rv.psychological-dependency', 'Psychological and emotional dependency', 'M', 'M'],
    ['rv.authorities-legal-status', 'Relationship with authorities/legal status', 'M', 'M'],
    ['rv.cultural-beliefs', 'Abuse of cultural/religious beliefs', 'W', 'M'],
    ['rv.general-context', 'General context', 'W', 'M'],
    ['rv.difficulties-in-past', 'Difficulties in the past', 'M', 'M'],
    ['rv.travel-organisation', 'Difficulty to organise the travel', 'M', 'M'],
  ],
  exploitation: [
    ['ex.excessive-hours', 'Excessive working days or hours', 'S', 'S'],
    ['ex.bad-living-conditions', 'Bad living conditions', 'M', 'M'],
    ['ex.hazardous-work', 'Hazardous work', 'M', 'M'],
    ['ex.low-or-no-salary', 'Low or no salary', 'M', 'M'],
    ['ex.labour-laws', 'No respect of labour laws or contract signed', 'M', 'M'],
    ['ex.social-protection', 'No social protection (contract, social insurance, etc.)', 'M', null],
    ['ex.bad-working-conditions', 'Very bad working conditions', 'M', 'M'],
    ['ex.wage-manipulation', 'Wage manipulation', 'M', 'M'],
    ['ex.education', 'No access to education', 'W', 'M'],
  ],
  'coercion-at-destination': [
    ['cd.documents', 'Confiscation of documents', 'S', 'S'],
    ['cd.debt-bondage', 'Debt bondage', 'S', 'S'],
    ['cd.isolation', 'Isolation, confinement or surveillance', 'S', 'S'],
    ['cd.violence', 'Violence on victims', 'S', 'S'],
    ['cd.illicit-activities', 'Forced into illicit/criminal activities', 'M', 'S'],
    ['cd.forced-tasks', 'Forced tasks or clients', 'M', 'S'],
    ['cd.against-peers', 'Forced to act against peers', 'M', 'M'],
    ['cd.lie', 'Forced to lie to authorities, family, etc.', 'M', 'M'],
    ['cd.denunciation', 'Threat of denunciation to authorities', 'M', 'M'],
    ['cd.worse-conditions', 'Threat to impose even worse working conditions', 'M', 'M'],
    ['cd.threats-violence', 'Threats of violence against victim', 'M', 'S'],
    ['cd.strong-influence', 'Under strong influence', 'M', 'S'],
    ['cd.violence-family', 'Violence on family (threats or effective)', 'M', 'M'],
    ['cd.withholding-wages', 'Withholding of wages', 'M', 'M'],
    ['cd.threats-inform', 'Threats to inform family, community or public', 'W', 'M'],
  ],
  'abuse-of-vulnerability-at-destination': [
    ['vd.dependency', 'Dependency on exploiters', 'M', 'M'],
    ['vd.unknown-area', 'Difficulty to live in an unknown area', 'M', 'M'],
    ['vd.economic-reasons', 'Economic reasons', 'M', 'M'],
    ['vd.family-situation', 'Family situation', 'M', 'M'],
    ['vd.authorities-legal-status', 'Relationship with authorities/legal status', 'M', 'M'],
    ['vd.difficulties-in-past', 'Difficulties in the past', 'W', 'M'],
    ['vd.personal-characteristics', 'Personal characteristics', 'W', 'M'],
  ],
};

/** Adult-list ratings that another source contradicts (ids to the alternative and who gives it). */
const ADULT_ALTERNATIVES: Readonly<Record<string, { status: 'disputed' | 'conflicting'; alternative: Code }>> = {
  'rv.difficulties-in-past': { status: 'disputed', alternative: 'W' },
  'rv.travel-organisation': { status: 'disputed', alternative: 'W' },
  'ex.bad-living-conditions': { status: 'conflicting', alternative: 'S' },
  'ex.hazardous-work': { status: 'conflicting', alternative: 'S' },
  'ex.low-or-no-salary': { status: 'conflicting', alternative: 'S' },
};

// The MRC page reproduces the exploitation items' wording (all but "No access to education") almost word for word.
const CORROBORATED_TEXT = new Set([
  'ex.excessive-hours',
  'ex.bad-living-conditions',
  'ex.hazardous-work',
  'ex.low-or-no-salary',
  'ex.labour-laws',
  'ex.social-protection',
  'ex.bad-working-conditions',
  'ex.wage-manipulation',
]);

function adultRating(id: string, code: Code): DelphiRating {
  const dispute = ADULT_ALTERNATIVES[id];
  if (!dispute) return { strength: STRENGTH[code], status: 'secondary' };
  return {
    strength: STRENGTH[code],
    status: dispute.status,
    alternative: {
      strength: STRENGTH[dispute.alternative],
      source: dispute.status === 'disputed' ? RECOLLECTION : MRC,
    },
  };
}

/** Every indicator we hold, in the research file's order, element by element. */
export const DELPHI_INDICATORS: readonly DelphiIndicator[] = /* @__PURE__ */ deepFreeze(
  DELPHI_ELEMENT_IDS.flatMap((element) =>
    ROWS[element].map(([id, text, adult, child]): DelphiIndicator => {
      const ratings: Partial<Record<AvailableDelphiListId, DelphiRating>> = { 'adult-labour': adultRating(id, adult) };
      if (child) ratings['child-labour'] = { strength: STRENGTH[child], status: 'secondary' };
      return { id, element, text, textStatus: CORROBORATED_TEXT.has(id) ? 'corroborated' : 'secondary', ratings };
    }),
  ),
);

/** How far a list has been checked. Nothing here has been read against the brochure itself. */
export interface DelphiListVerification {
  readonly status: 'secondary-source';
  /** Whether an independent source confirms how many indicators each element has. */
  readonly itemCountsConfirmed: boolean;
  readonly notes: readonly string[];
}

export interface DelphiListMeta {
  readonly id: DelphiListId;
  readonly title: string;
  readonly audience: 'adult' | 'child';
  readonly exploitation: 'labour' | 'sexual';
}

export interface DelphiListIndicator {
  readonly id: string;
  readonly element: DelphiElementId;
  readonly text: string;
  readonly textStatus: DelphiTextStatus;
  readonly strength: DelphiStrength;
  readonly strengthStatus: DelphiStrengthStatus;
  readonly alternative?: DelphiRating['alternative'];
}

export interface DelphiList extends DelphiListMeta {
  readonly id: AvailableDelphiListId;
  readonly verification: DelphiListVerification;
  readonly elements: readonly {
    readonly element: DelphiElement;
    readonly indicators: readonly DelphiListIndicator[];
  }[];
}

export type DelphiListResult =
  | { readonly available: true; readonly list: DelphiList }
  | {
      readonly available: false;
      readonly listId: DelphiListId;
      readonly reason: 'not-yet-available';
      readonly message: string;
    };

export const DELPHI_LIST_META: Readonly<Record<DelphiListId, DelphiListMeta>> = /* @__PURE__ */ deepFreeze({
  'adult-labour': {
    id: 'adult-labour',
    title: 'Indicators of trafficking of adults for labour exploitation',
    audience: 'adult',
    exploitation: 'labour',
  },
  'adult-sexual': {
    id: 'adult-sexual',
    title: 'Indicators of trafficking of adults for sexual exploitation',
    audience: 'adult',
    exploitation: 'sexual',
  },
  'child-labour': {
    id: 'child-labour',
    title: 'Indicators of trafficking of children for labour exploitation',
    audience: 'child',
    exploitation: 'labour',
  },
  'child-sexual': {
    id: 'child-sexual',
    title: 'Indicators of trafficking of children for sexual exploitation',
    audience: 'child',
    exploitation: 'sexual',
  },
});

const VERIFICATION: Readonly<Record<AvailableDelphiListId, DelphiListVerification>> = /* @__PURE__ */ deepFreeze({
  'adult-labour': {
    status: 'secondary-source',
    itemCountsConfirmed: true,
    notes: [
      'Texts and strengths come from an AI-assisted secondary synthesis, consistent with the researcher’s recollection; pp. 3–4 of WCMS_105023 were not read.',
      'Item counts per element (10/10/16/9/15/7 = 67) match an independent source (Seafish TESS record).',
      'Two strengths in recruitment by abuse of vulnerability are disputed (medium or weak); three exploitation strengths conflict with another reproduction (medium or strong).',
    ],
  },
  'child-labour': {
    status: 'secondary-source',
    itemCountsConfirmed: false,
    notes: [
      'Built from the adult list and the differences the secondary source reports (65 items, no weak tier); no independent confirmation.',
      "'False information about law, attitude of authorities' and 'No social protection' are reported absent from this list.",
    ],
  },
});

/** Combination rule as we hold it; both the element thresholds and the element combination are unverified. */
export const DELPHI_RULE_STATUS = /* @__PURE__ */ deepFreeze({
  status: 'secondary-source',
  notes: [
    'Element thresholds: at least 2 strong, or 1 strong and 1 medium or weak, or 3 medium, or 2 medium and 1 weak (secondary source, attributed to WCMS_105023 p. 3).',
    'Adults: recruitment (any of the three elements) AND exploitation AND (coercion OR abuse of vulnerability at destination). Open: whether all three recruitment elements count, and whether abuse of vulnerability at destination can stand in for coercion.',
    "Children: recruitment AND exploitation, since the Palermo Protocol's means are not required for children; the brochure's wording is unverified and the research notes call this recollection weaker.",
  ],
} as const);

/** Thrown by `getDelphiList` and `assessDelphi` for a value that is none of the four list ids in `DELPHI_LIST_IDS`. */
export class UnknownDelphiListError extends Error {
  /** The value exactly as it was passed in. */
  readonly listId: unknown;
  constructor(listId: unknown) {
    const shown = typeof listId === 'string' ? JSON.stringify(listId.slice(0, 60)) : `a value of type ${typeof listId}`;
    super(`Unknown Delphi list id ${shown}: the lists are ${DELPHI_LIST_IDS.join(', ')}.`);
    this.name = 'UnknownDelphiListError';
    this.listId = listId;
  }
}

/**
 * The indicators of one list, grouped by element, in new arrays on every call (the indicators' texts, elements and
 * verification notes are frozen shared objects). Not-yet-available lists say so by name rather than falling back to
 * another list; a value that is no list id throws `UnknownDelphiListError`.
 */
export function getDelphiList(listId: DelphiListId): DelphiListResult {
  // Own keys only: `__proto__` or `toString` must not find something in the table.
  if (typeof listId !== 'string' || !Object.hasOwn(DELPHI_LIST_META, listId)) throw new UnknownDelphiListError(listId);
  const meta = DELPHI_LIST_META[listId];
  if (!isAvailableDelphiList(listId)) {
    return {
      available: false,
      listId,
      reason: 'not-yet-available',
      message: `The Delphi list "${meta.title}" (${listId}) is not yet available: its indicators were not retrieved from the ILO/EC brochure (WCMS_105023), and we do not reconstruct them.`,
    };
  }
  const elements = DELPHI_ELEMENT_IDS.map((element) => ({
    element: DELPHI_ELEMENTS[element],
    indicators: DELPHI_INDICATORS.filter((indicator) => indicator.element === element).flatMap(
      (indicator): DelphiListIndicator[] => {
        const rating = indicator.ratings[listId];
        if (!rating) return [];
        const item: DelphiListIndicator = {
          id: indicator.id,
          element: indicator.element,
          text: indicator.text,
          textStatus: indicator.textStatus,
          strength: rating.strength,
          strengthStatus: rating.status,
        };
        return [rating.alternative ? { ...item, alternative: rating.alternative } : item];
      },
    ),
  }));
  return { available: true, list: { ...meta, id: listId, verification: VERIFICATION[listId], elements } };
}

export function isAvailableDelphiList(listId: unknown): listId is AvailableDelphiListId {
  return (AVAILABLE_DELPHI_LIST_IDS as readonly unknown[]).includes(listId);
}

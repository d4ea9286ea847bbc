import { deepFreeze } from '../freeze.js';
import type { IloIndicatorId } from './schema.js';

/**
 * How far an indicator's one-line definition has been checked against the booklet's own explanation.
 * `consistent`: checked, broadly faithful. `drift`: checked, and parts of our wording are not in the 2012 text (often
 * 2025-edition wording) or leave out what the booklet says. `not-retrieved`: the booklet's explanation could not be read,
 * so the definition is unchecked.
 */
export type DefinitionCheckStatus = 'consistent' | 'drift' | 'not-retrieved';

export interface IloIndicator {
  readonly id: IloIndicatorId;
  /** Position in the booklet's list, 1 to 11. */
  readonly n: number;
  /** The booklet's own name for the indicator (confirmed against copies of the booklet). */
  readonly name: string;
  /** One line, always a paraphrase of the booklet's explanation, never a quotation (see `definitionStatus`). */
  readonly definition: string;
  readonly definitionStatus: 'paraphrase';
  readonly check: {
    readonly status: DefinitionCheckStatus;
    /** Where the comparison text came from, when it was found. */
    readonly against?: string;
    /** Where the paraphrase drifts from or leaves out the booklet; facts for a reviewer, not for display to the public. */
    readonly notes: readonly string[];
  };
  /** What the booklet says the indicator does not mean on its own, where that was verified. */
  readonly caveat?: string;
}

const VIETNAMESE_RENDERING = "ILO's Vietnamese rendering of the booklet text (glossary WCMS_792203), back-translated";

/**
 * The ILO's 2012 booklet, its status and provenance. Source: shared research data `ilo-forced-labour-indicators.json`
 * and `ilo-definitions-check.md` (copies in `packages/core/data/indicators/`).
 */
export const ILO_FORCED_LABOUR_SOURCE = /* @__PURE__ */ deepFreeze({
  title: 'ILO Indicators of Forced Labour',
  publisher: 'International Labour Office, Special Action Programme to Combat Forced Labour (SAP-FL)',
  year: 2012,
  basis:
    "Definition in the ILO Forced Labour Convention, 1930 (No. 29), Art. 2(1): 'all work or service which is exacted from any person under the menace of any penalty and for which the said person has not offered himself voluntarily'.",
  /** Verified against a faithful copy of the booklet's introduction. */
  howToUse:
    'The presence of a single indicator in a given situation may in some cases imply the existence of forced labour. However, in other cases you may need to look for several indicators which, taken together, point to a forced labour case.',
  audience:
    "Intended to help 'front-line' criminal law enforcement officials, labour inspectors, trade union officers, NGO workers and others to identify persons who are possibly trapped in a forced labour situation.",
  /** Our gloss: the retrieved introduction does not say this in so many words. */
  notLegalDefinitions: 'The indicators are clues for identification, not legal definitions.',
  definitionStatus:
    "Names and order are confirmed from copies of the booklet. The one-line definitions are paraphrases of the booklet's explanations, not checked word for word against the PDF.",
  documentCode: { value: 'WCMS_203832', verified: false },
  revision: {
    status: 'reported' as const,
    note: 'A 2025 revised edition is reported (Intertek Assurance in Action, 2025; medium confidence): same 11 indicators, explanations rewritten, a new section on state-imposed forced labour. Our definitions mix 2012 and 2025 wording where the checks say so.',
  },
} as const);

/** The 11 indicators with their paraphrased definitions, as in the shared research data, and what the check found. */
export const ILO_INDICATORS: Readonly<Record<IloIndicatorId, IloIndicator>> = /* @__PURE__ */ deepFreeze({
  'abuse-of-vulnerability': {
    id: 'abuse-of-vulnerability',
    n: 1,
    name: 'Abuse of vulnerability',
    definition:
      "The employer takes advantage of a worker's vulnerable position (e.g. irregular migration status, lack of local language or legal knowledge, poverty, few other livelihood options, dependence on the employer for housing, food or jobs for relatives) to impose conditions the worker would not otherwise accept. Vulnerability alone is not forced labour; abusing it to coerce is.",
    definitionStatus: 'paraphrase',
    check: {
      status: 'drift',
      against: VIETNAMESE_RENDERING,
      notes: [
        "'Irregular migration status' and 'poverty' are not in the 2012 text as rendered; irregular status is named in the 2025 edition.",
        'Leaves out groups the booklet names as especially vulnerable: minority religious or ethnic groups, people with a disability.',
        "The booklet's examples of abuse are excessive working hours and withheld wages under menace of a penalty.",
      ],
    },
    caveat: 'Being vulnerable does not in itself mean forced labour; the employer taking advantage of it does.',
  },
  deception: {
    id: 'deception',
    n: 2,
    name: 'Deception',
    definition:
      'The worker does not get what was promised, verbally or in writing, at recruitment: the nature of the work, the employer, the location, wages, working or living conditions, or legal status.',
    definitionStatus: 'paraphrase',
    check: {
      status: 'consistent',
      against: VIETNAMESE_RENDERING,
      notes: [
        "Leaves out the booklet's consent point: had they known the reality, they would not have accepted the offer.",
        'The employer and location items were not in the retrieved excerpt.',
      ],
    },
  },
  'restriction-of-movement': {
    id: 'restriction-of-movement',
    n: 3,
    name: 'Restriction of movement',
    definition:
      'The worker cannot freely enter or leave the workplace or accommodation: locked in, guarded, under surveillance, or escorted.',
    definitionStatus: 'paraphrase',
    check: {
      status: 'drift',
      against: VIETNAMESE_RENDERING,
      notes: [
        "'Accommodation' is not in the retrieved 2012 text; the 2025 edition stresses employer-provided housing.",
        'Leaves out confinement while being transported.',
        'Leaves out the caveat that reasonable restrictions (safety in hazardous workplaces, asking permission) are not an indicator.',
      ],
    },
    caveat: 'Reasonable restrictions, such as safety rules in a hazardous workplace, are not an indicator.',
  },
  isolation: {
    id: 'isolation',
    n: 4,
    name: 'Isolation',
    definition:
      'The worker is cut off from the outside world and from help: remote or hidden worksites, no contact with family or community, phones or communication taken away.',
    definitionStatus: 'paraphrase',
    check: { status: 'not-retrieved', notes: ["The booklet's explanation was not retrievable; unchecked."] },
  },
  'physical-and-sexual-violence': {
    id: 'physical-and-sexual-violence',
    n: 5,
    name: 'Physical and sexual violence',
    definition:
      'Workers, or their family members, are beaten, sexually assaulted, or forced to take drugs or alcohol, or to do tasks or sex acts they did not agree to, as a way of controlling them.',
    definitionStatus: 'paraphrase',
    check: {
      status: 'not-retrieved',
      notes: [
        "The booklet's explanation was not retrievable; unchecked. Forced tasks and forced drugs or alcohol are in our text from memory only.",
      ],
    },
  },
  'intimidation-and-threats': {
    id: 'intimidation-and-threats',
    n: 6,
    name: 'Intimidation and threats',
    definition:
      'Threats used to keep the worker working or silent, especially when they complain or want to leave: threats of violence against them or their family, of denunciation to police or immigration, of dismissal, loss of wages or worse conditions, plus constant insults and belittling.',
    definitionStatus: 'paraphrase',
    check: { status: 'not-retrieved', notes: ["The booklet's explanation was not retrievable; unchecked."] },
  },
  'retention-of-identity-documents': {
    id: 'retention-of-identity-documents',
    n: 7,
    name: 'Retention of identity documents',
    definition:
      "The employer keeps the worker's passport, ID or other valuable personal documents or possessions, so the worker cannot get them on demand or feels they cannot leave the job without losing them.",
    definitionStatus: 'paraphrase',
    check: { status: 'not-retrieved', notes: ["The booklet's explanation was not retrievable; unchecked."] },
  },
  'withholding-of-wages': {
    id: 'withholding-of-wages',
    n: 8,
    name: 'Withholding of wages',
    definition:
      'Wages are systematically and deliberately withheld or delayed, or cut by excessive deductions, so that the worker is made to stay with the employer for fear of losing what is owed.',
    definitionStatus: 'paraphrase',
    check: {
      status: 'drift',
      against: VIETNAMESE_RENDERING,
      notes: [
        "'Or delayed' cuts against the booklet's caveat that irregular or delayed payment does not automatically mean forced labour.",
        "'Excessive deductions' is not in the 2012 text as rendered; the 2025 edition adds unfair deductions.",
        'Leaves out that withholding denies the worker the opportunity to change employer.',
      ],
    },
    caveat:
      'Irregular or delayed payment does not automatically mean forced labour; wages systematically and deliberately withheld to compel the worker to stay do point to it.',
  },
  'debt-bondage': {
    id: 'debt-bondage',
    n: 9,
    name: 'Debt bondage',
    definition:
      'The worker works to pay off a debt (recruitment or travel fees, wage advances, loans, inflated charges for food or housing; sometimes inherited) that the employer or recruiter manipulates so it can hardly ever be repaid, tying the worker to the job.',
    definitionStatus: 'paraphrase',
    check: {
      status: 'consistent',
      against: VIETNAMESE_RENDERING,
      notes: [
        'Leaves out debts from emergency or medical costs, manipulation of accounts of illiterate workers, children recruited against a loan to their family, and bondage for an indefinite period.',
      ],
    },
  },
  'abusive-working-and-living-conditions': {
    id: 'abusive-working-and-living-conditions',
    n: 10,
    name: 'Abusive working and living conditions',
    definition:
      'Degrading, hazardous or unhealthy working conditions, or overcrowded, unsanitary living quarters without privacy, in serious breach of labour law and far worse than a worker would freely accept. Bad conditions on their own are not proof of forced labour.',
    definitionStatus: 'paraphrase',
    check: {
      status: 'not-retrieved',
      notes: [
        "The booklet's explanation was not retrievable; unchecked. The 2025 edition reportedly stresses that such conditions matter most when workers cannot realistically leave.",
      ],
    },
  },
  'excessive-overtime': {
    id: 'excessive-overtime',
    n: 11,
    name: 'Excessive overtime',
    definition:
      'The worker is made to work hours or days beyond the legal or collectively agreed limits, without rest days or breaks, or on call around the clock, under threat of a penalty or because overtime is the only way to earn even the minimum wage.',
    definitionStatus: 'paraphrase',
    check: {
      status: 'not-retrieved',
      notes: [
        'Not retrieved from the booklet. Consistent with ILO positions quoted elsewhere: overtime beyond legal limits made compulsory by threat of a penalty, or needed to reach the minimum wage.',
        "'No rest days or breaks, on call around the clock' is unverified.",
      ],
    },
  },
});

import { describe, expect, it } from 'vitest';
import {
  type AvailableDelphiListId,
  assessDelphi,
  DELPHI_ELEMENT_IDS,
  type DelphiElementId,
  DelphiListNotAvailableError,
  elementRule,
  getDelphiList,
  UnknownDelphiIndicatorError,
} from './index.js';

describe('element rule', () => {
  // The rule's four clauses as minimal sets [strong, medium, weak]; an element is positive iff its counts cover one.
  const minimalPositive = [
    [2, 0, 0],
    [1, 1, 0],
    [1, 0, 1],
    [0, 3, 0],
    [0, 2, 1],
  ] as const;
  const covers = (counts: readonly number[], minimal: readonly number[]) =>
    minimal.every((n, i) => (counts[i] ?? 0) >= n);

  it('matches hand-written cases on both sides of each threshold', () => {
    const cases: [number, number, number, string | undefined][] = [
      [0, 0, 0, undefined],
      [1, 0, 0, undefined],
      [0, 2, 0, undefined],
      [0, 1, 1, undefined],
      [0, 1, 3, undefined],
      [0, 0, 5, undefined],
      [2, 0, 0, '2-strong'],
      [1, 1, 0, '1-strong-1-medium-or-weak'],
      [1, 0, 1, '1-strong-1-medium-or-weak'],
      [0, 3, 0, '3-medium'],
      [0, 2, 1, '2-medium-1-weak'],
    ];
    for (const [strong, medium, weak, rule] of cases) expect(elementRule({ strong, medium, weak })).toBe(rule);
  });

  it('is positive exactly when the counts cover a minimal positive set, over every combination up to 4 of each', () => {
    for (let strong = 0; strong <= 4; strong++)
      for (let medium = 0; medium <= 4; medium++)
        for (let weak = 0; weak <= 4; weak++) {
          const expected = minimalPositive.some((minimal) => covers([strong, medium, weak], minimal));
          expect(elementRule({ strong, medium, weak }) !== undefined, `${strong}S ${medium}M ${weak}W`).toBe(expected);
        }
  });
});

// Indicators that make each element positive in a list, found from the list's own data (strength-certain only).
function witnesses(listId: AvailableDelphiListId): Record<DelphiElementId, string[]> {
  const result = getDelphiList(listId);
  if (!result.available) throw new Error(result.message);
  const out = {} as Record<DelphiElementId, string[]>;
  for (const { element, indicators } of result.list.elements) {
    const certain = indicators.filter((i) => i.strengthStatus === 'secondary');
    const strong = certain.filter((i) => i.strength === 'strong').map((i) => i.id);
    const medium = certain.filter((i) => i.strength === 'medium').map((i) => i.id);
    out[element.id] = strong.length >= 2 ? strong.slice(0, 2) : medium.slice(0, 3);
    expect(out[element.id].length).toBeGreaterThanOrEqual(2);
  }
  return out;
}

describe('combination rule, all 64 element outcomes', () => {
  const combos = Array.from({ length: 64 }, (_, mask) =>
    Object.fromEntries(DELPHI_ELEMENT_IDS.map((id, bit) => [id, (mask & (1 << bit)) !== 0])),
  ) as Record<DelphiElementId, boolean>[];

  for (const listId of ['adult-labour', 'child-labour'] as const) {
    it(`${listId}: trafficking is indicated exactly when the rule says`, () => {
      const w = witnesses(listId);
      let indicated = 0;
      for (const positive of combos) {
        const present = DELPHI_ELEMENT_IDS.flatMap((id) => (positive[id] ? w[id] : []));
        const assessment = assessDelphi(listId, present);
        for (const id of DELPHI_ELEMENT_IDS) expect(assessment.elements[id].positive).toBe(positive[id]);
        const noRecruitment =
          !positive['deceptive-recruitment'] &&
          !positive['coercive-recruitment'] &&
          !positive['recruitment-abuse-of-vulnerability'];
        const noDestination =
          !positive['coercion-at-destination'] && !positive['abuse-of-vulnerability-at-destination'];
        const expected =
          listId === 'adult-labour'
            ? !noRecruitment && positive.exploitation && !noDestination
            : !noRecruitment && positive.exploitation;
        expect(assessment.traffickingIndicated, JSON.stringify(positive)).toBe(expected);
        if (assessment.traffickingIndicated) indicated++;
      }
      // Adults: 7 recruitment patterns x exploitation x 3 destination patterns; children: 7 x 1 x 4 (destination free).
      expect(indicated).toBe(listId === 'adult-labour' ? 21 : 28);
    });
  }
});

describe('assessDelphi', () => {
  it('reports each element with the indicators that carried it (worked adult case)', () => {
    // Deceived about the job, kept on excessive hours for little pay, passport taken and held by a debt.
    const assessment = assessDelphi('adult-labour', [
      'dr.nature-location-employer',
      'dr.wages',
      'ex.excessive-hours',
      'ex.wage-manipulation',
      'cd.documents',
      'cd.debt-bondage',
    ]);
    expect(assessment.elements['deceptive-recruitment']).toMatchObject({
      positive: true,
      rule: '1-strong-1-medium-or-weak',
      indicators: [
        { id: 'dr.nature-location-employer', strength: 'strong' },
        { id: 'dr.wages', strength: 'medium' },
      ],
    });
    expect(assessment.elements['coercion-at-destination']).toMatchObject({ positive: true, rule: '2-strong' });
    expect(assessment.elements['coercive-recruitment']).toMatchObject({ positive: false, indicators: [] });
    expect(assessment).toMatchObject({ traffickingIndicated: true, determination: 'indicative-only' });
    expect(assessment.sensitivity).toMatchObject({ robust: true, uncertainIndicatorIds: [] });
  });

  it('does not indicate trafficking for an exploited adult without recruitment or coercion', () => {
    const assessment = assessDelphi('adult-labour', ['ex.excessive-hours', 'ex.wage-manipulation']);
    expect(assessment.exploitation).toBe(true);
    expect(assessment.traffickingIndicated).toBe(false);
  });

  it('scores the same indicator differently for a child', () => {
    // Threats of violence + debt bondage at recruitment: two mediums for an adult, two strongs for a child.
    const ids = ['cr.threats-violence', 'cr.debt-bondage'];
    expect(assessDelphi('adult-labour', ids).elements['coercive-recruitment'].positive).toBe(false);
    expect(assessDelphi('child-labour', ids).elements['coercive-recruitment']).toMatchObject({
      positive: true,
      rule: '2-strong',
    });
  });

  it('shows when the outcome depends on a conflicting strength', () => {
    // Exploitation rests on two items that one reproduction rates strong and ours medium.
    const assessment = assessDelphi('adult-labour', [
      'dr.nature-location-employer',
      'dr.conditions',
      'cd.documents',
      'cd.violence',
      'ex.bad-living-conditions',
      'ex.hazardous-work',
    ]);
    expect(assessment.traffickingIndicated).toBe(false);
    expect(assessment.sensitivity).toEqual({
      uncertainIndicatorIds: ['ex.bad-living-conditions', 'ex.hazardous-work'],
      lowest: false,
      highest: true,
      robust: false,
    });
  });

  it('shows when the outcome depends on a disputed strength', () => {
    const assessment = assessDelphi('adult-labour', [
      'rv.difficulties-in-past',
      'rv.travel-organisation',
      'rv.economic-reasons',
      'ex.excessive-hours',
      'ex.hazardous-work',
      'cd.isolation',
      'cd.violence',
    ]);
    expect(assessment.elements['recruitment-abuse-of-vulnerability'].rule).toBe('3-medium');
    expect(assessment.traffickingIndicated).toBe(true);
    expect(assessment.sensitivity).toMatchObject({ lowest: false, highest: true, robust: false });
  });

  it('names every unknown id, including ids the chosen list lacks', () => {
    expect(() => assessDelphi('adult-labour', ['cd.documents', 'nope', 'cd.passport'])).toThrow(
      /adult-labour: nope, cd\.passport/,
    );
    try {
      assessDelphi('child-labour', ['ex.social-protection']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownDelphiIndicatorError);
      expect((error as UnknownDelphiIndicatorError).unknownIds).toEqual(['ex.social-protection']);
    }
  });

  it('refuses a list that is not yet available, naming it', () => {
    expect(() => assessDelphi('adult-sexual', [])).toThrow(DelphiListNotAvailableError);
    expect(() => assessDelphi('child-sexual', [])).toThrow(/child-sexual/);
  });
});

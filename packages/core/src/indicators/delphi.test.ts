import { describe, expect, it } from 'vitest';
import {
  DELPHI_ELEMENT_IDS,
  DELPHI_INDICATORS,
  DELPHI_LIST_IDS,
  type DelphiElementId,
  type DelphiList,
  getDelphiList,
} from './index.js';

function list(id: 'adult-labour' | 'child-labour'): DelphiList {
  const result = getDelphiList(id);
  if (!result.available) throw new Error(result.message);
  return result.list;
}

const countByElement = (l: DelphiList) => l.elements.map(({ indicators }) => indicators.length);
const strengthsOf = (l: DelphiList, element: DelphiElementId) =>
  new Set(l.elements.find((e) => e.element.id === element)?.indicators.map((i) => i.strength));

describe('Delphi lists', () => {
  it('holds the adult labour list with the independently confirmed item counts 10/10/16/9/15/7', () => {
    const adult = list('adult-labour');
    expect(adult.elements.map((e) => e.element.id)).toEqual([...DELPHI_ELEMENT_IDS]);
    expect(countByElement(adult)).toEqual([10, 10, 16, 9, 15, 7]);
    expect(adult.verification).toMatchObject({ status: 'secondary-source', itemCountsConfirmed: true });
  });

  it('has no strong indicator for adults in the two abuse-of-vulnerability elements', () => {
    const adult = list('adult-labour');
    expect(strengthsOf(adult, 'recruitment-abuse-of-vulnerability').has('strong')).toBe(false);
    expect(strengthsOf(adult, 'abuse-of-vulnerability-at-destination').has('strong')).toBe(false);
  });

  it('builds the child labour list from the reported differences: 65 items, no weak tier, two items absent', () => {
    const child = list('child-labour');
    const ids = child.elements.flatMap((e) => e.indicators.map((i) => i.id));
    expect(ids).toHaveLength(65);
    expect(ids).not.toContain('rv.false-information-law');
    expect(ids).not.toContain('ex.social-protection');
    expect(child.elements.flatMap((e) => e.indicators).some((i) => i.strength === 'weak')).toBe(false);
    expect(child.verification.itemCountsConfirmed).toBe(false);
    const strength = (id: string) => child.elements.flatMap((e) => e.indicators).find((i) => i.id === id)?.strength;
    expect(strength('dr.education')).toBe('strong');
    expect(strength('cr.debt-bondage')).toBe('strong');
    expect(strength('cd.strong-influence')).toBe('strong');
    expect(strength('cd.threats-inform')).toBe('medium');
  });

  it('answers a plain "not yet available" for the sexual-exploitation lists, naming the list', () => {
    for (const id of ['adult-sexual', 'child-sexual'] as const) {
      const result = getDelphiList(id);
      expect(result.available).toBe(false);
      if (result.available) continue;
      expect(result).toMatchObject({ listId: id, reason: 'not-yet-available' });
      expect(result.message).toContain(id);
      expect(result.message).toContain('sexual exploitation');
    }
    expect(DELPHI_LIST_IDS).toHaveLength(4);
  });

  it('gives every indicator a unique id prefixed by its element, and a verification status', () => {
    const prefixes: Record<DelphiElementId, string> = {
      'deceptive-recruitment': 'dr.',
      'coercive-recruitment': 'cr.',
      'recruitment-abuse-of-vulnerability': 'rv.',
      exploitation: 'ex.',
      'coercion-at-destination': 'cd.',
      'abuse-of-vulnerability-at-destination': 'vd.',
    };
    expect(new Set(DELPHI_INDICATORS.map((i) => i.id)).size).toBe(DELPHI_INDICATORS.length);
    for (const indicator of DELPHI_INDICATORS) {
      expect(indicator.id.startsWith(prefixes[indicator.element])).toBe(true);
      expect(['secondary', 'corroborated']).toContain(indicator.textStatus);
    }
  });

  it('carries the two disputed and three conflicting adult strengths with their alternatives, and no others', () => {
    const uncertain = list('adult-labour')
      .elements.flatMap((e) => e.indicators)
      .filter((i) => i.strengthStatus !== 'secondary');
    expect(uncertain.map((i) => [i.id, i.strength, i.strengthStatus, i.alternative?.strength])).toEqual([
      ['rv.difficulties-in-past', 'medium', 'disputed', 'weak'],
      ['rv.travel-organisation', 'medium', 'disputed', 'weak'],
      ['ex.bad-living-conditions', 'medium', 'conflicting', 'strong'],
      ['ex.hazardous-work', 'medium', 'conflicting', 'strong'],
      ['ex.low-or-no-salary', 'medium', 'conflicting', 'strong'],
    ]);
    const withAlternative = list('adult-labour')
      .elements.flatMap((e) => e.indicators)
      .filter((i) => i.alternative);
    expect(withAlternative).toHaveLength(5);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ILO_FORCED_LABOUR_SOURCE, ILO_INDICATOR_IDS, ILO_INDICATORS, isIloIndicatorId } from './index.js';
import { iloIndicatorIdSchema } from './schema/index.js';

interface SourceFile {
  definition_text_status: string;
  indicators: { n: number; key: string; name: string; definition: string }[];
}
const source = JSON.parse(
  readFileSync(new URL('../../data/indicators/ilo-forced-labour-indicators.json', import.meta.url), 'utf8'),
) as SourceFile;

describe('ILO indicators of forced labour', () => {
  it('encode the research file exactly: ids, order, names and paraphrased definitions', () => {
    expect(source.indicators).toHaveLength(11);
    expect(ILO_INDICATOR_IDS).toEqual(source.indicators.map((row) => row.key.replaceAll('_', '-')));
    for (const row of source.indicators) {
      const indicator = ILO_INDICATORS[row.key.replaceAll('_', '-') as (typeof ILO_INDICATOR_IDS)[number]];
      expect(indicator).toMatchObject({ n: row.n, name: row.name, definition: row.definition });
    }
  });

  it('keeps the definitions marked as paraphrases and the check result on each', () => {
    expect(source.definition_text_status).toContain('PARAPHRASES');
    for (const id of ILO_INDICATOR_IDS) {
      const indicator = ILO_INDICATORS[id];
      expect(indicator.id).toBe(id);
      expect(indicator.definitionStatus).toBe('paraphrase');
      expect(indicator.check.notes.length).toBeGreaterThan(0);
      // Only the five explanations read in the ILO's Vietnamese rendering were compared against something.
      expect(indicator.check.against !== undefined).toBe(indicator.check.status !== 'not-retrieved');
    }
    const checked = ILO_INDICATOR_IDS.filter((id) => ILO_INDICATORS[id].check.status !== 'not-retrieved');
    expect(checked).toEqual([
      'abuse-of-vulnerability',
      'deception',
      'restriction-of-movement',
      'withholding-of-wages',
      'debt-bondage',
    ]);
  });

  it('flags the drift the check found, including late pay alone not being forced labour', () => {
    const wages = ILO_INDICATORS['withholding-of-wages'];
    expect(wages.check.status).toBe('drift');
    expect(wages.caveat).toMatch(/delayed payment does not automatically mean forced labour/);
    expect(wages.check.notes.join(' ')).toMatch(/2025 edition/);
    expect(ILO_INDICATORS['abuse-of-vulnerability'].check.notes.join(' ')).toMatch(/disability/);
  });

  it('says that a single indicator can be enough, and that the document code is unverified', () => {
    expect(ILO_FORCED_LABOUR_SOURCE.howToUse).toMatch(/single indicator/);
    expect(ILO_FORCED_LABOUR_SOURCE.documentCode.verified).toBe(false);
  });

  it('recognises its ids', () => {
    expect(isIloIndicatorId('debt-bondage')).toBe(true);
    expect(isIloIndicatorId('debt_bondage')).toBe(false);
  });

  it('accepts the same ids in the schema as in the zod-free type guard', () => {
    for (const value of [...ILO_INDICATOR_IDS, 'debt_bondage', 'Deception', '', 11, undefined])
      expect(iloIndicatorIdSchema.safeParse(value).success, String(value)).toBe(isIloIndicatorId(value));
  });
});

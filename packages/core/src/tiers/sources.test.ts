import { describe, expect, it } from 'vitest';
import { getPlacement, loadTierCitations, loadTierSources, type PlacementLookup } from './index.js';
import { citationSchema, placementExplanationSchema, sourceInfoSchema } from './schema/index.js';

const placement = (country: string, year: number): PlacementLookup => {
  const result = getPlacement(country, year);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('loadTierSources', () => {
  it('describes every registry source', async () => {
    const { TIER_SOURCES, describeSource } = await loadTierSources();
    expect(TIER_SOURCES.length).toBeGreaterThan(30);
    for (const source of TIER_SOURCES) expect(sourceInfoSchema.safeParse(source).success, source.id).toBe(true);
    expect(describeSource('CHO')).toMatchObject({ reliability: 'high', address: expect.stringContaining('github:') });
    expect(describeSource('nope')).toBeUndefined();
  });

  it('explains an inferred, flagged placement with its reasoning and its review note', async () => {
    const { explainPlacement } = await loadTierSources();
    const haiti = explainPlacement(placement('HTI', 2024));
    expect(placementExplanationSchema.safeParse(haiti).success).toBe(true);
    expect(haiti.reasoning).toContain('not in 2024 Tier 1');
    expect(haiti.reviewNote).toContain('Special Case in 2025');
    expect(haiti.sources).toEqual([]);
    expect(explainPlacement(placement('NZL', 2017)).reasoning).toContain('NZ Herald');
  });

  it('explains a sourced placement with its registry entries, and an unknown one with nothing', async () => {
    const { explainPlacement } = await loadTierSources();
    const malaysia = explainPlacement(placement('MYS', 2021));
    expect(malaysia.sources.map((source) => source.id)).toEqual(['DI2021', 'NEWS']);
    expect(malaysia.reasoning).toBeUndefined();
    expect(malaysia.reviewNote).toBeUndefined();
    expect(explainPlacement(placement('KIR', 2017)).reviewNote).toContain('46 rows against 45');
    expect(explainPlacement(placement('AUT', 2025))).toEqual({ sources: [] });
  });
});

describe('loadTierCitations', () => {
  it('gives the exact citations with their addresses and derivations', async () => {
    const { getCitations } = await loadTierCitations();
    expect(getCitations(placement('JOR', 2019))).toEqual([
      { id: 'ECOI-2010837', source: 'ECOI', address: 'https://www.ecoi.net/de/dokument/2010837.html' },
    ]);
    expect(getCitations(placement('MYS', 2009)).map((citation) => citation.id)).toEqual([
      'CHO',
      'CIAFB-ed2010',
      'GVNET-2009',
    ]);
    expect(getCitations(placement('UGA', 2024))).toMatchObject([{ source: 'MIRROR', derivation: 'prev' }]);
    expect(getCitations(placement('ZAF', 2024)).map((citation) => citation.derivation)).toEqual(['prev', 'absent']);
    expect(getCitations(placement('HTI', 2024))).toEqual([]);
    expect(getCitations(placement('AUT', 2025))).toEqual([]);
  });

  it('has a valid citation for every registry source of every sourced placement it is asked about', async () => {
    const { getCitations } = await loadTierCitations();
    for (const [country, year] of [
      ['MYS', 2021],
      ['KOR', 2010],
      ['XKX', 2018],
      ['USA', 2025],
      ['LBY', 2023],
    ] as const) {
      const found = placement(country, year);
      const citations = getCitations(found);
      for (const citation of citations) expect(citationSchema.safeParse(citation).success).toBe(true);
      if (found.status === 'known' && found.provenance.kind === 'sourced') {
        expect(new Set(citations.map((citation) => citation.source))).toEqual(new Set(found.provenance.sources));
      }
    }
  });
});

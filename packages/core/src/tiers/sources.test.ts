import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/csv.js';
import { getPlacement, loadTierCitations, loadTierSources, type PlacementLookup, REPORT_YEARS } from './index.js';
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

describe('readCitationId', () => {
  it('reads the ids that the reasoning and the review notes cite, and nothing else', async () => {
    const { readCitationId } = await loadTierSources();
    expect(readCitationId('CIAFB-ed2024')).toMatchObject({ source: 'CIAFB', edition: 2024 });
    expect(readCitationId('KYC2024')).toMatchObject({ source: 'KYC2024', address: expect.stringMatching(/^https:/) });
    expect(readCitationId('CRS')).toMatchObject({ source: 'CRS' });
    expect(readCitationId('CIAFB-CTRY')).toMatchObject({ source: 'CIAFB-CTRY-ed2025' });
    expect(readCitationId('NEWS-thesun-2025-10-01')).toMatchObject({ site: 'thesun', date: '2025-10-01' });
    for (const other of [
      'Tier',
      'GVNET',
      'SURE',
      'PDF',
      'tip-tiers-notes.md',
      'nzherald.co.nz',
      '',
      'CHO 2',
      42,
      null,
      {},
    ]) {
      expect(readCitationId(other), String(other)).toBeUndefined();
    }
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

  it('reads the date, the Factbook edition and the outlet that a citation id gives', async () => {
    const { getCitations } = await loadTierCitations();
    expect(getCitations(placement('MYS', 2025))).toEqual([
      {
        id: 'NEWS-thesun-2025-10-01',
        source: 'NEWS',
        address: expect.stringMatching(/^https:\/\/thesun\.my\//),
        date: '2025-10-01',
        site: 'thesun.my',
      },
    ]);
    // No address: the outlet is the one the id names, and the note stays as written.
    expect(getCitations(placement('MYS', 2017))).toEqual([
      { id: 'NEWS-malaymail-2017-06-28', source: 'NEWS', date: '2017-06-28', site: 'malaymail' },
    ]);
    expect(getCitations(placement('MYS', 2016))[0]).toMatchObject({ note: '+ malaymail-2023-06-16' });
    expect(getCitations(placement('MYS', 2020))[0]).toEqual({
      id: 'CIAFB-ed2021',
      source: 'CIAFB',
      address: expect.stringContaining('github:'),
      edition: 2021,
    });
    // A document number is no date; a source with an address of its own needs no site.
    const jordan = getCitations(placement('JOR', 2019))[0];
    expect(jordan?.date).toBeUndefined();
    expect(jordan?.site).toBeUndefined();
  });

  it('reads every citation in the data: plausible dates and editions, an outlet for every news report', async () => {
    const { getCitations } = await loadTierCitations();
    const rows = parseCsv(
      readFileSync(new URL('../../data/tip-tiers.csv', import.meta.url), 'utf8'),
      'tip-tiers.csv',
    ).map((row) => row.values);
    const last = REPORT_YEARS[REPORT_YEARS.length - 1] ?? 0;
    let dated = 0;
    for (const row of rows) {
      for (const citation of getCitations(placement(row.iso3 ?? '', Number(row.report_year)))) {
        const where = `${row.iso3} ${row.report_year} ${citation.id}`;
        expect(citationSchema.safeParse(citation).success, where).toBe(true);
        if (citation.date !== undefined) {
          dated++;
          const [year = 0, month = 1, day = 1] = citation.date.split('-').map(Number);
          expect(year, where).toBeGreaterThanOrEqual(2001);
          expect(year, where).toBeLessThanOrEqual(last);
          expect(new Date(Date.UTC(year, month - 1, day)).getUTCDate(), where).toBe(day);
        }
        if (citation.source === 'CIAFB') expect(citation.edition, where).toBeGreaterThanOrEqual(2002);
        else expect(citation.edition, where).toBeUndefined();
        if (['NEWS', 'MIRROR', 'GOV', 'USEMB', 'USEMBASSY', 'MFA'].includes(citation.source)) {
          expect(citation.site, where).toMatch(/[a-z]/i);
        }
      }
    }
    expect(dated).toBeGreaterThan(300);
  });
});

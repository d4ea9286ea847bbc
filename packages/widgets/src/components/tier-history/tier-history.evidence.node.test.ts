import type { Locale } from '@ijm/core/i18n';
import {
  type Citation,
  getHistory,
  type KnownPlacement,
  loadTierCitations,
  loadTierSources,
  tierCountries,
} from '@ijm/core/tiers';
import { describe, expect, it } from 'vitest';
import { citationWords, evidenceList, httpsAddress, inWords, publisherBesides } from './tier-history.evidence.js';
import { type TierHistoryMessages, tierHistoryCatalogs } from './tier-history.messages.js';
import type { Term } from './tier-history.view.js';

/** A catalog's messages as the element's `term` gives them. */
function termIn(locale: Locale): Term {
  const { messages } = tierHistoryCatalogs[locale as keyof typeof tierHistoryCatalogs];
  return ((key: keyof TierHistoryMessages, ...args: never[]) => {
    const message = messages[key];
    return typeof message === 'function' ? (message as (...a: never[]) => string)(...args) : message;
  }) as Term;
}

const en = termIn('en');
const { describeSource, explainPlacement, readCitationId, TIER_SOURCES } = await loadTierSources();
const { getCitations } = await loadTierCitations();

function placement(country: string, year: number): KnownPlacement {
  const found = getHistory(country);
  const value = found.ok ? found.value.placements.find((entry) => entry.year === year) : undefined;
  if (value?.status !== 'known') throw new Error(`no placement for ${country} ${year}`);
  return value;
}

/** Words in `text` that are a source's id or a citation id: what a reader must never see. */
function bareCodes(text: string): string[] {
  return (text.match(/[A-Za-z][\w./-]*\w/g) ?? []).filter(
    (token) => readCitationId(token) !== undefined || TIER_SOURCES.some((source) => source.id === token),
  );
}

describe('citationWords', () => {
  it('names a Factbook edition, a news report by its outlet and year, a narrative copy by its title', () => {
    const words = (citation: Citation) => citationWords(citation, describeSource(citation.source), en);
    expect(words({ id: 'CIAFB-ed2021', source: 'CIAFB', edition: 2021 })).toBe(
      "CIA World Factbook, World entry, 'Trafficking in persons', Central Intelligence Agency, 2021 edition",
    );
    expect(words({ id: 'NEWS-thesun-2025-10-01', source: 'NEWS', date: '2025-10-01', site: 'thesun.my' })).toBe(
      'news report, thesun.my, 2025',
    );
    // The title names the publisher already: not twice.
    expect(words({ id: 'ECOI-2010837', source: 'ECOI' })).toBe(
      'ecoi.net (ACCORD) copy of the State Department country narrative',
    );
    expect(words({ id: 'ECOI-2010929-prev', source: 'ECOI', derivation: 'prev' })).toBe(
      "ecoi.net (ACCORD) copy of the State Department country narrative (tier read from the next year's report)",
    );
    expect(words({ id: 'NEWS-malaymail-2017-06-28', source: 'NEWS', date: '2017-06-28', site: 'malaymail' })).toBe(
      'news report, malaymail, 2017',
    );
    expect(
      words({ id: 'NEWS-malaymail-2017-06-28', source: 'NEWS', site: 'malaymail', note: '+ malaymail-2023-06-16' }),
    ).toBe('news report, malaymail (+ malaymail-2023-06-16)');
    expect(words({ id: 'KYC2024-T1-absent', source: 'KYC2024-T1-absent', derivation: 'absent' })).toBe(
      'Absent from the 2024 Tier 1 list, with other evidence that the tier was 1 or 2, knowyourcountry.com',
    );
    expect(citationWords({ id: 'X', source: 'X' }, undefined, en)).toBe('');
  });

  it('speaks Malay and Spanish around the registry’s titles', () => {
    const news: Citation = { id: 'NEWS-thesun-2025-10-01', source: 'NEWS', date: '2025-10-01', site: 'thesun.my' };
    expect(citationWords(news, describeSource('NEWS'), termIn('ms'))).toBe('laporan berita, thesun.my, 2025');
    expect(citationWords(news, describeSource('NEWS'), termIn('es'))).toBe('noticia, thesun.my, 2025');
    const factbook: Citation = { id: 'CIAFB-ed2021', source: 'CIAFB', edition: 2021 };
    expect(citationWords(factbook, describeSource('CIAFB'), termIn('es'))).toMatch(/, edición de 2021$/);
    expect(citationWords(factbook, describeSource('CIAFB'), termIn('ms'))).toMatch(/, edisi 2021$/);
  });
});

describe('evidenceList', () => {
  it('lists Malaysia’s evidence in words, each once, linked only when https', () => {
    expect(evidenceList(getCitations(placement('MYS', 2024)), describeSource, en)).toEqual([
      { text: 'news report, nst, 2024', href: undefined },
      {
        text: 'news report, thesun.my, 2025',
        href: expect.stringMatching(/^https:\/\/thesun\.my\//),
      },
    ]);
    expect(evidenceList(getCitations(placement('MYS', 2009)), describeSource, en)).toEqual([
      {
        text: 'Cho–Dreher–Neumayer TIP tier data (field tierupdated), Kelley & Heiss, Scorecard Diplomacy (redistribution)',
        href: undefined,
      },
      {
        text: "CIA World Factbook, World entry, 'Trafficking in persons', Central Intelligence Agency, 2010 edition",
        href: undefined,
      },
      // gvnet's 2009 snapshot is an http: address: named, not linked.
      { text: 'gvnet.com Country Ratings / Tier Placements (2009 snapshot)', href: undefined },
    ]);
  });
});

describe('inWords', () => {
  it('puts the ids that research text cites in words, and leaves every other word alone', () => {
    const haiti = explainPlacement(placement('HTI', 2024));
    expect(inWords(haiti.reasoning ?? '', readCitationId, describeSource, en)).toBe(
      'rated in 2023 report; not in 2024 Tier 1 (knowyourcountry.com, 33), Tier 2 Watch List (Central Intelligence ' +
        'Agency, 2024 edition, 32) or Tier 3 (Central Intelligence Agency, 2024 edition, 21) lists; 2024 report ' +
        'covered 188 countries/territories',
    );
    const text = 'Tier 3 kept (tip-tiers-notes.md §3), see nzherald.co.nz';
    expect(inWords(text, readCitationId, describeSource, en)).toBe(text);
  });
});

describe('no bare source code', () => {
  it('in the evidence, reasoning and review notes of every placement, nor in the footnote, in every locale', () => {
    let checked = 0;
    for (const locale of ['en', 'ms', 'es'] as const) {
      const term = termIn(locale);
      const texts: string[] = TIER_SOURCES.map((source) => [source.title, publisherBesides(source)].join(', '));
      for (const country of tierCountries()) {
        const history = getHistory(country.alpha3);
        if (!history.ok) continue;
        for (const found of history.value.placements) {
          if (found.status !== 'known') continue;
          const evidence = evidenceList(getCitations(found), describeSource, term);
          if (found.provenance.kind === 'sourced')
            expect(evidence.length, `${found.country} ${found.year}`).toBeGreaterThan(0);
          const { reasoning, reviewNote } = explainPlacement(found);
          texts.push(
            ...evidence.map((item) => item.text),
            inWords(reasoning ?? '', readCitationId, describeSource, term),
            inWords(reviewNote ?? '', readCitationId, describeSource, term),
            term('sourced', term('report', found.year)),
            term('sourced', term('reportShort', found.year)),
          );
          checked++;
        }
      }
      for (const text of texts) expect(bareCodes(text), text).toEqual([]);
    }
    expect(checked).toBeGreaterThan(3 * 4000);
    // The check can fail: it finds the codes the data and the notes write.
    expect(bareCodes('not in 2024 Tier 1 (KYC2024, 33) or (CIAFB-ed2024); (CRS R44953); NEWS')).toEqual([
      'KYC2024',
      'CIAFB-ed2024',
      'CRS',
      'NEWS',
    ]);
  }, 60_000); // every placement in three languages: over 5 s when the whole suite runs in parallel
});

describe('httpsAddress', () => {
  it('links only https: addresses', () => {
    expect(httpsAddress('https://www.state.gov/tip')).toBe('https://www.state.gov/tip');
    expect(httpsAddress('http://www.state.gov/tip')).toBeUndefined();
    expect(httpsAddress('github:org/repo')).toBeUndefined();
    expect(httpsAddress('not a url')).toBeUndefined();
    expect(httpsAddress(undefined)).toBeUndefined();
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getDelphiList } from '../indicators/delphi.js';
import { ILO_INDICATOR_IDS } from '../indicators/ilo-ids.js';
import { selfCheckEs } from './es/index.js';
import {
  ANSWERS,
  type Answer,
  assessSelfCheck,
  PERSPECTIVES,
  type Perspective,
  QUESTIONS,
  type QuestionId,
  questionKey,
  SELF_CHECK_DELPHI_ADULT_LABOUR,
  type SelfCheckAnswers,
  SelfCheckInputError,
  selfCheckEn,
} from './index.js';
import { selfCheckMs } from './ms/index.js';
import { answerSchema, perspectiveSchema } from './schema/index.js';

const allAnswers = (answer: Answer): SelfCheckAnswers =>
  Object.fromEntries(QUESTIONS.map((q) => [q.id, answer])) as SelfCheckAnswers;
const allNoBut = (yes: Partial<Record<QuestionId, Answer>>): SelfCheckAnswers => ({ ...allAnswers('no'), ...yes });

describe('questionnaire', () => {
  it('has 15 to 25 questions with unique ids, each mapped to at least one ILO indicator', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(15);
    expect(QUESTIONS.length).toBeLessThanOrEqual(25);
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    for (const q of QUESTIONS) expect(q.ilo.length, q.id).toBeGreaterThan(0);
  });

  it('reaches every one of the 11 ILO indicators', () => {
    const reached = new Set(QUESTIONS.flatMap((q) => q.ilo));
    expect(ILO_INDICATOR_IDS.filter((id) => !reached.has(id))).toEqual([]);
  });

  it('maps questions only to Delphi adult-labour indicators that exist', () => {
    const result = getDelphiList('adult-labour');
    if (!result.available) throw new Error(result.message);
    const ids = new Set(result.list.elements.flatMap((e) => e.indicators.map((i) => i.id)));
    expect(Object.keys(SELF_CHECK_DELPHI_ADULT_LABOUR).sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
    for (const mapped of Object.values(SELF_CHECK_DELPHI_ADULT_LABOUR))
      for (const id of mapped) expect(ids.has(id), id).toBe(true);
  });
});

describe('catalogs', () => {
  const catalogs = [selfCheckEn, selfCheckMs, selfCheckEs];
  const englishKeys = Object.keys(selfCheckEn.messages).sort();

  it('give every locale exactly the English keys, none empty', () => {
    for (const catalog of catalogs) {
      expect(Object.keys(catalog.messages).sort(), catalog.locale).toEqual(englishKeys);
      for (const [key, text] of Object.entries(catalog.messages))
        expect(text.trim(), `${catalog.locale} ${key}`).not.toBe('');
    }
  });

  it('word every question for both perspectives, differently', () => {
    for (const catalog of catalogs)
      for (const q of QUESTIONS) {
        const me = catalog.messages[questionKey(q.id, 'me')];
        const someone = catalog.messages[questionKey(q.id, 'someone')];
        expect(me, `${catalog.locale} ${q.id}`).not.toBe(someone);
      }
  });

  it('mark English as the source and the drafts as needing native review', () => {
    expect(selfCheckEn).toMatchObject({ locale: 'en', status: 'source' });
    expect(selfCheckMs).toMatchObject({ locale: 'ms', status: 'needs-native-review' });
    expect(selfCheckEs).toMatchObject({ locale: 'es', status: 'needs-native-review' });
  });

  it('drafts are not English copies', () => {
    const same = englishKeys.filter(
      (key) => selfCheckMs.messages[key as keyof typeof selfCheckMs.messages] === selfCheckEn.messages[key as never],
    );
    expect(same).toEqual([]);
  });

  it('has every guidance key the engine can return', () => {
    const samples: SelfCheckAnswers[] = [
      allAnswers('no'),
      allAnswers('not-sure'),
      allNoBut({ 'long-hours': 'yes' }),
      allNoBut({ hurt: 'yes', 'debt-grows': 'not-sure' }),
    ];
    for (const perspective of PERSPECTIVES)
      for (const answers of samples)
        for (const key of assessSelfCheck(perspective, answers).guidance)
          expect(selfCheckEn.messages[key]).toBeTypeOf('string');
  });

  it('explains in one line every sign the engine can report, in every locale', () => {
    for (const catalog of catalogs)
      for (const id of ILO_INDICATOR_IDS) {
        const text: string | undefined = (catalog.messages as Record<string, string>)[`sign.${id}`];
        expect(text, `${catalog.locale} sign.${id}`).toMatch(/^\S.{20,160}\.$/);
      }
  });
});

describe('assessSelfCheck: worked examples from the ILO guidance', () => {
  it('passport kept by the employer and a debt that ties the worker: strong, each enough alone', () => {
    const result = assessSelfCheck('me', allNoBut({ 'documents-kept': 'yes', 'debt-ties': 'yes' }));
    expect(result.level).toBe('strong');
    expect(result.indicators).toEqual(['retention-of-identity-documents', 'debt-bondage']);
    expect(result.strongBecause).toEqual({
      rule: 'alone',
      indicators: ['retention-of-identity-documents', 'debt-bondage'],
    });
    expect(result.guidance).toEqual([
      'guide.meaning-strong.me',
      'guide.not-a-decision',
      'guide.danger.me',
      'guide.talk.me',
      'guide.hotline',
      'guide.device-safety',
    ]);
    expect(result.determination).toBe('not-a-legal-determination');
  });

  it('only excessive overtime: some', () => {
    const result = assessSelfCheck('me', allNoBut({ 'long-hours': 'yes' }));
    expect(result.level).toBe('some');
    expect(result.indicators).toEqual(['excessive-overtime']);
    expect(result.strongBecause).toBeUndefined();
    expect(result.guidance).toContain('guide.talk.me');
    expect(result.guidance).not.toContain('guide.danger.me');
  });

  it('all no: none, with the limits, a helpline and device safety, but no push to talk', () => {
    const result = assessSelfCheck('me', allAnswers('no'));
    expect(result).toMatchObject({ level: 'none', indicators: [], unsure: [], unanswered: [] });
    expect(result.guidance).toEqual([
      'guide.meaning-none.me',
      'guide.not-a-decision',
      'guide.hotline',
      'guide.device-safety',
    ]);
  });

  it('deceived, overworked, in bad conditions and dependent, but not held: some', () => {
    const result = assessSelfCheck(
      'me',
      allNoBut({
        'job-different': 'yes',
        'overtime-forced': 'yes',
        'living-place': 'yes',
        'depends-on-boss': 'yes',
      }),
    );
    expect(result.level).toBe('some');
    expect(result.indicators).toHaveLength(4);
  });

  it('threats or pay held back are strong only together with another sign', () => {
    expect(assessSelfCheck('me', allNoBut({ 'threat-report': 'yes' })).level).toBe('some');
    expect(assessSelfCheck('me', allNoBut({ 'threat-report': 'yes', 'threat-job': 'yes' })).level).toBe('some');
    expect(assessSelfCheck('me', allNoBut({ 'pay-held-back': 'yes' })).level).toBe('some');
    const threatened = assessSelfCheck('me', allNoBut({ 'threat-report': 'yes', 'long-hours': 'yes' }));
    expect(threatened.level).toBe('strong');
    expect(threatened.strongBecause).toEqual({
      rule: 'with-another',
      indicators: ['intimidation-and-threats', 'excessive-overtime'],
    });
    expect(assessSelfCheck('me', allNoBut({ 'pay-held-back': 'yes', 'pay-different': 'yes' })).level).toBe('strong');
  });

  it('each indicator that is enough alone makes it strong on its own', () => {
    for (const id of ['locked-in', 'cut-off', 'hurt', 'documents-kept', 'debt-grows'] as const)
      expect(assessSelfCheck('someone', allNoBut({ [id]: 'yes' })).level, id).toBe('strong');
  });
});

describe('assessSelfCheck: not sure, prefer not to say, incomplete and invalid answers', () => {
  it('"not sure" never raises the level, but is reported and adds advice to talk it through', () => {
    const result = assessSelfCheck('someone', allAnswers('not-sure'));
    expect(result.level).toBe('none');
    expect(result.unsure).toEqual([...ILO_INDICATOR_IDS]);
    expect(result.guidance).toEqual([
      'guide.meaning-none.someone',
      'guide.not-a-decision',
      'guide.unsure',
      'guide.talk.someone',
      'guide.hotline',
      'guide.device-safety',
    ]);
  });

  it('an indicator both confirmed and unsure is listed once, as confirmed', () => {
    const result = assessSelfCheck('me', { 'locked-in': 'yes', watched: 'not-sure', hurt: 'not-sure' });
    expect(result.indicators).toEqual(['restriction-of-movement']);
    expect(result.unsure).toEqual(['physical-and-sexual-violence']);
  });

  it('"prefer not to say" counts for nothing and is not pressed', () => {
    const result = assessSelfCheck('me', allAnswers('prefer-not-to-say'));
    expect(result.level).toBe('none');
    expect(result.unanswered).toEqual([]);
    expect(result.guidance).not.toContain('guide.unsure');
  });

  it('accepts incomplete answers and lists what is unanswered', () => {
    const result = assessSelfCheck('me', { hurt: 'yes', 'long-hours': undefined } as unknown as SelfCheckAnswers);
    expect(result.level).toBe('strong');
    expect(result.unanswered).toHaveLength(QUESTIONS.length - 1);
    expect(result.unanswered).not.toContain('hurt');
    expect(assessSelfCheck('me', {}).level).toBe('none');
  });

  it('names every invalid answer and unknown question', () => {
    const bad = { hurt: 'maybe', 'favourite-colour': 'yes', 'long-hours': 'no' } as unknown as SelfCheckAnswers;
    expect(() => assessSelfCheck('me', bad)).toThrow(/hurt \(invalid-answer\), favourite-colour \(unknown-question\)/);
    try {
      assessSelfCheck('me', bad);
    } catch (error) {
      expect(error).toBeInstanceOf(SelfCheckInputError);
      expect((error as SelfCheckInputError).issues.map((i) => i.question)).toEqual(['hurt', 'favourite-colour']);
    }
    expect(() => assessSelfCheck('them' as never, {})).toThrow(/perspective/);
  });

  it('does not change the answers it is given', () => {
    const answers = Object.freeze(allNoBut({ hurt: 'yes' }));
    expect(() => assessSelfCheck('me', answers)).not.toThrow();
  });
});

describe('schemas', () => {
  // The engine checks answers by hand to stay free of zod; a form validating with the schemas must agree with it.
  const threw = (run: () => unknown) => {
    try {
      run();
      return false;
    } catch {
      return true;
    }
  };
  it('accept exactly the answers and perspectives the engine accepts', () => {
    for (const answer of [...ANSWERS, 'maybe', 'YES', ''])
      expect(answerSchema.safeParse(answer).success, answer).toBe(
        !threw(() => assessSelfCheck('me', { 'job-different': answer as Answer })),
      );
    for (const perspective of [...PERSPECTIVES, 'them'])
      expect(perspectiveSchema.safeParse(perspective).success, perspective).toBe(
        !threw(() => assessSelfCheck(perspective as Perspective, {})),
      );
  });
});

describe('privacy', () => {
  // The self-check is used by people who may be watched: its code must never reach the network or any storage.
  it('has no network, storage or history calls anywhere in its source', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    expect(files.length).toBeGreaterThan(4);
    const forbidden =
      /\b(fetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|localStorage|sessionStorage|indexedDB|caches\.|document\.cookie|history\.(pushState|replaceState)|import\()/;
    for (const file of files) expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(forbidden);
  });
});

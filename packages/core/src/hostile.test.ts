import { describe, expect, it } from 'vitest';
import * as countries from './countries/index.js';
import * as countrySchemas from './countries/schema/index.js';
import * as forms from './forms/index.js';
import * as hotlines from './hotlines/index.js';
import * as hotlineSchemas from './hotlines/schema/index.js';
import * as i18n from './i18n/index.js';
import * as indicators from './indicators/index.js';
import * as indicatorSchemas from './indicators/schema/index.js';
import { InvalidInputError } from './input-error.js';
import { selfCheckEs } from './self-check/es/index.js';
import * as selfCheck from './self-check/index.js';
import { selfCheckMs } from './self-check/ms/index.js';
import * as selfCheckSchemas from './self-check/schema/index.js';
import * as tiers from './tiers/index.js';
import * as tierSchemas from './tiers/schema/index.js';

// Convention 18, probed from outside as a page script would: what core hands out cannot change what it tells anyone
// else, and any value a JavaScript caller can pass gets the function's own answer or a named error.

type ErrorClass = abstract new (...args: never[]) => Error;

const HOSTILE: readonly (readonly [label: string, value: unknown])[] = [
  ['undefined', undefined],
  ['null', null],
  ['0', 0],
  ['NaN', Number.NaN],
  ['{}', {}],
  ['[]', []],
  ['Symbol()', Symbol('hostile')],
  ["'__proto__'", '__proto__'],
  ["'constructor'", 'constructor'],
  ["'toString'", 'toString'],
  ["'ß'", 'ß'],
  ["'ss'", 'ss'],
  ["'𝔘'", '𝔘'],
  ["'x' × 1e6", 'x'.repeat(1e6)],
  ['Object.create(null)', Object.create(null)],
  [
    'JSON with an own __proto__',
    JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}'),
  ],
  ['a function', () => 'MYS'],
];

interface Spec {
  readonly name: string;
  readonly call: (input: unknown) => unknown;
  /** Asserts that a returned value has the function's result type. */
  readonly check: (value: unknown, input: unknown) => void;
  /** The named errors the function may throw; none when it must always answer. */
  readonly throws?: readonly ErrorClass[];
}

function outcome(call: () => unknown): { readonly value: unknown } | { readonly error: unknown } {
  try {
    return { value: call() };
  } catch (error) {
    return { error };
  }
}

function runSpec(spec: Spec) {
  for (const [label, input] of HOSTILE) {
    const result = outcome(() => spec.call(input));
    const what = `${spec.name} with ${label}`;
    if ('error' in result) {
      const { error } = result;
      expect(error, `${what} threw a non-error`).toBeInstanceOf(Error);
      expect((error as Error).constructor, `${what}: ${String(error)}`).not.toBe(TypeError);
      expect(
        (spec.throws ?? []).some((named) => error instanceof named),
        `${what} threw ${String(error)}, which is not one of its named errors`,
      ).toBe(true);
      expect((error as Error).message.length, `${what} threw without a message`).toBeGreaterThan(0);
    } else {
      spec.check(result.value, input);
    }
  }
  // Nothing a hostile input did may leak into every object of the page.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function checkResult(value: unknown, input: unknown, checkValue: (value: unknown) => void = () => {}) {
  expect(isObject(value)).toBe(true);
  const result = value as { ok: unknown; value?: unknown; error?: { code: unknown; input: unknown; message: unknown } };
  if (result.ok === true) {
    checkValue(result.value);
    return;
  }
  expect(result.ok).toBe(false);
  expect(['invalid-input', 'unknown-country', 'year-out-of-range']).toContain(result.error?.code);
  expect(typeof result.error?.message).toBe('string');
  expect(Object.is(result.error?.input, input)).toBe(true);
}

function checkCountry(value: unknown) {
  expect(value).toMatchObject({
    alpha2: expect.stringMatching(/^[A-Z]{2}$/),
    alpha3: expect.stringMatching(/^[A-Z]{3}$/),
  });
}

const checkString = (value: unknown) => expect(typeof value).toBe('string');
const checkSchema = (value: unknown) => expect(typeof (value as { safeParse?: unknown }).safeParse).toBe('function');

/** A call with the hostile value in one place and sensible values elsewhere. */
const spec = (name: string, call: Spec['call'], check: Spec['check'], throws?: readonly ErrorClass[]): Spec =>
  throws === undefined ? { name, call, check } : { name, call, check, throws };

const YEAR_FORMS = { one: '{count} year', other: '{count} years' };

/** Every exported function of a module must have a spec below, so a new one cannot skip these checks. */
function expectCovered(module: Record<string, unknown>, specs: readonly Spec[], errorClasses: readonly string[]) {
  const functions = Object.entries(module)
    .filter(([name, value]) => typeof value === 'function' && !errorClasses.includes(name))
    .map(([name]) => name);
  const covered = new Set(specs.map((s) => s.name.split('(')[0]));
  expect(functions.filter((name) => !covered.has(name))).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------------------------
// Shared data: try to change whatever comes back, then ask again.

/**
 * Tries every way to change a value and what it holds (assignments, new and deleted keys, array methods). Assigning to a
 * frozen object throws in ESM's strict mode; that is the caller's problem, so it is swallowed here.
 */
function vandalize(value: unknown, seen = new Set<object>()): void {
  if (!isObject(value) || seen.has(value)) return;
  seen.add(value);
  for (const child of Object.values(value)) vandalize(child, seen);
  const attempt = (change: () => unknown) => {
    try {
      change();
    } catch {
      // Frozen: the change is refused, as it should be.
    }
  };
  if (Array.isArray(value)) {
    attempt(() => value.push('vandalized'));
    attempt(() => value.reverse());
    attempt(() => value.splice(0, 1));
    attempt(() => {
      value[0] = 'vandalized';
    });
    attempt(() => {
      value.length = 0;
    });
    return;
  }
  for (const key of Object.keys(value)) {
    attempt(() => {
      value[key] = key === 'alpha3' || key === 'country' ? 'SGP' : 'vandalized';
    });
    attempt(() => delete value[key]);
  }
  attempt(() => {
    value.vandalized = true;
  });
}

/** Gets an answer, keeps a copy, vandalizes the answer, and expects the next answer to equal the copy. */
function expectUnchangedAfterMutation(name: string, get: () => unknown) {
  const first = get();
  const copy = structuredClone(first);
  vandalize(first);
  expect(get(), `${name} changed after its answer was changed`).toEqual(copy);
}

function expectDeepFrozen(name: string, value: unknown, seen = new Set<object>()) {
  if (!isObject(value) || seen.has(value)) return;
  seen.add(value);
  expect(Object.isFrozen(value), `${name} is not frozen`).toBe(true);
  for (const [key, child] of Object.entries(value)) expectDeepFrozen(`${name}.${key}`, child, seen);
}

describe('@ijm/core/countries', () => {
  const specs = [
    spec(
      'resolveCountry',
      (x) => countries.resolveCountry(x),
      (r, x) => checkResult(r, x, checkCountry),
    ),
    spec(
      'countryName(x)',
      (x) => countries.countryName(x),
      (r, x) => checkResult(r, x, checkString),
    ),
    spec(
      'countryName(MYS, locale)',
      (x) => countries.countryName('MYS', x),
      (r) => expect(r).toEqual({ ok: true, value: expect.any(String) }),
    ),
    spec(
      'listCountries',
      (x) => countries.listCountries(x),
      (r) => expect((r as unknown[]).length).toBeGreaterThan(200),
    ),
    spec(
      'allCountries',
      () => countries.allCountries(),
      (r) => expect((r as unknown[]).length).toBeGreaterThan(200),
    ),
    spec('normalizeCountryName', (x) => countries.normalizeCountryName(x), checkString),
  ];

  it('answers every hostile input with a Result or a value of its own type', () => {
    for (const s of specs) runSpec(s);
    expectCovered(countries, specs, []);
  });

  it('hands out countries that no caller can change for the others', () => {
    const mys = countries.resolveCountry('MYS');
    expect(mys.ok).toBe(true);
    vandalize(mys);
    expect(countries.resolveCountry('MYS')).toEqual({
      ok: true,
      value: { alpha2: 'MY', alpha3: 'MYS', status: 'official' },
    });
    expect(countries.resolveCountry('SGP')).toEqual({
      ok: true,
      value: { alpha2: 'SG', alpha3: 'SGP', status: 'official' },
    });
    expect(tiers.getPlacement('MYS', 2021)).toMatchObject({ ok: true, value: { country: 'MYS', tier: '3' } });
    expectUnchangedAfterMutation('countryName', () => countries.countryName('MYS', 'ms'));
    expectUnchangedAfterMutation('listCountries', () => countries.listCountries('en'));
    expectUnchangedAfterMutation('listCountries(ms)', () => countries.listCountries('ms'));
    expectUnchangedAfterMutation('allCountries', () => countries.allCountries());
    expectDeepFrozen('listCountries()', countries.listCountries());
    expectDeepFrozen('allCountries()', countries.allCountries());
  });

  it('never reads "ß" as SS, South Sudan: the shape is checked before the case', () => {
    expect(countries.resolveCountry('ß')).toMatchObject({ ok: false, error: { code: 'unknown-country' } });
    expect(countries.resolveCountry('ßd').ok).toBe(false);
    // The test can fail: the same letters in ASCII are South Sudan.
    expect(countries.resolveCountry('ss')).toMatchObject({ ok: true, value: { alpha3: 'SSD' } });
    expect(countries.countryName('ß').ok).toBe(false);
  });

  it('gives the English list for a locale the runtime does not know, without caching each one', () => {
    expect(countries.listCountries('x'.repeat(1000))).toBe(countries.listCountries('en'));
    expect(countries.listCountries(Symbol('x'))).toBe(countries.listCountries('en'));
  });
});

describe('@ijm/core/tiers', () => {
  const checkPlacement = (value: unknown) =>
    expect(['known', 'unknown']).toContain((value as { status: unknown }).status);
  const specs = [
    spec(
      'getPlacement(x, year)',
      (x) => tiers.getPlacement(x, 2021),
      (r, x) => checkResult(r, x, checkPlacement),
    ),
    spec(
      'getPlacement(MYS, x)',
      (x) => tiers.getPlacement('MYS', x),
      (r, x) => checkResult(r, x, checkPlacement),
    ),
    spec(
      'getHistory',
      (x) => tiers.getHistory(x),
      (r, x) => checkResult(r, x),
    ),
    spec(
      'tierChanges',
      (x) => tiers.tierChanges(x),
      (r, x) => checkResult(r, x),
    ),
    spec(
      'watchListStatus(x, year)',
      (x) => tiers.watchListStatus(x, 2020),
      (r, x) => checkResult(r, x),
    ),
    spec(
      'watchListStatus(MY, x)',
      (x) => tiers.watchListStatus('MY', x),
      (r, x) => checkResult(r, x),
    ),
    spec(
      'getReportYear',
      (x) => tiers.getReportYear(x),
      (r, x) => checkResult(r, x),
    ),
    spec(
      'coverage',
      () => tiers.coverage(),
      (r) => expect((r as { years: unknown[] }).years.length).toBe(25),
    ),
    spec(
      'tierCountries',
      () => tiers.tierCountries(),
      (r) => expect((r as unknown[]).length).toBeGreaterThan(150),
    ),
    spec(
      'isReportYear',
      (x) => tiers.isReportYear(x),
      (r) => expect(r).toBe(false),
    ),
    spec(
      'isTier',
      (x) => tiers.isTier(x),
      (r) => expect(r).toBe(false),
    ),
    spec(
      'tierRank',
      (x) => tiers.tierRank(x),
      (r) => expect(r).toBeUndefined(),
    ),
    spec(
      'loadTierSources',
      () => tiers.loadTierSources(),
      (r) => expect(r).toBeInstanceOf(Promise),
    ),
    spec(
      'loadTierCitations',
      () => tiers.loadTierCitations(),
      (r) => expect(r).toBeInstanceOf(Promise),
    ),
  ];

  it('answers every hostile input with a Result or a value of its own type', () => {
    for (const s of specs) runSpec(s);
    expectCovered(tiers, specs, []);
  });

  it('answers hostile placements in the loaded chunks with an InvalidInputError', async () => {
    const sources = await tiers.loadTierSources();
    const citations = await tiers.loadTierCitations();
    const made = { status: 'known', country: '__proto__', year: 0, provenance: { kind: 'sourced', sources: [] } };
    const loadedSpecs = [
      spec(
        'explainPlacement',
        (x) => sources.explainPlacement(x as never),
        (r) => expect(r).toHaveProperty('sources'),
        [InvalidInputError],
      ),
      spec(
        'describeSource',
        (x) => sources.describeSource(x),
        (r) => expect(r).toBeUndefined(),
      ),
      spec(
        'readCitationId',
        (x) => sources.readCitationId(x),
        (r) => expect(r).toBeUndefined(),
      ),
      spec(
        'loadTierCitations',
        () => sources.loadTierCitations(),
        (r) => expect(r).toBeInstanceOf(Promise),
      ),
      spec(
        'getCitations',
        (x) => citations.getCitations(x as never),
        (r) => expect(Array.isArray(r)).toBe(true),
        [InvalidInputError],
      ),
    ];
    for (const s of loadedSpecs) runSpec(s);
    expectCovered(sources, loadedSpecs, ['InvalidInputError']);
    expectCovered(citations, loadedSpecs, ['InvalidInputError']);
    // A made-up placement that names an Object.prototype key finds no citation and no explanation, and does not throw.
    expect(citations.getCitations(made as never)).toEqual([]);
    expect(sources.explainPlacement({ ...made, country: 'constructor', year: 0 } as never)).toEqual({ sources: [] });
    expect(() => sources.explainPlacement({ status: 'known', country: 'MYS', year: 2021 } as never)).toThrow(
      InvalidInputError,
    );
    expect(sources.explainPlacement({ status: 'unknown', country: 'MYS', year: 2021 })).toEqual({ sources: [] });
  });

  it('hands out placements, histories and summaries that no caller can change for the others', async () => {
    const placement = tiers.getPlacement('MYS', 2021);
    vandalize(placement);
    expect(tiers.getPlacement('MYS', 2021)).toEqual({
      ok: true,
      value: {
        status: 'known',
        country: 'MYS',
        year: 2021,
        tier: '3',
        provenance: { kind: 'sourced', sources: ['DI2021', 'NEWS'] },
      },
    });
    expectUnchangedAfterMutation('getPlacement with a review flag', () => tiers.getPlacement('HTI', 2024));
    expectUnchangedAfterMutation('getHistory', () => tiers.getHistory('MYS'));
    expectUnchangedAfterMutation('tierChanges', () => tiers.tierChanges('MYS'));
    expectUnchangedAfterMutation('watchListStatus', () => tiers.watchListStatus('MY', 2020));
    expectUnchangedAfterMutation('getReportYear', () => tiers.getReportYear(2017));
    expectUnchangedAfterMutation('coverage', () => tiers.coverage());
    expectUnchangedAfterMutation('tierCountries', () => tiers.tierCountries());
    const sources = await tiers.loadTierSources();
    const citations = await tiers.loadTierCitations();
    const hti = tiers.getPlacement('HTI', 2024);
    const mys = tiers.getPlacement('MYS', 2021);
    if (!hti.ok || !mys.ok) throw new Error('the dataset lost HTI 2024 or MYS 2021');
    expectUnchangedAfterMutation('describeSource', () => sources.describeSource('CHO'));
    expectUnchangedAfterMutation('explainPlacement', () => sources.explainPlacement(hti.value));
    expectUnchangedAfterMutation('explainPlacement, sourced', () => sources.explainPlacement(mys.value));
    expectUnchangedAfterMutation('getCitations', () => citations.getCitations(mys.value));
    expectUnchangedAfterMutation('readCitationId', () => sources.readCitationId('CIAFB-ed2024'));
    expectDeepFrozen('TIER_SOURCES', sources.TIER_SOURCES);
  });

  it('freezes its constant tables', () => {
    for (const [name, table] of Object.entries({
      TIERS: tiers.TIERS,
      TIER_LABELS: tiers.TIER_LABELS,
      TIER_DEFINITIONS: tiers.TIER_DEFINITIONS,
      REPORT_YEARS: tiers.REPORT_YEARS,
    })) {
      expectUnchangedAfterMutation(name, () => table);
      expectDeepFrozen(name, table);
    }
    expect(tiers.TIER_DEFINITIONS['2WL'].notes?.[0]).toBe('The Watch List first appeared in the 2004 report.');
    expect(tiers.tierRank('3')).toBe(3);
  });

  it('never reads "ß" as South Sudan', () => {
    expect(tiers.getPlacement('ß', 2021).ok).toBe(false);
    expect(tiers.getHistory('ß').ok).toBe(false);
  });
});

describe('@ijm/core/indicators', () => {
  const { UnknownDelphiListError, DelphiListNotAvailableError, UnknownDelphiIndicatorError } = indicators;
  const specs = [
    spec(
      'getDelphiList',
      (x) => indicators.getDelphiList(x as never),
      () => {},
      [UnknownDelphiListError],
    ),
    spec(
      'isAvailableDelphiList',
      (x) => indicators.isAvailableDelphiList(x),
      (r) => expect(r).toBe(false),
    ),
    spec(
      'assessDelphi(x, ids)',
      (x) => indicators.assessDelphi(x as never, []),
      () => {},
      [UnknownDelphiListError],
    ),
    spec(
      'assessDelphi(adult-labour, x)',
      (x) => indicators.assessDelphi('adult-labour', x as never),
      (r) => expect(r).toMatchObject({ list: 'adult-labour', traffickingIndicated: false }),
      [InvalidInputError],
    ),
    spec(
      'combineElements(x, positive)',
      (x) => indicators.combineElements(x as never, {} as never),
      () => {},
      [InvalidInputError],
    ),
    spec(
      'combineElements(adult, x)',
      (x) => indicators.combineElements('adult', x as never),
      (r) =>
        expect(r).toEqual({ recruitment: false, exploitation: false, destination: false, traffickingIndicated: false }),
      [InvalidInputError],
    ),
    spec(
      'elementRule',
      (x) => indicators.elementRule(x as never),
      (r) => expect(r).toBeUndefined(),
      [InvalidInputError],
    ),
    spec(
      'isIloIndicatorId',
      (x) => indicators.isIloIndicatorId(x),
      (r) => expect(r).toBe(false),
    ),
  ];

  it('answers every hostile input with its result or a named error', () => {
    for (const s of specs) runSpec(s);
    expectCovered(indicators, specs, [
      'UnknownDelphiListError',
      'DelphiListNotAvailableError',
      'UnknownDelphiIndicatorError',
      'InvalidInputError',
    ]);
  });

  it('refuses unknown list ids by name, own keys only', () => {
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'adult labour']) {
      expect(() => indicators.getDelphiList(id as never), id).toThrow(UnknownDelphiListError);
      expect(() => indicators.assessDelphi(id as never, []), id).toThrow(UnknownDelphiListError);
    }
    expect(() => indicators.assessDelphi('adult-sexual', [])).toThrow(DelphiListNotAvailableError);
    expect(() => indicators.assessDelphi('adult-labour', ['dr.wages', 'no.such'])).toThrow(UnknownDelphiIndicatorError);
    expect(() => indicators.assessDelphi('adult-labour', 'dr.wages' as never)).toThrow(InvalidInputError);
    expect(() => indicators.assessDelphi('adult-labour', [Symbol('id')] as never)).toThrow(InvalidInputError);
  });

  it('reads only own properties of the objects it is given', () => {
    const inherited = Object.create({
      'deceptive-recruitment': true,
      exploitation: true,
      'coercion-at-destination': true,
    });
    expect(indicators.combineElements('adult', inherited).traffickingIndicated).toBe(false);
    expect(() => indicators.elementRule(Object.create({ strong: 2, medium: 0, weak: 0 }))).toThrow(InvalidInputError);
    expect(indicators.elementRule({ strong: 2, medium: 0, weak: 0 })).toBe('2-strong');
  });

  it('hands out lists and assessments that no caller can change for the others', () => {
    expectUnchangedAfterMutation('getDelphiList', () => indicators.getDelphiList('adult-labour'));
    expectUnchangedAfterMutation('getDelphiList(child)', () => indicators.getDelphiList('child-labour'));
    expectUnchangedAfterMutation('getDelphiList(not available)', () => indicators.getDelphiList('adult-sexual'));
    expectUnchangedAfterMutation('assessDelphi', () =>
      indicators.assessDelphi('adult-labour', ['dr.nature-location-employer', 'ex.excessive-hours', 'cd.documents']),
    );
    const tables = {
      AVAILABLE_DELPHI_LIST_IDS: indicators.AVAILABLE_DELPHI_LIST_IDS,
      DELPHI_ELEMENTS: indicators.DELPHI_ELEMENTS,
      DELPHI_INDICATORS: indicators.DELPHI_INDICATORS,
      DELPHI_LIST_META: indicators.DELPHI_LIST_META,
      DELPHI_RULE_STATUS: indicators.DELPHI_RULE_STATUS,
      DELPHI_ELEMENT_IDS: indicators.DELPHI_ELEMENT_IDS,
      DELPHI_LIST_IDS: indicators.DELPHI_LIST_IDS,
      DELPHI_STRENGTHS: indicators.DELPHI_STRENGTHS,
      ILO_FORCED_LABOUR_SOURCE: indicators.ILO_FORCED_LABOUR_SOURCE,
      ILO_INDICATORS: indicators.ILO_INDICATORS,
      ILO_INDICATOR_IDS: indicators.ILO_INDICATOR_IDS,
    };
    for (const [name, table] of Object.entries(tables)) {
      expectUnchangedAfterMutation(name, () => table);
      expectDeepFrozen(name, table);
    }
    const list = indicators.getDelphiList('adult-labour');
    if (!list.available) throw new Error('adult-labour should be available');
    expect(list.list.elements[0]?.element.name).toBe(
      'Deceptive recruitment (including deception in transfer and transportation)',
    );
  });
});

describe('@ijm/core/self-check', () => {
  const { SelfCheckInputError } = selfCheck;
  const specs = [
    spec(
      'assessSelfCheck(x, answers)',
      (x) => selfCheck.assessSelfCheck(x as never, {}),
      () => {},
      [SelfCheckInputError],
    ),
    spec(
      'assessSelfCheck(me, x)',
      (x) => selfCheck.assessSelfCheck('me', x as never),
      (r) => expect(r).toMatchObject({ level: 'none', indicators: [], unsure: [] }),
      [SelfCheckInputError],
    ),
    spec(
      'questionKey(x, me)',
      (x) => selfCheck.questionKey(x as never, 'me'),
      () => {},
      [SelfCheckInputError],
    ),
    spec(
      'questionKey(hurt, x)',
      (x) => selfCheck.questionKey('hurt', x as never),
      () => {},
      [SelfCheckInputError],
    ),
  ];

  it('answers every hostile input with a result or a SelfCheckInputError', () => {
    for (const s of specs) runSpec(s);
    expectCovered(selfCheck, specs, ['SelfCheckInputError']);
    expect(selfCheck.questionKey('hurt', 'someone')).toBe('q.hurt.someone');
  });

  it('names what is wrong', () => {
    const problems = (perspective: unknown, answers: unknown) => {
      try {
        selfCheck.assessSelfCheck(perspective as never, answers as never);
      } catch (error) {
        return (error as InstanceType<typeof SelfCheckInputError>).issues;
      }
      return [];
    };
    expect(problems('them', null)).toEqual([
      { question: '', problem: 'unknown-perspective' },
      { question: '', problem: 'not-an-object' },
    ]);
    expect(problems('me', ['yes'])).toEqual([{ question: '', problem: 'not-an-object' }]);
    expect(problems('me', JSON.parse('{"__proto__":"yes","hurt":"maybe"}'))).toEqual([
      { question: '__proto__', problem: 'unknown-question' },
      { question: 'hurt', problem: 'invalid-answer' },
    ]);
  });

  it('ignores inherited properties: only the answers object’s own keys are answers', () => {
    const inherited = Object.create({ 'documents-kept': 'yes', 'locked-in': 'yes', hurt: 'not-sure' });
    const result = selfCheck.assessSelfCheck('me', inherited);
    expect(result.level).toBe('none');
    expect(result.indicators).toEqual([]);
    expect(result.unanswered).toContain('documents-kept');
    expect(result.guidance).not.toContain('guide.unsure');
    // The test can fail: the same answers as own properties give a strong result.
    expect(selfCheck.assessSelfCheck('me', { 'documents-kept': 'yes' }).level).toBe('strong');
  });

  it('hands out results, questions and catalogs that no caller can change for the others', () => {
    expectUnchangedAfterMutation('assessSelfCheck', () =>
      selfCheck.assessSelfCheck('someone', { 'threat-harm': 'yes', 'pay-held-back': 'yes', hurt: 'not-sure' }),
    );
    const tables = {
      QUESTIONS: selfCheck.QUESTIONS,
      ANSWERS: selfCheck.ANSWERS,
      PERSPECTIVES: selfCheck.PERSPECTIVES,
      STRONG_ALONE: selfCheck.STRONG_ALONE,
      STRONG_WITH_ANOTHER: selfCheck.STRONG_WITH_ANOTHER,
      SELF_CHECK_DELPHI_ADULT_LABOUR: selfCheck.SELF_CHECK_DELPHI_ADULT_LABOUR,
      selfCheckEn: selfCheck.selfCheckEn,
      selfCheckMs,
      selfCheckEs,
    };
    for (const [name, table] of Object.entries(tables)) {
      expectUnchangedAfterMutation(name, () => table);
      expectDeepFrozen(name, table);
    }
    expect(selfCheck.assessSelfCheck('me', { 'documents-kept': 'yes' }).level).toBe('strong');
  });
});

describe('@ijm/core/hotlines', () => {
  const checkLookup = (value: unknown, input: unknown) => {
    const lookup = value as { found: boolean; country: unknown; reason?: unknown };
    expect(typeof lookup.country).toBe('string');
    if (input === 'ss') expect(lookup).toMatchObject({ found: false, reason: 'not-covered', country: 'SS' });
    else expect(lookup).toMatchObject({ found: false, reason: 'invalid-code' });
  };
  const specs = [
    spec('getHotlines', (x) => hotlines.getHotlines(x), checkLookup),
    spec(
      'findHotlineCountry',
      (x) => hotlines.findHotlineCountry(x),
      (r) => expect(r).toBeUndefined(),
    ),
    spec(
      'getHotlineProvenance',
      (x) => hotlines.getHotlineProvenance(x),
      (r) => expect(r).toBeUndefined(),
    ),
  ];

  it('answers every hostile input with a lookup', () => {
    for (const s of specs) runSpec(s);
    expectCovered(hotlines, specs, []);
  });

  it('never reads "ß" as SS', () => {
    expect(hotlines.getHotlines('ß')).toMatchObject({ found: false, reason: 'invalid-code', country: 'ß' });
    expect(hotlines.findHotlineCountry('ß')).toBeUndefined();
    expect(hotlines.findHotlineCountry('gb')?.country).toBe('GBR');
  });

  it('hands out hotlines that no caller can change for the others', () => {
    expectUnchangedAfterMutation('getHotlines', () => hotlines.getHotlines('GBR'));
    expectUnchangedAfterMutation('getHotlines(not covered)', () => hotlines.getHotlines('ZZ'));
    expectUnchangedAfterMutation('findHotlineCountry', () => hotlines.findHotlineCountry('US'));
    expectUnchangedAfterMutation('getHotlineProvenance', () => hotlines.getHotlineProvenance('USA'));
    const tables = {
      HOTLINE_COUNTRIES: hotlines.HOTLINE_COUNTRIES,
      HOTLINE_COUNTRY_CODES: hotlines.HOTLINE_COUNTRY_CODES,
      HOTLINE_CONFIDENCES: hotlines.HOTLINE_CONFIDENCES,
      CONTACT_CHANNELS: hotlines.CONTACT_CHANNELS,
      hotlinesEn: hotlines.hotlinesEn,
      hotlinesMs: hotlines.hotlinesMs,
      hotlinesEs: hotlines.hotlinesEs,
    };
    for (const [name, table] of Object.entries(tables)) {
      expectUnchangedAfterMutation(name, () => table);
      expectDeepFrozen(name, table);
    }
    expectDeepFrozen('getHotlineProvenance(USA)', hotlines.getHotlineProvenance('USA'));
    expect(hotlines.getHotlines('gb')).toMatchObject({ found: true, country: 'GBR', name: 'United Kingdom' });
  });
});

describe('@ijm/core/forms', () => {
  const specs = [
    spec(
      'issuesToFieldErrors',
      (x) => forms.issuesToFieldErrors(x as never),
      (r) => expect(r).toEqual([]),
      [InvalidInputError],
    ),
    spec(
      'issuesToFieldErrors([x])',
      (x) => forms.issuesToFieldErrors([x] as never),
      (r) => {
        for (const error of r as { field: unknown; key: unknown }[]) {
          expect(typeof error.field).toBe('string');
          expect(forms.isFormMessageKey(error.key)).toBe(true);
        }
      },
    ),
    spec(
      'issuesToFieldErrors(path)',
      (x) => forms.issuesToFieldErrors([{ path: [x as PropertyKey], message: 'required' }]),
      (r) => expect(r).toEqual([{ field: expect.any(String), key: 'required' }]),
    ),
    spec(
      'isFieldErrorList',
      (x) => forms.isFieldErrorList(x),
      (r, x) => expect(r).toBe(Array.isArray(x) && x.length === 0),
    ),
    spec(
      'isSaneEmail',
      (x) => forms.isSaneEmail(x),
      (r) => expect(r).toBe(false),
    ),
    spec('normalizeEmail', (x) => forms.normalizeEmail(x as never), checkString, [InvalidInputError]),
    spec(
      'isCurrentCountryCode',
      (x) => forms.isCurrentCountryCode(x),
      (r) => expect(r).toBe(false),
    ),
    spec(
      'calendarDay',
      (x) => forms.calendarDay(x),
      (r) => expect(r).toBeUndefined(),
    ),
    spec(
      'isFormMessageKey',
      (x) => forms.isFormMessageKey(x),
      (r) => expect(r).toBe(false),
    ),
    spec(
      'isFormId',
      (x) => forms.isFormId(x),
      (r) => expect(r).toBe(false),
    ),
    spec('text', (x) => forms.text(x as never), checkSchema, [InvalidInputError]),
    spec('multilineText', (x) => forms.multilineText(x as never), checkSchema, [InvalidInputError]),
    spec('futureDate', (x) => forms.futureDate(x as never), checkSchema, [InvalidInputError]),
    spec('amount', (x) => forms.amount(x as never), checkSchema, [InvalidInputError]),
    spec('option', (x) => forms.option(x as never), checkSchema, [InvalidInputError]),
    spec('email', () => forms.email(), checkSchema),
    spec('phone', () => forms.phone(), checkSchema),
    spec('countryCode', () => forms.countryCode(), checkSchema),
    spec('currencyCode', () => forms.currencyCode(), checkSchema),
    spec(
      'createIdempotencyKey',
      () => forms.createIdempotencyKey(),
      (r) => expect(r).toMatch(/^[0-9a-f-]{36}$/),
    ),
    spec('envelopeSchema(x, data)', (x) => forms.envelopeSchema(x as never, forms.newsletterSignup), checkSchema, [
      InvalidInputError,
    ]),
    spec('envelopeSchema(id, x)', (x) => forms.envelopeSchema('newsletter-signup', x as never), checkSchema, [
      InvalidInputError,
    ]),
  ];

  it('answers every hostile input with its result or an InvalidInputError', () => {
    for (const s of specs) runSpec(s);
    expectCovered(forms, specs, ['InvalidInputError']);
  });

  it('parses any value with every schema it exports, never throwing', () => {
    type Parser = { safeParse(value: unknown): { success: boolean } };
    const schemas = (Object.entries(forms) as [string, unknown][]).filter(
      (entry): entry is [string, Parser] => typeof (entry[1] as Partial<Parser> | undefined)?.safeParse === 'function',
    );
    expect(schemas.map(([name]) => name)).toContain('validationErrorBody');
    const built = [forms.email(), forms.phone(), forms.countryCode(), forms.currencyCode(), forms.text(10)];
    for (const schema of [...schemas.map(([, schema]) => schema), ...built]) {
      for (const [label, input] of HOSTILE) {
        const result = outcome(() => schema.safeParse(input));
        expect('value' in result, label).toBe(true);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never reads "ß" as SS, South Sudan, nor "ßd" as a currency', () => {
    expect(forms.countryCode().safeParse('ß').success).toBe(false);
    expect(forms.countryCode().safeParse(' ss ')).toEqual({ success: true, data: 'SS' });
    expect(forms.currencyCode().safeParse('ßd').success).toBe(false);
    expect(forms.currencyCode().safeParse('myr')).toEqual({ success: true, data: 'MYR' });
    const result = forms.newsletterSignup.safeParse({ email: 'a@example.org', country: 'ß' });
    expect(result.success).toBe(false);
    expect(forms.issuesToFieldErrors(result.error?.issues ?? [])).toEqual([
      { field: 'country', key: 'countryInvalid' },
    ]);
  });

  it('refuses a 422 body with too many errors before reading any of them', () => {
    let reads = 0;
    const item = {
      get field() {
        reads++;
        return 'email';
      },
      key: 'required',
    };
    const huge = { type: 'validation', errors: Array.from({ length: 100_000 }, () => item) };
    expect(forms.validationErrorBody.safeParse(huge).success).toBe(false);
    expect(reads).toBe(0);
    const hundred = {
      type: 'validation',
      errors: Array.from({ length: 100 }, () => ({ field: 'email', key: 'required' })),
    };
    expect(forms.validationErrorBody.safeParse(hundred).success).toBe(true);
    expect(
      forms.validationErrorBody.safeParse({ ...hundred, errors: [...hundred.errors, hundred.errors[0]] }).success,
    ).toBe(false);
    expect(
      forms.validationErrorBody.safeParse({ type: 'validation', errors: [{ field: 'x'.repeat(101), key: 'required' }] })
        .success,
    ).toBe(false);
    // A sparse array's holes are items too, and none of them is a field error.
    expect(forms.validationErrorBody.safeParse({ type: 'validation', errors: new Array(3) }).success).toBe(false);
    const holed = Object.assign(new Array(3), {
      0: { field: 'email', key: 'required' },
      2: { field: 'name', key: 'tooLong' },
    });
    expect(forms.isFieldErrorList(holed)).toBe(false);
  });

  it('freezes its constant tables (the schemas themselves stay zod’s)', () => {
    for (const [name, table] of Object.entries({
      FIELD_LIMITS: forms.FIELD_LIMITS,
      FORM_MESSAGE_KEYS: forms.FORM_MESSAGE_KEYS,
      FORM_IDS: forms.FORM_IDS,
      FUNDRAISER_IDEAS: forms.FUNDRAISER_IDEAS,
    })) {
      expectUnchangedAfterMutation(name, () => table);
      expectDeepFrozen(name, table);
    }
    const schema = forms.FORM_SCHEMAS['newsletter-signup'];
    expect(() => {
      (forms.FORM_SCHEMAS as Record<string, unknown>)['newsletter-signup'] = forms.mediaContact;
    }).toThrow();
    expect(forms.FORM_SCHEMAS['newsletter-signup']).toBe(schema);
    expect(Object.isFrozen(forms.FORM_SCHEMAS)).toBe(true);
    expectUnchangedAfterMutation('issuesToFieldErrors', () =>
      forms.issuesToFieldErrors([{ path: ['data', 'email'], message: 'emailInvalid' }]),
    );
  });
});

describe('@ijm/core/i18n', () => {
  const specs = [
    spec(
      'resolveLocale',
      (x) => i18n.resolveLocale(x),
      (r) => expect(r).toBe('en'),
    ),
    spec(
      'isSupportedLocale',
      (x) => i18n.isSupportedLocale(x),
      (r) => expect(r).toBe(false),
    ),
    spec(
      'plural(x, 1, forms)',
      (x) => i18n.plural(x as never, 1, YEAR_FORMS),
      (r) => expect(r).toBe('1 year'),
    ),
    spec('plural(en, x, forms)', (x) => i18n.plural('en', x as never, YEAR_FORMS), checkString, [RangeError]),
    spec('plural(en, 1, x)', (x) => i18n.plural('en', 1, x as never), checkString, [RangeError]),
  ];

  it('answers every hostile input with a locale, a string or a RangeError', () => {
    for (const s of specs) runSpec(s);
    expectCovered(i18n, specs, []);
    expect(i18n.resolveLocale([null, 42, 'ms-MY'])).toBe('ms');
    expect(i18n.plural('en', 0, YEAR_FORMS)).toBe('0 years');
    expect(() => i18n.plural('en', 2, { one: '{count} year' } as never)).toThrow(RangeError);
  });

  it('freezes the list of supported locales', () => {
    expectUnchangedAfterMutation('SUPPORTED_LOCALES', () => i18n.SUPPORTED_LOCALES);
    expectDeepFrozen('SUPPORTED_LOCALES', i18n.SUPPORTED_LOCALES);
    expect(i18n.isSupportedLocale('vandalized')).toBe(false);
  });
});

describe('the /schema subpaths', () => {
  it('parse any value with every schema, never throwing', () => {
    type Parser = { safeParse(value: unknown): { success: boolean } };
    const modules = { countrySchemas, hotlineSchemas, indicatorSchemas, selfCheckSchemas, tierSchemas };
    for (const [moduleName, module] of Object.entries(modules)) {
      const schemas = (Object.entries(module) as [string, unknown][]).filter(
        (entry): entry is [string, Parser] =>
          typeof (entry[1] as Partial<Parser> | undefined)?.safeParse === 'function',
      );
      expect(schemas.length, moduleName).toBeGreaterThan(0);
      for (const [name, schema] of schemas) {
        for (const [label, input] of HOSTILE) {
          const result = outcome(() => schema.safeParse(input));
          expect('value' in result, `${moduleName}.${name} with ${label}`).toBe(true);
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

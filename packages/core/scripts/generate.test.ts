import { describe, expect, it } from 'vitest';
import { DataValidationError, generate, type InputName, type Inputs, readInputs, readOutputs } from './generate.js';

const inputs = readInputs();

/** The inputs with one file changed by `edit`. */
const withEdit = (name: InputName, edit: (text: string) => string): Inputs => ({
  ...inputs,
  [name]: edit(inputs[name]),
});

/** Appends a row to a CSV file; returns the inputs and the new row's line number. */
const withRow = (name: InputName, row: string): { inputs: Inputs; line: number } => {
  const text = inputs[name].endsWith('\n') ? inputs[name] : `${inputs[name]}\n`;
  return { inputs: { ...inputs, [name]: `${text}${row}\n` }, line: text.split('\n').length };
};

const problemsOf = (changed: Inputs): string => {
  try {
    generate(changed);
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return (error as Error).message;
  }
  throw new Error('generate() accepted invalid data');
};

describe('the generator', () => {
  it('matches the committed modules (run `pnpm --filter @ijm/core generate` when this fails)', () => {
    const generated = generate(inputs);
    const committed = readOutputs();
    expect(Object.keys(generated).sort()).toEqual(Object.keys(committed).sort());
    for (const [path, content] of Object.entries(generated)) expect(committed[path], path).toBe(content);
  });

  it('is deterministic', () => {
    expect(generate(inputs)).toEqual(generate(inputs));
  });
});

describe('the generator rejects invalid data, naming the row', () => {
  it('a second placement for a country and year', () => {
    const { inputs: changed, line } = withRow('tip-tiers-inferred.csv', 'Malaysia,MYS,2021,2,INFERRED: test');
    expect(problemsOf(changed)).toContain(
      `tip-tiers-inferred.csv line ${line} (Malaysia, MYS, 2021): a second placement for MYS in 2021 (the first is tip-tiers.csv line`,
    );
  });

  it('a year outside 2001–2025', () => {
    for (const year of ['2000', '2026', '21']) {
      const { inputs: changed, line } = withRow('tip-tiers.csv', `Malaysia,MYS,${year},2,CHO`);
      expect(problemsOf(changed)).toContain(
        `tip-tiers.csv line ${line} (Malaysia, MYS, ${year}): report_year "${year}"`,
      );
    }
  });

  it('the Watch List before 2004', () => {
    const changed = withEdit('tip-tiers.csv', (text) =>
      text.replace('Albania,ALB,2001,3,CHO', 'Albania,ALB,2001,2WL,CHO'),
    );
    expect(problemsOf(changed)).toContain('tip-tiers.csv line 2 (Albania, ALB, 2001): tier 2WL before 2004');
  });

  it('an unknown tier', () => {
    const changed = withEdit('tip-tiers.csv', (text) =>
      text.replace('Albania,ALB,2001,3,CHO', 'Albania,ALB,2001,4,CHO'),
    );
    expect(problemsOf(changed)).toContain('tip-tiers.csv line 2 (Albania, ALB, 2001): tier "4" is not one of');
  });

  it('an unknown ISO code', () => {
    const { inputs: changed, line } = withRow('tip-tiers.csv', 'Atlantis,ATL,2020,1,CHO');
    expect(problemsOf(changed)).toContain(
      `tip-tiers.csv line ${line} (Atlantis, ATL, 2020): iso3 "ATL" is not a known code`,
    );
  });

  it('a name that belongs to another country', () => {
    const { inputs: changed, line } = withRow('tip-tiers.csv', 'Malaysia,MDV,2025,2,CHO');
    expect(problemsOf(changed)).toContain(
      `line ${line} (Malaysia, MDV, 2025): country_name "Malaysia" is the name of MYS`,
    );
  });

  it('a source id the registry does not define', () => {
    const { inputs: changed, line } = withRow('tip-tiers.csv', 'Malaysia,MYS,2025,2,CHO;BLOG-example https://x.test');
    expect(problemsOf(changed)).toContain(
      `line ${line} (Malaysia, MYS, 2025): source id "BLOG-example" is not defined`,
    );
  });

  it('a sourced row without a source, and an inferred row without its reasoning', () => {
    const sourced = withRow('tip-tiers.csv', 'Malaysia,MYS,2025,2,');
    expect(problemsOf(sourced.inputs)).toContain(`line ${sourced.line} (Malaysia, MYS, 2025): a sourced row needs`);
    const inferred = withRow('tip-tiers-inferred.csv', 'Malaysia,MYS,2025,2,CHO');
    expect(problemsOf(inferred.inputs)).toContain(
      `line ${inferred.line} (Malaysia, MYS, 2025): an inferred row's source`,
    );
  });

  it('a review flag on a placement that does not exist, or with a bad confidence', () => {
    const missing = withRow('tip-tiers-review.csv', 'AUT,2025,low,test');
    expect(problemsOf(missing.inputs)).toContain(`tip-tiers-review.csv line ${missing.line} (AUT, 2025): no placement`);
    const confidence = withRow('tip-tiers-review.csv', 'MYS,2024,sure,test');
    expect(problemsOf(confidence.inputs)).toContain(`line ${confidence.line} (MYS, 2024): confidence "sure"`);
  });

  it('a registry source with an unknown reliability', () => {
    const { inputs: changed, line } = withRow('tip-sources.csv', 'BLOG,BLOG-*,A blog,someone,,great,');
    expect(problemsOf(changed)).toContain(`tip-sources.csv line ${line} (BLOG): invalid reliability`);
  });

  it('a ragged CSV row', () => {
    const { inputs: changed, line } = withRow('tip-tiers.csv', 'Malaysia,MYS,2025');
    expect(problemsOf(changed)).toContain(`tip-tiers.csv line ${line}: 3 fields, but the header has 5`);
  });

  it('lists every problem at once', () => {
    const first = withRow('tip-tiers.csv', 'Atlantis,ATL,2020,1,CHO');
    const both = { ...first.inputs, 'tip-tiers.csv': `${first.inputs['tip-tiers.csv']}Malaysia,MYS,2030,2,CHO\n` };
    const message = problemsOf(both);
    expect(message).toContain('(2 problems)');
    expect(message).toContain('"ATL"');
    expect(message).toContain('"2030"');
  });
});

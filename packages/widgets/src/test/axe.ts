import axe from 'axe-core';
import { expect } from 'vitest';

/** Runs axe-core on an element (shadow roots included) and fails with a readable list of every violation. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n  ${violation.nodes
        .map((node) => node.target.join(' > '))
        .join('\n  ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

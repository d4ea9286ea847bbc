// Driving <ijm-indicator-self-check> the way a person does: real clicks and keys, one step at a time.
import { QUESTIONS } from '@ijm/core/self-check';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { IjmIndicatorSelfCheck } from '../components/indicator-self-check/indicator-self-check.js';

export const root = (element: IjmIndicatorSelfCheck) => element.shadowRoot as ShadowRoot;
export const heading = (element: IjmIndicatorSelfCheck) =>
  root(element).querySelector('[data-step-heading]')?.textContent?.trim();
export const active = (element: IjmIndicatorSelfCheck) => root(element).activeElement;

export function button(element: IjmIndicatorSelfCheck, text: string): HTMLButtonElement {
  const found = [...root(element).querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (found === undefined) throw new Error(`no button "${text}" in step "${heading(element)}"`);
  return found;
}

/** A real click (pointer events from the browser), then the render it causes. */
export async function click(element: IjmIndicatorSelfCheck, target: Element): Promise<void> {
  await userEvent.click(target);
  await element.updateComplete;
}

export async function ready(element: IjmIndicatorSelfCheck): Promise<void> {
  await expect.poll(() => root(element).querySelector('.status')?.textContent?.trim()).toBe('');
}

export function steps(element: IjmIndicatorSelfCheck): unknown[] {
  const seen: unknown[] = [];
  element.addEventListener('ijm-self-check-step', (event) => seen.push(event.detail));
  return seen;
}

/** Answers every question on the current page with `answer` (by its visible label), by clicking. */
export async function answerPage(element: IjmIndicatorSelfCheck, answers: Record<string, string>, fallback: string) {
  for (const fieldset of root(element).querySelectorAll('fieldset')) {
    const name = fieldset.querySelector('input')?.name ?? '';
    const label = [...fieldset.querySelectorAll('label')].find(
      (l) => l.textContent?.trim() === (answers[name] ?? fallback),
    );
    if (label === undefined) throw new Error(`no answer for ${name}`);
    await click(element, label);
  }
}

export async function throughQuestions(
  element: IjmIndicatorSelfCheck,
  answers: Record<string, string>,
  fallback = 'No',
) {
  for (;;) {
    await answerPage(element, answers, fallback);
    const last = heading(element) === 'Part 7 of 7';
    await click(element, button(element, last ? 'Check my answers' : 'Next'));
    if (last) return;
  }
}

export const QUESTION_COUNT = QUESTIONS.length;

import type { FormMessageKey } from '@ijm/core/forms';
import { css, html, nothing, type TemplateResult } from 'lit';
import { iconCheck } from '../../icons/check.js';
import { renderIcon } from '../icon.js';
import type { FeedbackView, FieldFeedback, FieldSpec, FormSnapshot } from './model.js';

// What a form shows once someone interacts with it: errors, the summary, the counter, statuses, the thank-you. Loaded
// with the contract; each renderer reads the form through a `FeedbackView` and changes nothing.

/**
 * A field's error and counter, around its control. Every message the error line has shown since the submit stays in
 * it, unseen and unread (`visibility: hidden`), stacked in one grid cell: the line keeps the height of the tallest, and
 * a fixed field's line keeps its space. The counter (GOV.UK's character count) shows its text at once but hides it from
 * assistive technology, which hears a polite copy once typing pauses, not every keystroke.
 */
export function fieldFeedback(view: FeedbackView, spec: FieldSpec): FieldFeedback {
  const id = view.fieldId(spec.name);
  const current = view.form.errors.get(spec.name);
  const shown = view.form.errorLines.get(spec.name) ?? [];
  const count = spec.counter && spec.maxLength !== undefined ? counter(view, spec) : undefined;
  const ids = [count === undefined ? '' : `${id}-limit`, current === undefined ? '' : `${id}-error`].filter(Boolean);
  return {
    invalid: current !== undefined,
    reserved: shown.length > 0,
    ids,
    before: html`${count === undefined ? nothing : html`<p class="hint" id=${id}-limit>${count.hint}</p>`}
    ${
      shown.length === 0
        ? nothing
        : html`<div class="error-line">
          ${shown.map((key) => (key === current ? nothing : html`<p class="error held">${errorText(view, spec, key)}</p>`))}
          ${
            current === undefined
              ? nothing
              : html`<p class="error" id=${id}-error><span class="visually-hidden">${view.term('errorPrefix')} </span>${errorText(view, spec, current)}</p>`
          }
        </div>`
    }`,
    after:
      count === undefined
        ? nothing
        : html`<p class="count ${count.over ? 'over' : ''}" aria-hidden="true">${count.shown}</p>
            <p class="visually-hidden" aria-live="polite">${view.form.announcements.get(spec.name) ?? ''}</p>`,
  };
}

const warnedEndpoints = new Set<string>();

/**
 * A visible notice for a refused `endpoint` (not `https:`, `http:` beyond localhost, or the page itself), with a
 * console error for the developer, once per endpoint.
 */
export function endpointNotice(view: FeedbackView, refused: string | undefined): TemplateResult | typeof nothing {
  if (refused === undefined) return nothing;
  if (!warnedEndpoints.has(refused)) {
    warnedEndpoints.add(refused);
    console.error(
      `<${view.hostName}> refuses endpoint "${refused}": use https: (http: only for localhost), and not the page itself.`,
    );
  }
  return html`<p class="config">${view.term('configEndpoint')}</p>`;
}

/** The thank-you that replaces the form, under its title; focus moves to the title. */
export function renderSuccess(view: FeedbackView, title: string, body: unknown): TemplateResult {
  return html`<div part="success" class="success">
    <div role="heading" aria-level=${view.level} class="success-title" tabindex="-1">${renderIcon(iconCheck)}${title}</div>
    ${body}
  </div>`;
}

/** Mirrors the form's state in `ElementInternals.states`, so a page can style `:state(submitting)` and the like. */
export function syncStates(form: FormSnapshot, internals: ElementInternals): void {
  const { state } = form;
  const states = {
    submitting: form.busy,
    success: state === 'success',
    failed: state === 'failed',
    invalid: form.summary.length > 0,
  };
  for (const [name, on] of Object.entries(states)) {
    try {
      internals.states[on ? 'add' : 'delete'](name);
    } catch {
      // Browsers before 2024 accept only `--name` states; styling by state is an extra, not a need.
    }
  }
}

/** Moves focus from an error summary link to its field, bringing the label and hint into view as GOV.UK does. */
function focusField(view: FeedbackView, event: Event): void {
  event.preventDefault();
  const name = (event.currentTarget as HTMLElement).dataset.field ?? '';
  const control = view.root.querySelector<HTMLElement>(`#${CSS.escape(view.fieldId(name))}`);
  control?.closest('[part="field"]')?.scrollIntoView({ block: 'start' });
  control?.focus({ preventScroll: true });
}

const formatNumber = (view: FeedbackView, value: number) => new Intl.NumberFormat(view.locale).format(value);

/**
 * The text of an error: the form's own wording for that field and rule (`email.required`) if it has one, else the
 * rule's general message, given the field's label and its limit.
 */
function errorText(view: FeedbackView, spec: FieldSpec, key: FormMessageKey): string {
  const message = view.fieldMessage(spec.name, key) ?? view.message(key);
  const limit = spec.maxLength === undefined ? '' : formatNumber(view, spec.maxLength);
  return typeof message === 'function' ? message(spec.label, limit) : message;
}

/** A character counter's text: what is left (or how many too many), and the limit for the hint. */
export function counter(view: FeedbackView, spec: FieldSpec): { over: boolean; shown: string; hint: string } {
  const max = spec.maxLength ?? 0;
  const left = max - view.form.value(spec.name).length;
  return {
    over: left < 0,
    shown: view.term(left < 0 ? 'charactersOver' : 'charactersLeft', Math.abs(left)),
    hint: view.term('counterHint', formatNumber(view, max)),
  };
}

const FAILURE_MESSAGES = {
  network: 'failNetwork',
  timeout: 'failTimeout',
  'rate-limited': 'failRateLimited',
  server: 'failServer',
  host: 'failServer',
  rejected: 'failRejected',
  validation: 'failRejected',
  config: 'failConfig',
  aborted: 'failNetwork',
} as const;

/**
 * The status region's text for waiting, offline and failed. "Sending" and a failed download of the form's own code are
 * the element's to say, as they can come before this arrives.
 */
export function statusText(view: FeedbackView): string {
  const { state, failure } = view.form;
  if (state === 'waiting') return view.term('retrying');
  if (state === 'offline') return view.term('offline');
  return state === 'failed' && failure !== undefined && failure !== 'load' ? view.term(FAILURE_MESSAGES[failure]) : '';
}

/**
 * The GOV.UK error summary: a titled group that takes focus after a failed submit, with one link per problem that
 * moves focus to its field, worded as at the submit. A problem the person cannot fix on a field (the server named the
 * envelope, or fields this form does not have) gets a general message and no link.
 */
export function renderSummary(view: FeedbackView): TemplateResult | typeof nothing {
  const { summary, errorLines } = view.form;
  if (summary.length === 0) return nothing;
  return html`<div part="error-summary" class="summary" tabindex="-1" role="group" aria-labelledby="summary-title">
    <div role="heading" aria-level=${view.level} id="summary-title" class="summary-title">
      ${view.term('errorSummaryTitle')}
    </div>
    <ul>
      ${summary.map((name) => {
        const spec = view.specs.find((field) => field.name === name);
        const key = errorLines.get(name)?.at(-1);
        return spec === undefined || key === undefined
          ? html`<li>${view.term('formProblem')}</li>`
          : html`<li>
              <a href="#${view.fieldId(name)}" data-field=${name} @click=${(event: Event) => focusField(view, event)}>${errorText(view, spec, key)}</a>
            </li>`;
      })}
    </ul>
  </div>`;
}

/** Styles for what appears only after someone interacts: errors, the summary, the counter, failures, the thank-you. */
export const feedbackStyles = css`
  .summary-title,.success-title{font-size:1.25em;font-weight:700;line-height:1.3;}
  .success-title{display:flex;align-items:center;gap:0.375em;}
  .success-title svg{inline-size:1.1em;block-size:1.1em;flex:none;color:var(--_ijm-color-success);}
  .field.reserved{border-inline-start:4px solid transparent;padding-inline-start:var(--_ijm-space-3);}
  .field.invalid,.status.failed,.success,.config{border-inline-start:4px solid var(--_ijm-color-danger);padding-inline-start:var(--_ijm-space-3);}
  .error-line{display:grid;}
  .error-line>*{grid-area:1/1;}
  .error.held{visibility:hidden;}
  .success{border-color:var(--_ijm-color-success);display:grid;gap:var(--_ijm-space-2);}
  .error,.count.over,.summary a{color:var(--_ijm-color-danger);font-weight:700;}
  .count{color:var(--_ijm-color-muted);}
  [aria-invalid='true']{border-color:var(--_ijm-color-danger);}
  .summary{border:4px solid var(--_ijm-color-danger);padding:var(--_ijm-space-4);display:grid;gap:var(--_ijm-space-2);}
  .summary ul{margin:0;padding:0;list-style:none;display:grid;gap:var(--_ijm-space-2);}
  .summary a{display:inline-block;min-block-size:1.5rem;}
`;

import { css, html, nothing, type TemplateResult } from 'lit';
import type { FormController } from './form-controller.js';
import type { FieldFeedback, FieldSpec } from './form-fields.js';
import type { FieldMessage } from './form-messages.js';

/**
 * A field's error and counter, around its control. The counter (GOV.UK's character count) shows its text at once but
 * hides it from assistive technology, which hears a polite copy once typing pauses (`announced`), not every keystroke.
 */
export function fieldFeedback(view: FeedbackView, spec: FieldSpec): FieldFeedback {
  const announced = announcements.get(view.form)?.get(spec.name) ?? '';
  const id = view.fieldId(spec.name);
  const error = errorText(view, spec);
  // Every message the line has shown since the submit stays in it, unseen and unread (`visibility: hidden`), stacked in
  // one grid cell: the line keeps the height of the tallest, and a fixed field's line keeps its space.
  const shown = view.form.errorLines.get(spec.name) ?? [];
  const current = view.form.errors.get(spec.name);
  const count = spec.counter && spec.maxLength !== undefined ? counter(view, spec) : undefined;
  const ids = [count === undefined ? '' : `${id}-limit`, error === undefined ? '' : `${id}-error`].filter(Boolean);
  return {
    invalid: error !== undefined,
    reserved: shown.length > 0,
    ids,
    before: html`${count === undefined ? nothing : html`<p class="hint" id=${id}-limit>${count.hint}</p>`}
    ${
      shown.length === 0
        ? nothing
        : html`<div class="error-line">
          ${shown.map((key) => (key === current ? nothing : html`<p class="error held">${errorText(view, spec, key)}</p>`))}
          ${
            error === undefined
              ? nothing
              : html`<p class="error" id=${id}-error><span class="visually-hidden">${view.term('errorPrefix')} </span>${error}</p>`
          }
        </div>`
    }`,
    after:
      count === undefined
        ? nothing
        : html`<p class="count ${count.over ? 'over' : ''}" aria-hidden="true">${count.shown}</p>
            <p class="visually-hidden" aria-live="polite">${announced}</p>`,
  };
}

const warnedEndpoints = new Set<string>();

/**
 * A visible notice for a refused `endpoint` (not `https:`, or `http:` beyond localhost), with a console error for the
 * developer, once per endpoint. `refused` is the endpoint when the element refused it, else `undefined`.
 */
export function endpointNotice(view: FeedbackView, refused: string | undefined): TemplateResult | typeof nothing {
  const endpoint = refused;
  if (endpoint === undefined) return nothing;
  if (!warnedEndpoints.has(endpoint)) {
    warnedEndpoints.add(endpoint);
    console.error(
      `<${view.form.host.localName}> refuses endpoint "${endpoint}": use https: (http: only for localhost).`,
    );
  }
  return html`<p class="config">${view.term('configEndpoint')}</p>`;
}

/** The thank-you that replaces the form; focus moves to its heading. */
export function renderSuccess(view: FeedbackView, body: unknown): TemplateResult {
  return html`<div part="success" class="success">
    <div role="heading" aria-level=${view.level} class="success-title" tabindex="-1">${view.term('successTitle')}</div>
    ${body}
  </div>`;
}

const COUNTER_PAUSE_MS = 1000;
const announcements = new WeakMap<FormController, Map<string, string>>();
const counterTimers = new WeakMap<FormController, Map<string, ReturnType<typeof setTimeout>>>();

/** After each keystroke in a field with a counter: the count is announced once typing pauses, not per keystroke. */
export function noteInput(view: FeedbackView, name: string): void {
  const spec = view.specs.find((field) => field.name === name);
  if (!spec?.counter || spec.maxLength === undefined) return;
  const { form } = view;
  const timers = counterTimers.get(form) ?? new Map<string, ReturnType<typeof setTimeout>>();
  counterTimers.set(form, timers);
  clearTimeout(timers.get(name));
  timers.set(
    name,
    setTimeout(() => {
      const said = announcements.get(form) ?? new Map<string, string>();
      announcements.set(form, said);
      said.set(name, counter(view, spec).shown);
      form.host.requestUpdate();
    }, COUNTER_PAUSE_MS),
  );
}

const BUSY = new Set(['submitting', 'waiting', 'offline']);

/** Mirrors the form's state in `ElementInternals.states`, so a page can style `:state(submitting)` and the like. */
export function syncStates(form: FormController, internals: ElementInternals): void {
  const { state } = form;
  const states = { submitting: BUSY.has(state), success: state === 'success', failed: state === 'failed' };
  for (const [name, on] of Object.entries({ ...states, invalid: form.summary.length > 0 })) {
    try {
      internals.states[on ? 'add' : 'delete'](name);
    } catch {
      // Browsers before 2024 accept only `--name` states; styling by state is an extra, not a need.
    }
  }
}

/** Moves focus from an error summary link to its field, bringing the label and hint into view as GOV.UK does. */
export function focusField(view: FeedbackView, event: Event): void {
  event.preventDefault();
  const name = (event.currentTarget as HTMLElement).dataset.field ?? '';
  const control = view.root.querySelector<HTMLElement>(`#${CSS.escape(view.fieldId(name))}`);
  control?.closest('[part="field"]')?.scrollIntoView({ block: 'start' });
  control?.focus({ preventScroll: true });
}

/** What the feedback renderers need from a form element. */
export interface FeedbackView {
  readonly form: FormController;
  readonly locale: string;
  /** The summary's heading level. */
  readonly level: number;
  /** The fields shown, the consent checkbox included. */
  readonly specs: readonly FieldSpec[];
  /** A message as found (host override, locale, English), or `undefined`. */
  text(key: string): string | ((...args: never[]) => string) | undefined;
  term(key: string, ...args: never[]): string;
  /** The id of a field's control, for the summary's links. */
  fieldId(name: string): string;
  /** Where the fields are: the shadow root. */
  readonly root: ParentNode;
}

const formatNumber = (view: FeedbackView, value: number) => new Intl.NumberFormat(view.locale).format(value);

/**
 * The error shown for a field: the form's own wording for that field and rule (`email.required`) if it has one, else
 * the rule's general message, given the field's label and its limit.
 */
export function errorText(
  view: FeedbackView,
  spec: FieldSpec,
  key = view.form.errors.get(spec.name),
): string | undefined {
  if (key === undefined) return undefined;
  const message = (view.text(`${spec.name}.${key}`) ?? view.text(key) ?? view.text('invalid')) as FieldMessage;
  const limit = spec.maxLength === undefined ? '' : formatNumber(view, spec.maxLength);
  return typeof message === 'function' ? message(spec.label, limit) : message;
}

/** A character counter's text: what is left (or how many too many), and the limit for the hint. */
export function counter(view: FeedbackView, spec: FieldSpec): { over: boolean; shown: string; hint: string } {
  const max = spec.maxLength ?? 0;
  const left = max - view.form.value(spec.name).length;
  return {
    over: left < 0,
    shown: view.term(left < 0 ? 'charactersOver' : 'charactersLeft', Math.abs(left) as never),
    hint: view.term('counterHint', formatNumber(view, max) as never),
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

/** The status region's text for waiting, offline and failed (sending is bundled, as it can come first). */
export function statusText(view: FeedbackView): string {
  const { state, failure } = view.form;
  if (state === 'waiting') return view.term('retrying');
  if (state === 'offline') return view.term('offline');
  return state === 'failed' ? view.term(FAILURE_MESSAGES[failure ?? 'network']) : '';
}

/**
 * The GOV.UK error summary: a titled group that takes focus after a failed submit, with one link per problem that
 * moves focus to its field. A problem the person cannot fix on a field (the server named the envelope) gets a general
 * message and no link.
 */
export function renderSummary(view: FeedbackView): TemplateResult | typeof nothing {
  const { summary } = view.form;
  if (summary.length === 0) return nothing;
  return html`<div part="error-summary" class="summary" tabindex="-1" role="group" aria-labelledby="summary-title">
    <div role="heading" aria-level=${view.level} id="summary-title" class="summary-title">
      ${view.term('errorSummaryTitle')}
    </div>
    <ul>
      ${summary.map((name) => {
        const spec = view.specs.find((field) => field.name === name);
        return spec === undefined
          ? html`<li>${view.term('formProblem')}</li>`
          : html`<li>
              <a href="#${view.fieldId(name)}" data-field=${name} @click=${(event: Event) => focusField(view, event)}>${errorText(view, spec, view.form.errorLines.get(name)?.at(-1))}</a>
            </li>`;
      })}
    </ul>
  </div>`;
}

/** Styles for what appears only after someone interacts: errors, the summary, the counter, failures, the thank-you. */
export const feedbackStyles = css`
  .summary-title,.success-title{font-size:1.25em;font-weight:700;line-height:1.3;}
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

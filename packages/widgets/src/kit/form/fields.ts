import { html, nothing, type TemplateResult } from 'lit';
import type { FieldFeedback, FieldOption, FieldSpec } from './model.js';

/** What a field renderer needs from its form: current values, text, handlers, and any feedback. */
export interface FieldContext {
  value(name: string): string;
  checked(name: string): boolean;
  feedback(spec: FieldSpec): FieldFeedback | undefined;
  readonly optionalText: string;
  readonly selectPrompt: string;
  readonly onInput: (event: Event) => void;
  readonly onBlur: (event: Event) => void;
}

const optionTemplates = new WeakMap<readonly FieldOption[], DocumentFragment>();
const filled = new WeakMap<HTMLSelectElement, readonly FieldOption[]>();

/**
 * Gives a rendered select its options (after the "Select" prompt), when the list it holds is not `options`: cloned from
 * one template per list, since a country list has 250 and 250 template instances cost a slow phone tens of
 * milliseconds per form. Called after each render, it does nothing while the list stays the same, and it follows the
 * select wherever a render puts it (a field shown above it moves it down a place).
 */
export function syncOptions(select: HTMLSelectElement, options: readonly FieldOption[]): void {
  if (filled.get(select) === options) return;
  filled.set(select, options);
  let template = optionTemplates.get(options);
  if (template === undefined) {
    template = document.createDocumentFragment();
    for (const { value, label } of options) template.append(new Option(label, value));
    optionTemplates.set(options, template);
  }
  select.length = 1;
  select.append(template.cloneNode(true));
}

const fieldClass = (feedback: FieldFeedback | undefined) =>
  `field${feedback?.reserved ? ' reserved' : ''}${feedback?.invalid ? ' invalid' : ''}`;

/** The id of a field's control inside the shadow root; error summary links point at it. */
export const fieldId = (name: string) => `f-${name}`;

/** Renders one field the GOV.UK way: label, hint, error, then the control, all tied by `aria-describedby`. */
export function renderField(spec: FieldSpec, ctx: FieldContext): TemplateResult {
  const { name, kind, label, hint, optional = false } = spec;
  const id = fieldId(name);
  const feedback = ctx.feedback(spec);
  const describe = [hint === undefined ? '' : `${id}-hint`, ...(feedback?.ids ?? [])].join(' ').trim() || nothing;
  const invalid = feedback?.invalid ? 'true' : 'false';
  const hintLine = hint === undefined ? nothing : html`<p class="hint" id=${id}-hint>${hint}</p>`;
  // Until the contract brings the counter's words, its hint and count lines hold their place, empty: nothing moves.
  const counterSpace = feedback === undefined && spec.counter === true;
  const before = feedback?.before ?? (counterSpace ? html`<p class="hint" aria-hidden="true">&nbsp;</p>` : nothing);
  // Twice the limit: room to paste and then trim, with a "too long" error rather than a silent cut at the limit, while
  // a megabyte pasted by mistake is cut before any check has to read it.
  const maxlength = spec.maxLength === undefined ? nothing : spec.maxLength * 2;

  if (kind === 'checkbox') {
    return html`<div part="field" class=${fieldClass(feedback)}>
      ${before}
      <div class="check-row">
        <input part="input" type="checkbox" id=${id} name=${name} .checked=${ctx.checked(name)} ?required=${!optional}
          aria-invalid=${invalid} aria-describedby=${describe} @change=${ctx.onInput} @blur=${ctx.onBlur} />
        <label part="label" for=${id}>${label}</label>
      </div>
      ${hintLine}
    </div>`;
  }

  const value = ctx.value(name);
  let control: TemplateResult;
  if (kind === 'select') {
    control = html`<select part="input" id=${id} name=${name} autocomplete=${spec.autocomplete ?? nothing}
      ?required=${!optional} aria-invalid=${invalid} aria-describedby=${describe} @change=${ctx.onInput}
      @blur=${ctx.onBlur}>
      <option value="">${ctx.selectPrompt}</option>
    </select>`;
  } else if (kind === 'textarea') {
    control = html`<textarea part="input" id=${id} name=${name} rows=${spec.rows ?? 6}
      autocomplete=${spec.autocomplete ?? nothing} maxlength=${maxlength} ?required=${!optional}
      aria-invalid=${invalid} aria-describedby=${describe} .value=${value} @input=${ctx.onInput} @blur=${ctx.onBlur}></textarea>`;
  } else {
    control = html`<input part="input" id=${id} name=${name} type=${kind} .value=${value}
      autocomplete=${spec.autocomplete ?? nothing} inputmode=${spec.inputmode ?? nothing}
      spellcheck=${kind === 'email' ? 'false' : nothing} autocapitalize=${kind === 'email' ? 'off' : nothing}
      min=${spec.min ?? nothing} max=${spec.max ?? nothing} maxlength=${maxlength} ?required=${!optional} aria-invalid=${invalid}
      aria-describedby=${describe} @input=${ctx.onInput} @blur=${ctx.onBlur} />`;
  }

  return html`<div part="field" class=${fieldClass(feedback)}>
    <label part="label" for=${id}>${label}${optional ? html` <span class="optional">${ctx.optionalText}</span>` : nothing}</label>
    ${hintLine} ${before} ${control} ${feedback?.after ?? (counterSpace ? html`<p class="count" aria-hidden="true">&nbsp;</p>` : nothing)}
  </div>`;
}

/**
 * A field that people never see or reach and assistive technology never reads; a bot that fills every input fills it.
 * `inert` keeps it out of focus and the accessibility tree, and `autocomplete="off"` out of autofill.
 */
export function renderHoneypot(label: string, value: string, onInput: (event: Event) => void): TemplateResult {
  return html`<div class="honeypot" aria-hidden="true" inert>
    <label for="f-hp">${label}</label>
    <input id="f-hp" name="website" type="text" tabindex="-1" autocomplete="off" .value=${value} @input=${onInput} />
  </div>`;
}

// Everything after the safety screen: who it is about, the questions, the review and the result, with the core's
// questionnaire, engine and English texts. Downloaded on the safety screen with the helplines, so that a page that
// only shows the check (or embeds every widget) does not carry the questions in its first paint.
import {
  ANSWERS,
  type Answer,
  assessSelfCheck,
  PERSPECTIVES,
  QUESTIONS,
  questionKey,
  type SelfCheckMessageKey,
  selfCheckEn,
} from '@ijm/core/self-check';
import { html, nothing, type TemplateResult } from 'lit';
import type { Term } from './indicator-self-check.messages.js';
import type { Session } from './indicator-self-check.model.js';

export { selfCheckEn };

/** How many questions show at a time: few enough to read on a phone, enough that the check is not endless. */
const QUESTIONS_PER_PAGE = 3;
const PAGES = Math.ceil(QUESTIONS.length / QUESTIONS_PER_PAGE);

/** What a step needs from the element: its state, its words, and the ways to move on. */
export interface StepContext {
  readonly session: Session;
  readonly term: Term;
  text(key: SelfCheckMessageKey): string;
  heading(text: string): TemplateResult;
  /** Moves to another step or page, with focus and the step event. */
  go(session: Session): void;
  /** Changes the state without moving (an answer, a helpline country). */
  set(session: Session): void;
  hotlineCard(): TemplateResult | typeof nothing;
  reset(): void;
}

export function renderPerspective(ctx: StepContext): TemplateResult {
  const t = ctx.term;
  return html`${ctx.heading(ctx.text('perspective.question'))}
    <div class="actions stacked">
      ${PERSPECTIVES.map(
        (perspective) =>
          html`<button
            type="button"
            class="choice-button"
            data-perspective=${perspective}
            @click=${() => ctx.go({ ...ctx.session, perspective, step: 'questions', page: 0 })}
          >
            ${ctx.text(`perspective.${perspective}`)}
          </button>`,
      )}
    </div>
    <p class="note">${ctx.text('privacy')}</p>
    <div class="actions">
      <button type="button" @click=${() => ctx.go({ ...ctx.session, step: 'safety' })}>${t('back')}</button>
    </div>`;
}

function answerLabel(ctx: StepContext, answer: Answer): string {
  return ctx.text(`answer.${answer}`);
}

export function renderQuestions(ctx: StepContext): TemplateResult {
  const t = ctx.term;
  const { page, perspective = 'me', answers } = ctx.session;
  const first = page * QUESTIONS_PER_PAGE;
  const questions = QUESTIONS.slice(first, first + QUESTIONS_PER_PAGE);
  const last = page === PAGES - 1;
  return html`${ctx.heading(t('progress', page + 1, PAGES))}
    <progress max=${PAGES} .value=${page + 1} aria-hidden="true"></progress>
    ${page === 0 ? html`<p>${ctx.text(`intro.${perspective}`)}</p>` : nothing}
    ${questions.map(
      (question, index) => html`<fieldset class="question">
        <legend><span class="number">${first + index + 1}.</span> ${ctx.text(questionKey(question.id, perspective))}</legend>
        <div class="choices">
          ${ANSWERS.map(
            (answer) => html`<label class="choice"
              ><input
                type="radio"
                name=${question.id}
                value=${answer}
                autocomplete="off"
                .checked=${answers[question.id] === answer}
                @change=${() => {
                  ctx.set({ ...ctx.session, answers: { ...ctx.session.answers, [question.id]: answer } });
                }}
              />${answerLabel(ctx, answer)}</label
            >`,
          )}
        </div>
      </fieldset>`,
    )}
    <div class="actions">
      <button
        type="button"
        @click=${() => ctx.go(page === 0 ? { ...ctx.session, step: 'perspective' } : { ...ctx.session, page: page - 1 })}
      >
        ${t('back')}
      </button>
      <button
        type="button"
        class="primary"
        @click=${() => ctx.go(last ? { ...ctx.session, step: 'review' } : { ...ctx.session, page: page + 1 })}
      >
        ${last ? t('toReview') : t('next')}
      </button>
    </div>`;
}

export function renderReview(ctx: StepContext): TemplateResult {
  const t = ctx.term;
  const { perspective = 'me', answers } = ctx.session;
  return html`${ctx.heading(t('reviewHeading'))}
    <ol class="review">
      ${QUESTIONS.map((question, index) => {
        const answer = answers[question.id];
        return html`<li>
          <p>${ctx.text(questionKey(question.id, perspective))}</p>
          <p class="answer"><strong>${answer === undefined ? t('notAnswered') : answerLabel(ctx, answer)}</strong></p>
          <button
            type="button"
            class="link"
            @click=${() => ctx.go({ ...ctx.session, step: 'questions', page: Math.floor(index / QUESTIONS_PER_PAGE) })}
          >
            ${t('change', index + 1)}
          </button>
        </li>`;
      })}
    </ol>
    <div class="actions">
      <button type="button" @click=${() => ctx.go({ ...ctx.session, step: 'questions', page: PAGES - 1 })}>
        ${t('back')}
      </button>
      <button type="button" class="primary" @click=${() => ctx.go({ ...ctx.session, step: 'result' })}>
        ${t('seeResult')}
      </button>
    </div>`;
}

export function renderResult(ctx: StepContext): TemplateResult {
  const t = ctx.term;
  const result = assessSelfCheck(ctx.session.perspective ?? 'me', ctx.session.answers);
  const meaning = result.guidance.filter((key) => /^guide\.(meaning|not-a-decision|unsure)/.test(key));
  const next = result.guidance.filter((key) => !meaning.includes(key));
  return html`${ctx.heading(ctx.text(`level.${result.level}`))}
    ${
      result.indicators.length === 0
        ? nothing
        : html`<h4>${t('signsHeading')}</h4>
          <ul class="signs">
            ${result.indicators.map((id) => html`<li data-sign=${id}>${ctx.text(`sign.${id}`)}</li>`)}
          </ul>`
    }
    ${
      result.unsure.length === 0
        ? nothing
        : html`<h4>${t('unsureHeading')}</h4>
          <ul class="signs">
            ${result.unsure.map((id) => html`<li data-unsure=${id}>${ctx.text(`sign.${id}`)}</li>`)}
          </ul>`
    }
    <h4>${t('meaningHeading')}</h4>
    ${meaning.map((key) => html`<p>${ctx.text(key)}</p>`)}
    <h4>${t('nextStepsHeading')}</h4>
    ${next.map((key) => html`<p>${ctx.text(key)}</p>`)} ${ctx.hotlineCard()}
    <div class="actions">
      <button type="button" class="primary" @click=${() => ctx.reset()}>${t('again')}</button>
    </div>`;
}

// Professional mode: the Delphi checklist and the combination rule's outcome, element by element. Loaded with the
// first screen in that mode only, so the public check never downloads the Delphi lists.

import type { Catalog, Locale } from '@ijm/core/i18n';
import {
  AVAILABLE_DELPHI_LIST_IDS,
  type AvailableDelphiListId,
  assessDelphi,
  DELPHI_LIST_META,
  getDelphiList,
} from '@ijm/core/indicators';
import { html, nothing, type TemplateResult } from 'lit';

/** The checklist's own words: loaded with it, so the public check never downloads them. */
export interface ProfessionalMessages {
  [key: string]: string | ((...args: never[]) => string);
  proList: string;
  proStrength: (strength: 'strong' | 'medium' | 'weak') => string;
  proAssess: string;
  proOutcomeYes: string;
  proOutcomeNo: string;
  proIndicative: string;
  proRuleSource: string;
  proElementPositive: string;
  proElementNegative: string;
  proRule: (rule: string) => string;
  proNoIndicators: string;
  proNotRobust: string;
  proSourceLanguage: string;
}

export type ProfessionalTerm = <K extends keyof ProfessionalMessages>(
  key: K,
  ...args: ProfessionalMessages[K] extends (...a: infer A) => string ? A : []
) => string;

export const professionalCatalogs: Record<Locale, Catalog<ProfessionalMessages>> = {
  en: {
    locale: 'en',
    status: 'source',
    messages: {
      proList: 'Indicator list',
      proStrength: (strength) => ({ strong: 'Strong', medium: 'Medium', weak: 'Weak' })[strength],
      proAssess: 'See the outcome',
      proOutcomeYes: 'The combination rule indicates trafficking',
      proOutcomeNo: 'The combination rule does not indicate trafficking',
      proIndicative: 'Indicative only: a screening aid for referral, not a legal determination.',
      proRuleSource:
        'The combination rule is taken from a secondary source, not yet checked against the ILO/EC brochure.',
      proElementPositive: 'Present',
      proElementNegative: 'Not present',
      proRule: (rule) =>
        `Threshold met: ${{ '2-strong': '2 strong', '1-strong-1-medium-or-weak': '1 strong and 1 medium or weak', '3-medium': '3 medium', '2-medium-1-weak': '2 medium and 1 weak' }[rule] ?? rule}`,
      proNoIndicators: 'No indicator ticked',
      proNotRobust: 'This outcome depends on indicators whose strength the sources dispute.',
      proSourceLanguage: 'The indicators are shown in the English of the source.',
    },
  },
  ms: {
    locale: 'ms',
    status: 'needs-native-review',
    messages: {
      proList: 'Senarai penunjuk',
      proStrength: (strength) => ({ strong: 'Kuat', medium: 'Sederhana', weak: 'Lemah' })[strength],
      proAssess: 'Lihat keputusan',
      proOutcomeYes: 'Peraturan gabungan menunjukkan pemerdagangan orang',
      proOutcomeNo: 'Peraturan gabungan tidak menunjukkan pemerdagangan orang',
      proIndicative: 'Petunjuk sahaja: alat saringan untuk rujukan, bukan keputusan undang-undang.',
      proRuleSource: 'Peraturan gabungan diambil daripada sumber sekunder, belum disemak dengan risalah ILO/EC.',
      proElementPositive: 'Ada',
      proElementNegative: 'Tiada',
      proRule: (rule) =>
        `Ambang dicapai: ${{ '2-strong': '2 kuat', '1-strong-1-medium-or-weak': '1 kuat dan 1 sederhana atau lemah', '3-medium': '3 sederhana', '2-medium-1-weak': '2 sederhana dan 1 lemah' }[rule] ?? rule}`,
      proNoIndicators: 'Tiada penunjuk ditandakan',
      proNotRobust: 'Keputusan ini bergantung pada penunjuk yang kekuatannya dipertikaikan oleh sumber.',
      proSourceLanguage: 'Penunjuk dipaparkan dalam bahasa Inggeris sumber.',
    },
  },
  es: {
    locale: 'es',
    status: 'needs-native-review',
    messages: {
      proList: 'Lista de indicadores',
      proStrength: (strength) => ({ strong: 'Fuerte', medium: 'Medio', weak: 'Débil' })[strength],
      proAssess: 'Ver el resultado',
      proOutcomeYes: 'La regla de combinación indica trata',
      proOutcomeNo: 'La regla de combinación no indica trata',
      proIndicative: 'Solo indicativo: una ayuda para derivar casos, no una determinación legal.',
      proRuleSource:
        'La regla de combinación procede de una fuente secundaria, aún no cotejada con el folleto de la OIT y la CE.',
      proElementPositive: 'Presente',
      proElementNegative: 'No presente',
      proRule: (rule) =>
        `Umbral alcanzado: ${{ '2-strong': '2 fuertes', '1-strong-1-medium-or-weak': '1 fuerte y 1 medio o débil', '3-medium': '3 medios', '2-medium-1-weak': '2 medios y 1 débil' }[rule] ?? rule}`,
      proNoIndicators: 'Ningún indicador marcado',
      proNotRobust: 'Este resultado depende de indicadores cuya fuerza discuten las fuentes.',
      proSourceLanguage: 'Los indicadores se muestran en el inglés de la fuente.',
    },
  },
};

export interface ChecklistContext {
  readonly term: ProfessionalTerm;
  readonly list: AvailableDelphiListId;
  readonly checked: ReadonlySet<string>;
  onList(list: AvailableDelphiListId): void;
  onToggle(id: string, present: boolean): void;
}

export const defaultList: AvailableDelphiListId = AVAILABLE_DELPHI_LIST_IDS[0];

export function isList(value: unknown): value is AvailableDelphiListId {
  return (AVAILABLE_DELPHI_LIST_IDS as readonly unknown[]).includes(value);
}

function listOf(id: AvailableDelphiListId) {
  const result = getDelphiList(id);
  // Only available lists are offered, so this holds; the check keeps the types honest.
  if (!result.available) throw new Error(result.message);
  return result.list;
}

export function renderChecklist(context: ChecklistContext): TemplateResult {
  const { term } = context;
  const list = listOf(context.list);
  return html`<fieldset class="choices">
      <legend>${term('proList')}</legend>
      ${AVAILABLE_DELPHI_LIST_IDS.map(
        (id) => html`<label class="choice"
          ><input
            type="radio"
            name="list"
            .checked=${id === context.list}
            @change=${() => context.onList(id)}
          /><span lang="en">${DELPHI_LIST_META[id].title}</span></label
        >`,
      )}
    </fieldset>
    <p class="note">${term('proSourceLanguage')}</p>
    ${list.elements.map(
      ({ element, indicators }) => html`<fieldset class="element">
        <legend lang="en">${element.name}</legend>
        ${indicators.map(
          (indicator) => html`<label class="choice"
            ><input
              type="checkbox"
              .checked=${context.checked.has(indicator.id)}
              @change=${(event: Event) => context.onToggle(indicator.id, (event.target as HTMLInputElement).checked)}
            /><span
              ><span lang="en">${indicator.text}</span>
              <span class="strength" data-strength=${indicator.strength}
                >${term('proStrength', indicator.strength)}</span
              ></span
            ></label
          >`,
        )}
      </fieldset>`,
    )}`;
}

export function renderOutcome(
  term: ProfessionalTerm,
  listId: AvailableDelphiListId,
  checked: ReadonlySet<string>,
): TemplateResult {
  const list = listOf(listId);
  const outcome = assessDelphi(listId, checked);
  const texts = new Map(list.elements.flatMap(({ indicators }) => indicators.map((i) => [i.id, i.text] as const)));
  return html`<p class="level" data-level=${outcome.traffickingIndicated ? 'strong' : 'none'}>
      ${term(outcome.traffickingIndicated ? 'proOutcomeYes' : 'proOutcomeNo')}
    </p>
    <p>${term('proIndicative')}</p>
    ${outcome.sensitivity.robust ? nothing : html`<p>${term('proNotRobust')}</p>`}
    <ul class="elements">
      ${list.elements.map(({ element }) => {
        const result = outcome.elements[element.id];
        return html`<li data-element=${element.id} data-positive=${result.positive}>
          <h4 lang="en">${element.name}</h4>
          <p>
            <strong>${term(result.positive ? 'proElementPositive' : 'proElementNegative')}</strong>${
              result.rule ? html`. ${term('proRule', result.rule)}` : nothing
            }
          </p>
          ${
            result.indicators.length === 0
              ? html`<p class="note">${term('proNoIndicators')}</p>`
              : html`<ul>
                ${result.indicators.map(
                  (item) =>
                    html`<li><span lang="en">${texts.get(item.id)}</span> (${term('proStrength', item.strength)})</li>`,
                )}
              </ul>`
          }
        </li>`;
      })}
    </ul>
    <p class="note">${term('proRuleSource')}</p>`;
}

// The helpline directory, its texts in every language and the card that shows it: one download, made on the safety
// screen, so that no request happens once the person starts answering.
import {
  getHotlines,
  HOTLINE_COUNTRIES,
  type HotlineContact,
  type HotlineMessages,
  hotlinesEn,
  hotlinesEs,
  hotlinesMs,
} from '@ijm/core/hotlines';
import type { Catalog, Locale } from '@ijm/core/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import type { Term } from './indicator-self-check.messages.js';

export interface HotlineCardContext {
  readonly term: Term;
  readonly locale: Locale;
  /** What the person picked, if anything: ISO 3166-1 alpha-3, or '' for none. */
  readonly chosen: string | undefined;
  /** The host's `country` attribute: alpha-2 or alpha-3. */
  readonly attribute: string | undefined;
  onCountry(country: string): void;
}

const catalogs: Record<Locale, Catalog<HotlineMessages>> = { en: hotlinesEn, ms: hotlinesMs, es: hotlinesEs };

function contactHref(contact: HotlineContact): string {
  if (contact.channel === 'sms') return `sms:${contact.dial}`;
  if (contact.channel === 'whatsapp') return `https://wa.me/${contact.dial.replace(/^\+/, '')}`;
  return contact.tel;
}

const contactTerm = { call: 'call', sms: 'sms', whatsapp: 'whatsapp' } as const;

/** Country names in the reader's language where the browser knows them, the directory's English names otherwise. */
function countryNames(context: HotlineCardContext): Array<{ code: string; name: string }> {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([context.locale, 'en'], { type: 'region' });
  } catch {
    names = undefined;
  }
  return HOTLINE_COUNTRIES.map((entry) => ({
    code: entry.country,
    name: names?.of(entry.iso2) ?? entry.name,
  })).sort((a, b) => a.name.localeCompare(b.name, context.locale));
}

/**
 * A country's helplines with tap-to-call, text and WhatsApp links, hours and languages (in the source's English), a
 * "check this number" note where the research is unsure, and emergency numbers; a plain fallback where there is none.
 */
export function renderHotlineCard(context: HotlineCardContext): TemplateResult {
  const { term } = context;
  const hotlineTerm = (key: keyof HotlineMessages) => (catalogs[context.locale] ?? hotlinesEn).messages[key];
  const country = context.chosen ?? (context.attribute ? getHotlines(context.attribute).country : '');
  const lookup = country === '' ? undefined : getHotlines(country);
  const emergency = lookup?.emergency ?? [];
  return html`<section class="hotlines" aria-labelledby="hotline-heading">
    <h3 id="hotline-heading">${term('hotlineHeading')}</h3>
    <label class="field"
      >${term('hotlineCountry')}
      <select @change=${(event: Event) => context.onCountry((event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${country === ''}>${term('hotlineChoose')}</option>
        ${countryNames(context).map(
          ({ code, name }) => html`<option value=${code} ?selected=${code === country}>${name}</option>`,
        )}
      </select></label
    >
    ${
      lookup === undefined
        ? nothing
        : lookup.found
          ? lookup.entries.map(
              (hotline) => html`<div class="hotline" data-confidence=${hotline.confidence}>
                <h4 lang="en">${hotline.serviceName}</h4>
                <ul class="contacts">
                  ${hotline.contacts.map(
                    (contact) => html`<li>
                      <a class="contact" href=${contactHref(contact)}>${term(contactTerm[contact.channel], contact.display)}</a>
                      ${contact.label ? html`<span lang="en">(${contact.label})</span>` : nothing}
                      ${contact.needsCheck ? html`<p class="check">${hotlineTerm('check-number')}</p>` : nothing}
                    </li>`,
                  )}
                </ul>
                ${
                  hotline.hours
                    ? html`<p><strong>${term('hours')}:</strong> <span lang="en">${hotline.hours}</span></p>`
                    : nothing
                }
                ${
                  hotline.languages
                    ? html`<p><strong>${term('languages')}:</strong> <span lang="en">${hotline.languages}</span></p>`
                    : nothing
                }
                ${
                  hotline.needsCheck && !hotline.contacts.some((contact) => contact.needsCheck)
                    ? html`<p class="check">${hotlineTerm('check-number')}</p>`
                    : nothing
                }
              </div>`,
            )
          : lookup.messageKeys.map((key) => html`<p>${hotlineTerm(key)}</p>`)
    }
    ${
      emergency.length === 0
        ? nothing
        : html`<p>
          <strong>${hotlineTerm('emergency')}:</strong>
          ${emergency.map((number) => html`<a class="contact" href=${number.tel}>${number.display}</a> `)}
        </p>`
    }
  </section>`;
}

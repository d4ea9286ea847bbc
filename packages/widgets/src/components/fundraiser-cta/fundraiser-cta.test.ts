import { submissionEnvelope } from '@ijm/core/forms';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import '../../define/fundraiser-cta.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { fixture } from '../../test/fixture.js';
import { control, deepActiveElement, fillForm, inside, recordEvents, waitForState } from '../../test/forms.js';
import { intakeScenario } from '../../test/intake.js';
import type { IjmFundraiserLead } from '../fundraiser-lead/fundraiser-lead.js';
import type { IjmFundraiserCta } from './fundraiser-cta.js';

async function cta(attributes = '', container: Record<string, string> = {}): Promise<IjmFundraiserCta> {
  return fixture<IjmFundraiserCta>(`<ijm-fundraiser-cta ${attributes}></ijm-fundraiser-cta>`, container);
}

const progressText = (element: Element) =>
  element.shadowRoot?.querySelector('[part="progress"]')?.textContent?.replace(/\s+/g, ' ').trim();

/** Opens the lead form with a real click, and returns it once it has rendered. */
async function openLeadForm(element: IjmFundraiserCta): Promise<IjmFundraiserLead> {
  await commands.pointerClick(`#${element.id} [part="button"]`);
  await vi.waitFor(() => expect(element.shadowRoot?.querySelector('ijm-fundraiser-lead')).not.toBeNull());
  const form = element.shadowRoot?.querySelector('ijm-fundraiser-lead') as IjmFundraiserLead;
  await form.updateComplete;
  form.retryBaseMs = 20;
  return form;
}

let count = 0;
const id = () => `cta-${count++}`;

afterEach(() => vi.restoreAllMocks());

describe('<ijm-fundraiser-cta>', () => {
  it('shows the seed call to action, with a heading, text and a button, accessibly', async () => {
    const element = await cta();
    expect(inside(element, '[part="heading"]').textContent?.trim()).toBe('Make an Impact');
    expect(element.shadowRoot?.textContent).toContain('From birthday parties to polar dips');
    expect(inside(element, '[part="button"]').textContent?.trim()).toBe('Learn More');
    expect(element.shadowRoot?.querySelector('progress')).toBeNull();
    await expectNoAxeViolations(element);
  });

  it('takes the host’s heading and text through slots', async () => {
    const element = await cta('', {});
    element.innerHTML = '<span slot="heading">Run for freedom</span><p>Join our 10 km run.</p>';
    await element.updateComplete;
    const headingSlot = inside<HTMLSlotElement>(element, 'slot[name="heading"]');
    expect(headingSlot.assignedNodes().map((node) => node.textContent)).toEqual(['Run for freedom']);
    await expectNoAxeViolations(element);
  });

  it('draws an honest progress bar in the reader’s currency format, with the date it was updated', async () => {
    const element = await cta('goal="20000" raised="12500" currency="MYR" updated-at="2026-12-01T09:00:00Z"');
    const bar = inside<HTMLProgressElement>(element, 'progress');
    expect([bar.max, bar.value]).toEqual([20000, 12500]);
    expect(progressText(element)).toBe('MYR 12,500 raised of MYR 20,000 goal Updated December 1, 2026');
    expect(bar.getAttribute('aria-valuetext')?.replace(/\s/g, ' ')).toBe(
      'MYR 12,500 raised of MYR 20,000 goal (63% of the goal)',
    );
    expect(bar.getAttribute('aria-label')).toBe('Campaign progress');
    await expectNoAxeViolations(element);
  });

  it('says "goal exceeded" rather than overflowing the bar', async () => {
    const element = await cta('goal="1000" raised="1500" currency="USD"');
    const bar = inside<HTMLProgressElement>(element, 'progress');
    expect(bar.value).toBe(bar.max);
    expect(progressText(element)).toBe('Goal exceeded: $1,500 raised of $1,000 goal');
  });

  it('formats money and dates in Malay and Spanish', async () => {
    const malay = await cta('goal="20000" raised="5000" currency="MYR" updated-at="2026-12-01"', { lang: 'ms' });
    expect(progressText(malay)).toContain('RM 5,000 dikumpul daripada sasaran RM 20,000');
    const spanish = await cta('goal="20000" raised="5000" currency="EUR"', { lang: 'es' });
    expect(progressText(spanish)).toContain('recaudados de una meta de');
  });

  it('shows no bar, and warns once, for figures that cannot draw an honest one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const attributes of [
      'goal="0" raised="5" currency="USD"',
      'goal="100" raised="-1" currency="USD"',
      'goal="x"',
      'goal="100" raised="5" currency="dollars"',
    ]) {
      const element = await cta(attributes);
      expect(element.shadowRoot?.querySelector('progress'), attributes).toBeNull();
      expect(element.shadowRoot?.querySelector('[part="button"]')).not.toBeNull();
    }
    expect(warn).toHaveBeenCalledTimes(4);
  });

  it('fetches progress-src once, draws it, and fails quietly to no bar', async () => {
    const source = await intakeScenario([
      { status: 200, body: { goal: 5000, raised: 1250, currency: 'USD', updatedAt: '2026-11-30' } },
    ]);
    const element = await cta(`progress-src="${source.endpoint}"`);
    await vi.waitFor(() => expect(progressText(element)).toContain('$1,250 raised of $5,000 goal'));
    element.requestUpdate();
    await element.updateComplete;
    expect((await source.requests()).map((request) => request.method)).toEqual(['GET']);

    for (const answer of [
      { status: 500 },
      { status: 200, body: { goal: 0, raised: 1, currency: 'USD' } },
      { status: 200, raw: '<html>' },
      { status: 302, headers: { Location: 'https://example.invalid/' } },
    ]) {
      const failing = await intakeScenario([answer]);
      const quiet = await cta(`progress-src="${failing.endpoint}"`);
      await vi.waitFor(async () => expect(await failing.requests()).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(quiet.shadowRoot?.querySelector('progress'), JSON.stringify(answer)).toBeNull();
      expect(quiet.shadowRoot?.querySelector('[part="button"]')).not.toBeNull();
    }
  });

  it('keeps the space of the progress while progress-src loads, so nothing below moves when it arrives', async () => {
    const source = await intakeScenario([
      { status: 200, body: { goal: 5000, raised: 1250, currency: 'USD', updatedAt: '2026-11-30' }, delayMs: 400 },
    ]);
    const element = await cta(`progress-src="${source.endpoint}"`);
    await vi.waitFor(async () => expect(await source.requests()).toHaveLength(1));
    const pending = element.getBoundingClientRect().height;
    expect(element.shadowRoot?.querySelector('progress')).toBeNull();
    await vi.waitFor(() => expect(progressText(element)).toContain('$1,250 raised of $5,000 goal'));
    expect(element.getBoundingClientRect().height).toBe(pending);
  });

  it('refuses a progress-src that is not https', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const element = await cta('progress-src="http://example.org/progress.json"');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(element.shadowRoot?.querySelector('progress')).toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(String(warn.mock.calls[0]?.[0])).toContain('https');
  });

  it('opens the lead form in its place with a real click, focus on its heading, and loses no typed value', async () => {
    const server = await intakeScenario();
    const element = await cta(
      `id="${id()}" endpoint="${server.endpoint}" currency="MYR" guide-href="https://www.ijm.org/fundraising-guide"`,
    );
    const form = await openLeadForm(element);
    expect(element.shadowRoot?.querySelector('[part="button"]')).toBeNull();
    expect(deepActiveElement()?.id).toBe('title');
    expect(inside(form, '#title').textContent?.trim()).toBe('Start a fundraiser');
    expect(control<HTMLSelectElement>(form, 'goalCurrency').value).toBe('MYR');
    await expectNoAxeViolations(element);

    const submits = recordEvents('ijm-submit');
    await fillForm(form, {
      name: 'Ana Lim',
      email: 'ana@example.org',
      idea: 'polar-dip',
      goalAmount: '2500',
      country: 'MY',
      consent: true,
    });
    inside<HTMLButtonElement>(form, '[part="button"]').click();
    await waitForState(form, 'success');
    // The page heard the events from outside both shadow roots.
    expect(submits).toHaveLength(1);
    const [request] = await server.requests();
    const envelope = submissionEnvelope.parse(JSON.parse(request?.body ?? ''));
    expect(envelope.formId).toBe('fundraiser-lead');
    expect(envelope.data).toEqual({
      name: 'Ana Lim',
      email: 'ana@example.org',
      idea: 'polar-dip',
      goalAmount: 2500,
      goalCurrency: 'MYR',
      country: 'MY',
    });
    // The thank-you, with the guide.
    expect(inside(form, '[part="success"]').textContent).toContain('We will be in touch soon!');
    const guide = inside<HTMLAnchorElement>(form, '[part="guide"]');
    expect([guide.href, guide.textContent]).toEqual([
      'https://www.ijm.org/fundraising-guide',
      '25 Tips for the Novice Fundraiser',
    ]);
    await expectNoAxeViolations(element);
  });

  it('asks for a description only for "something else", and for a currency only with a goal', async () => {
    const element = await cta(`id="${id()}"`);
    const form = await openLeadForm(element);
    element.addEventListener('ijm-submit', (event) => event.detail.respondWith(Promise.resolve()));
    expect(form.shadowRoot?.querySelector('[name="ideaOther"]')).toBeNull();
    await fillForm(form, { name: 'Ana', email: 'ana@example.org', idea: 'other', country: 'MY', consent: true });
    expect(form.shadowRoot?.querySelector('[name="ideaOther"]')).not.toBeNull();
    await fillForm(form, { goalAmount: '100', goalCurrency: '' });
    inside<HTMLButtonElement>(form, '[part="button"]').click();
    await vi.waitFor(() => expect(form.form.summary).toEqual(['ideaOther', 'goalCurrency']));
    await expectNoAxeViolations(form);
  });

  it('refuses a guide that is not https, and shows the thank-you without it', async () => {
    const element = await cta(`id="${id()}" guide-href="http://example.org/guide"`);
    const form = await openLeadForm(element);
    element.addEventListener('ijm-submit', (event) => event.detail.respondWith(Promise.resolve()));
    await fillForm(form, { name: 'Ana', email: 'ana@example.org', idea: 'birthday', country: 'MY', consent: true });
    inside<HTMLButtonElement>(form, '[part="button"]').click();
    await waitForState(form, 'success');
    expect(form.shadowRoot?.querySelector('[part="guide"]')).toBeNull();
  });
});

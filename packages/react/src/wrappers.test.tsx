import type { IjmFundraiserCta, IjmNewsletterSignup, IjmTierBadge } from '@ijm/widgets';
import { registerIcons } from '@ijm/widgets/icon';
import { iconSearch } from '@ijm/widgets/icons/search';
import { type ReactNode, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  FollowLinks,
  FundraiserCta,
  FundraiserLead,
  Icon,
  type IjmInvalidEvent,
  type IjmSelfCheckStepEvent,
  type IjmSubmitEvent,
  type IjmSuccessEvent,
  IndicatorSelfCheck,
  MediaContact,
  NewsletterSignup,
  QuickExit,
  TierBadge,
  TierHistory,
} from './index.js';
import { publicProperties, wrappers } from './test/wrappers.js';

// A small React 19 app, as a site would have: one root, the wrappers inside it, state in components.
let root: Root | undefined;
let container: HTMLElement | undefined;

function render(app: ReactNode): HTMLElement {
  container ??= document.body.appendChild(document.createElement('div'));
  root ??= createRoot(container);
  const into = root;
  // Synchronous, layout effects included: the wrappers have set every property when this returns.
  flushSync(() => into.render(app));
  return container;
}

// React's warnings (an unknown prop, a ref on a function component…) and the widgets' (a refused attribute value) go
// to the console: each test must leave it quiet.
let consoleCalls: unknown[][] = [];
beforeEach(() => {
  consoleCalls = [];
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleCalls.push([level, ...args]);
      original(...args);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  expect(consoleCalls).toEqual([]);
  root?.unmount();
  container?.remove();
  root = undefined;
  container = undefined;
});

function find<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  const element = container?.querySelector(tag);
  if (element == null) throw new Error(`no <${tag}> rendered`);
  return element;
}

const shadowText = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function inside<T extends Element = HTMLInputElement>(element: Element, selector: string): T {
  const found = element.shadowRoot?.querySelector<T>(selector);
  if (found == null) throw new Error(`no ${selector} in <${element.localName}>`);
  return found;
}

const topics = [{ value: 'report', label: 'Our report' }] as const;

function EveryWidget() {
  return (
    <main lang="en">
      <TierBadge tier="2WL" id="badge" className="inline" />
      <TierHistory country="MYS" highlight={[2021, 2022]} />
      <NewsletterSignup endpoint="https://intake.example.org/v1/submissions/newsletter-signup" showNames />
      <MediaContact topics={topics} headingLevel={3} />
      <FundraiserLead currency="MYR" guideHref="https://www.ijm.org/guide" />
      <FundraiserCta
        goal={1000}
        raised={250}
        currency="MYR"
        endpoint="https://intake.example.org/v1/submissions/fundraiser-lead"
        consentVersion="partner-2026"
        timeout={20_000}
      />
      <QuickExit inline exitUrl="https://www.example.org/" />
      <IndicatorSelfCheck country="MY" />
      <Icon name="search" label="Search" />
      <FollowLinks facebook="https://www.facebook.com/IJM" newTab />
    </main>
  );
}

/** A badge whose tier changes when a React button is pressed. */
function ChangingBadge({ onElement }: { onElement: (element: IjmTierBadge | null) => void }) {
  const [tier, setTier] = useState<string>('2WL');
  const ref = useRef<IjmTierBadge>(null);
  return (
    <>
      <TierBadge
        tier={tier}
        ref={(node) => {
          ref.current = node;
          onElement(node);
        }}
      />
      <button type="button" onClick={() => setTier('1')}>
        Change
      </button>
    </>
  );
}

/** A sign-up with no endpoint: the app sends the envelope itself and says thank you in its own words. */
function SignUp(props: {
  onInvalid: (event: IjmInvalidEvent) => void;
  onSubmit: (event: IjmSubmitEvent) => void;
  onSuccess: (event: IjmSuccessEvent) => void;
}) {
  const [message, setMessage] = useState('');
  return (
    <>
      <NewsletterSignup
        consentVersion="partner-2026"
        onIjmInvalid={props.onInvalid}
        onIjmSubmit={(event) => {
          props.onSubmit(event);
          setMessage(`Thanks, ${event.detail.envelope.data.email}`);
          // The app sends the envelope to its own service; here it is received at once.
          event.detail.respondWith(Promise.resolve());
        }}
        onIjmSuccess={props.onSuccess}
      />
      <p role="status">{message}</p>
    </>
  );
}

describe('@ijm/react in a React 19 page', () => {
  it('has a wrapper for every element, each taking every public property of its element', () => {
    expect(wrappers.map(({ tag }) => tag).sort()).toEqual(
      [
        'ijm-follow-links',
        'ijm-fundraiser-cta',
        'ijm-fundraiser-lead',
        'ijm-icon',
        'ijm-indicator-self-check',
        'ijm-media-contact',
        'ijm-newsletter-signup',
        'ijm-quick-exit',
        'ijm-tier-badge',
        'ijm-tier-history',
      ].sort(),
    );
    // A property added to an element fails here until its wrapper takes it (and its props type names it).
    for (const { tag, element, properties } of wrappers)
      expect([...properties].sort(), `props of the <${tag}> wrapper`).toEqual(publicProperties(element).sort());
  });

  it('defines every element by importing its wrapper, and renders each with its props', async () => {
    registerIcons(iconSearch);
    render(<EveryWidget />);
    for (const { tag, element } of wrappers) expect(customElements.get(tag), tag).toBe(element);

    const badge = find('ijm-tier-badge');
    await badge.updateComplete;
    expect(badge.tier).toBe('2WL');
    expect(shadowText(badge)).toBe('Tier 2 Watch List');
    expect(badge.id).toBe('badge');
    expect(badge.className).toBe('inline');

    const history = find('ijm-tier-history');
    // An array is set as the property (an attribute could only hold text).
    expect(history.highlight).toEqual([2021, 2022]);
    await vi.waitFor(() => expect(history.dataState).toBe('ready'), { timeout: 5000 });
    expect(history.placements.length).toBeGreaterThan(20);

    const newsletter = find('ijm-newsletter-signup');
    expect(newsletter.endpoint).toBe('https://intake.example.org/v1/submissions/newsletter-signup');
    expect(newsletter.showNames).toBe(true);
    await newsletter.updateComplete;
    expect(inside(newsletter, '[name="givenName"]')).toBeTruthy();

    const media = find('ijm-media-contact');
    expect(media.topics).toBe(topics);
    expect(media.headingLevel).toBe(3);
    await media.form.ready();
    await media.updateComplete;
    expect([...inside<HTMLSelectElement>(media, '[name="topic"]').options].map((option) => option.text)).toContain(
      'Our report',
    );

    const lead = find('ijm-fundraiser-lead');
    expect(lead.currency).toBe('MYR');
    expect(lead.guideHref).toBe('https://www.ijm.org/guide');

    // The call to action has no properties for its lead form's settings: they are written to its attributes.
    const cta = find('ijm-fundraiser-cta');
    expect([cta.goal, cta.raised, cta.currency]).toEqual([1000, 250, 'MYR']);
    expect(cta.getAttribute('endpoint')).toBe('https://intake.example.org/v1/submissions/fundraiser-lead');
    expect(cta.getAttribute('consent-version')).toBe('partner-2026');
    expect(cta.getAttribute('timeout')).toBe('20000');
    await cta.updateComplete;
    expect(inside<HTMLProgressElement>(cta, 'progress').value).toBe(250);

    const exit = find('ijm-quick-exit');
    expect([exit.inline, exit.exitUrl]).toEqual([true, 'https://www.example.org/']);
    expect(exit.hasAttribute('inline')).toBe(true);

    const check = find('ijm-indicator-self-check');
    expect(check.country).toBe('MY');

    const icon = find('ijm-icon');
    await icon.updateComplete;
    expect(inside(icon, 'svg[role="img"] title').textContent).toBe('Search');

    const follow = find('ijm-follow-links');
    expect(follow.newTab).toBe(true);
    await follow.updateComplete;
    const link = inside<HTMLAnchorElement>(follow, 'a[href="https://www.facebook.com/IJM"]');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
  });

  it('calls each on… prop when its event arrives, and the newest handler after a re-render', () => {
    for (const { tag, component: Component, events } of wrappers) {
      for (const [prop, type] of Object.entries(events)) {
        const first = vi.fn();
        const second = vi.fn();
        render(<Component {...{ [prop]: first }} />);
        const element = container?.querySelector(tag);
        element?.dispatchEvent(new CustomEvent(type, { detail: { probe: true } }));
        expect(first, `${prop} of <${tag}>`).toHaveBeenCalledTimes(1);
        expect(first.mock.calls[0]?.[0]).toMatchObject({ type, detail: { probe: true } });
        render(<Component {...{ [prop]: second }} />);
        element?.dispatchEvent(new CustomEvent(type));
        expect(second).toHaveBeenCalledTimes(1);
        expect(first).toHaveBeenCalledTimes(1);
        render(<Component />);
        element?.dispatchEvent(new CustomEvent(type));
        expect(second).toHaveBeenCalledTimes(1);
      }
    }
  });

  it('updates properties on a re-render and hands out the element through a ref', async () => {
    let element: IjmTierBadge | null = null;
    render(<ChangingBadge onElement={(node) => (element = node)} />);
    const badge = find('ijm-tier-badge');
    expect(element).toBe(badge);
    await userEvent.click(container?.querySelector('button') as HTMLButtonElement);
    await vi.waitFor(() => expect(badge.tier).toBe('1'));
    await badge.updateComplete;
    expect(shadowText(badge)).toBe('Tier 1');
  });

  it('gets onIjmInvalid, then onIjmSubmit with the typed envelope, then onIjmSuccess, from a form with no endpoint', async () => {
    const submitted: IjmSubmitEvent['detail'][] = [];
    const invalid = vi.fn();
    const success = vi.fn();
    render(
      <SignUp
        onInvalid={(event) => invalid(event.detail.errors.map((error) => error.field))}
        onSubmit={(event) => submitted.push(event.detail)}
        onSuccess={(event) => success(event.detail.outcome)}
      />,
    );
    const form = find('ijm-newsletter-signup') as IjmNewsletterSignup;
    await form.form.ready();
    await form.updateComplete;
    await userEvent.click(inside(form, '[part="button"]'));
    await vi.waitFor(() => expect(invalid).toHaveBeenCalledTimes(1));
    expect(invalid.mock.calls[0]?.[0]).toContain('email');

    await userEvent.fill(inside(form, '[name="email"]'), 'ana@example.org');
    await userEvent.click(inside(form, '[name="consent"]'));
    await userEvent.click(inside(form, '[part="button"]'));
    await vi.waitFor(() => expect(success).toHaveBeenCalledWith('success'), { timeout: 5000 });
    expect(submitted).toHaveLength(1);
    const [detail] = submitted;
    expect(detail?.formId).toBe('newsletter-signup');
    expect(detail?.data).toMatchObject({ email: 'ana@example.org' });
    expect(detail?.envelope.consent).toMatchObject({ version: 'partner-2026' });
    expect(container?.querySelector('[role="status"]')?.textContent).toBe('Thanks, ana@example.org');
    await form.updateComplete;
    expect(shadowText(form)).toContain('Check your inbox');
  });

  it('receives onIjmSelfCheckStep with the step reached', async () => {
    const steps: IjmSelfCheckStepEvent['detail']['step'][] = [];
    render(<IndicatorSelfCheck country="MY" onIjmSelfCheckStep={(event) => steps.push(event.detail.step)} />);
    const check = find('ijm-indicator-self-check');
    await expect.poll(() => check.shadowRoot?.querySelector('.status')?.textContent?.trim()).toBe('');
    const start = [...(check.shadowRoot?.querySelectorAll('button') ?? [])].find(
      (button) => button.textContent?.trim() === 'Start',
    );
    await userEvent.click(start as HTMLButtonElement);
    await vi.waitFor(() => expect(steps).toEqual(['perspective']));
  });

  it('opens the call to action’s lead form with the settings given as props; its events reach the wrapper', async () => {
    const submit = vi.fn();
    render(
      <FundraiserCta
        consentVersion="partner-2026"
        guideHref="https://www.ijm.org/guide"
        guideLabel="Our guide"
        onIjmInvalid={submit}
      />,
    );
    const cta = find('ijm-fundraiser-cta') as IjmFundraiserCta;
    await cta.updateComplete;
    await userEvent.click(inside(cta, '[part="button"]'));
    const lead = await vi.waitFor(
      () => inside(cta, 'ijm-fundraiser-lead') as HTMLElementTagNameMap['ijm-fundraiser-lead'],
      {
        timeout: 5000,
      },
    );
    expect([lead.consentVersion, lead.guideHref, lead.guideLabel]).toEqual([
      'partner-2026',
      'https://www.ijm.org/guide',
      'Our guide',
    ]);
    await lead.form.ready();
    await lead.updateComplete;
    await userEvent.click(inside(lead, '[part="button"]'));
    await vi.waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
  });
});

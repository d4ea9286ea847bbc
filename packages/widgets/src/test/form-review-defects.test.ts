// Defects found in review, each reproduced in Chromium first. This file runs in a page of its own, so no contract or
// country list is in the module cache when it starts: the first form here downloads them for real.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../define/media-contact.js';
import '../define/newsletter-signup.js';
import type { IjmMediaContact } from '../components/media-contact/media-contact.js';
import type { IjmNewsletterSignup } from '../components/newsletter-signup/newsletter-signup.js';
import type { NewsletterSignupMessages } from '../components/newsletter-signup/newsletter-signup.messages.js';
import type { BundledCatalog } from '../kit/form/messages.js';
import { expectNoAxeViolations } from './axe.js';
import { fixture } from './fixture.js';
import { control, inside, statusText, waitForState } from './forms.js';
import { intakeScenario } from './intake.js';

afterEach(async () => {
  await commands.allowRequests('.contract');
});

describe('a form whose contract cannot be downloaded', () => {
  it('says so in words, keeps what was typed, and downloads it again on retry', async () => {
    await commands.blockRequests('newsletter-signup.contract');
    const server = await intakeScenario();
    const element = await fixture<IjmNewsletterSignup>(
      `<ijm-newsletter-signup endpoint="${server.endpoint}"></ijm-newsletter-signup>`,
    );
    const email = control(element, 'email');
    email.focus();
    await userEvent.keyboard('ana@example.org');
    inside<HTMLButtonElement>(element, '[part="button"]').click();
    await waitForState(element, 'failed');
    expect(element.form.failure).toBe('load');
    const button = inside<HTMLButtonElement>(element, '[part="button"]');
    expect(button.textContent?.trim()).toBe('Try again');
    expect(statusText(element)).toBe(
      'Part of this form could not be downloaded. Check your connection and try again. What you typed is still here.',
    );
    expect(email.value).toBe('ana@example.org');
    await expectNoAxeViolations(element);

    await commands.allowRequests('newsletter-signup.contract');
    button.click();
    // The contract arrives; the consent box is not ticked yet, so the form now says what to fix.
    await vi.waitFor(() => expect(element.shadowRoot?.querySelector('[part="error-summary"]')).not.toBeNull());
    control(element, 'consent').click();
    inside<HTMLButtonElement>(element, '[part="button"]').click();
    await waitForState(element, 'success');
    expect(await server.requests()).toHaveLength(1);
  });

  it('a catalog missing a first-paint message is a type error, not an empty button', () => {
    const catalog: BundledCatalog<NewsletterSignupMessages> = {
      locale: 'en',
      status: 'source',
      // @ts-expect-error `retry` and `failLoad` are missing: the compiler must refuse this catalog.
      messages: {
        title: 'Newsletter',
        intro: '',
        submit: 'Sign up',
        consentText: 'Yes',
        successTitle: 'Thanks',
        emailLabel: 'Email',
        givenNameLabel: 'First name',
        familyNameLabel: 'Last name',
        countryLabel: 'Country',
        'email.required': 'Enter your email',
        'country.required': 'Select your country',
        successBody: () => '',
        optional: '(optional)',
        sending: 'Sending',
        honeypotLabel: 'Leave empty',
        privacyLink: 'Privacy',
        selectPrompt: 'Select',
      },
    };
    expect(catalog.locale).toBe('en');
  });
});

describe('each render does only the work its inputs changed', () => {
  it('media contact keeps its topic options while the person types', async () => {
    const element = await fixture<IjmMediaContact>('<ijm-media-contact></ijm-media-contact>');
    await element.form.ready();
    await element.updateComplete;
    const topic = control<HTMLSelectElement>(element, 'topic');
    const before = [...topic.options];
    control(element, 'message').focus();
    await userEvent.keyboard('Hello');
    await element.updateComplete;
    const after = [...control<HTMLSelectElement>(element, 'topic').options];
    expect(after).toHaveLength(before.length);
    for (const [index, option] of after.entries())
      expect(option, `option ${index} is the same node`).toBe(before[index]);
  });

  it('newsletter asks for its country list once, however often it renders before the list is ready', async () => {
    const idle = vi.spyOn(globalThis, 'requestIdleCallback').mockImplementation(() => 0);
    try {
      const element = await fixture<IjmNewsletterSignup>('<ijm-newsletter-signup lang="es"></ijm-newsletter-signup>');
      await element.form.ready();
      await element.updateComplete;
      const afterLoad = idle.mock.calls.length;
      control(element, 'email').focus();
      await userEvent.keyboard('ana@example.org');
      await element.updateComplete;
      // Fifteen keystrokes, fifteen renders: no new request for the list, which is still pending.
      expect(idle.mock.calls.length - afterLoad).toBe(0);
    } finally {
      idle.mockRestore();
    }
  });
});

describe('a form in a right-to-left section of a left-to-right page', () => {
  it('adds no sideways scroll', async () => {
    const element = await fixture<IjmNewsletterSignup>('<ijm-newsletter-signup></ijm-newsletter-signup>', {
      dir: 'rtl',
    });
    await element.form.ready();
    await element.updateComplete;
    expect(document.documentElement.dir).not.toBe('rtl');
    expect(document.documentElement.scrollWidth - document.documentElement.clientWidth).toBe(0);
  });
});

// End-to-end journeys on the demo partner site with the intake service really running: a person signs up, confirms
// by email, writes to the press office and offers to start a fundraiser, by keyboard alone; the partner's webhook
// receives each; an outage loses nothing the person typed.
import { launchChromium } from '@ijm/browser-testing';
import { freePort } from '@ijm/intake/testing/free-port';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite } from '../site.mjs';
import { scrollThrough, tabTo, watchProblems, widgetsRendered } from './demo-site.js';
import { type IntakeService, startIntakeService } from './intake-service.js';

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let intake: IntakeService;

beforeAll(async () => {
  const port = await freePort();
  intake = await startIntakeService(`http://127.0.0.1:${port}`);
  site = await startSite({ port, intakeUrl: intake.url });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await intake?.close();
});

async function openArticle(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems = await watchProblems(page);
  await page.goto(`${site.url}/`);
  // A person starts once the page is there: the loader defines the widgets below the fold when the browser is idle.
  await widgetsRendered(page);
  return { page, problems };
}

const webhookEvents = () => [...intake.webhook.accepted.values()].map((entry) => entry.delivery.payload);

describe('journeys with the intake service', () => {
  it('newsletter: typed and sent by keyboard, stored pending, confirmed from the email, forwarded to the partner', async () => {
    const { page, problems } = await openArticle();
    await tabTo(page, 'Email address');
    await page.keyboard.type('aminah@example.org');
    await tabTo(page, 'First name');
    await page.keyboard.type('Aminah');
    await tabTo(page, 'send me emails');
    await page.keyboard.press('Space');
    await tabTo(page, 'Sign up');
    await page.keyboard.press('Enter');
    const form = page.locator('#newsletter');
    await form.getByText('Check your inbox').first().waitFor({ timeout: 15_000 });
    expect(intake.rows("select status, given_name from subscribers where email = 'aminah@example.org'")).toEqual([
      { status: 'pending', given_name: 'Aminah' },
    ]);

    const [message] = await intake.mail.waitForMessages(1);
    expect(message?.to).toEqual(['aminah@example.org']);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/v1\/confirm\/[A-Za-z0-9_-]{43})/.exec(message?.text ?? '')?.[1];
    expect(link).toBeDefined();
    const confirmation = await browser.newPage();
    const answer = await confirmation.goto(link as string);
    expect(answer?.status()).toBe(200);
    expect(await confirmation.locator('h1').textContent()).toBe('Subscription confirmed');
    expect(intake.rows("select status from subscribers where email = 'aminah@example.org'")).toEqual([
      { status: 'confirmed' },
    ]);

    await intake.webhook.waitFor(() => webhookEvents().some((event) => event.type === 'subscriber.confirmed'));
    const forwarded = webhookEvents().filter((event) => JSON.stringify(event).includes('aminah@example.org'));
    expect(forwarded.map((event) => event.type).sort()).toEqual(['submission.accepted', 'subscriber.confirmed']);
    expect(intake.webhook.attempts.every((attempt) => attempt.verified)).toBe(true);
    expect(problems).toEqual([]);
    await confirmation.close();
    await page.close();
  });

  it('media contact: typed and sent by keyboard, stored and forwarded', async () => {
    const { page, problems } = await openArticle();
    const form = page.locator('#media-contact');
    await tabTo(page, 'Full name');
    await page.keyboard.type('Sam Reporter');
    await tabTo(page, 'Email address');
    await page.keyboard.type('sam@news.example');
    await tabTo(page, 'Outlet or organisation');
    await page.keyboard.type('The Daily Example');
    await tabTo(page, 'Topic');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Your message');
    await page.keyboard.type('Could we interview someone about the training in Malaysia?');
    await tabTo(page, 'I agree');
    await page.keyboard.press('Space');
    await tabTo(page, 'Send');
    await page.keyboard.press('Enter');
    await form.getByText('Thank you, your message has been sent').first().waitFor({ timeout: 15_000 });
    const rows = intake.rows("select form_id, status, data from submissions where subject_email = 'sam@news.example'");
    expect(rows.map((row) => [row.form_id, row.status])).toEqual([['media-contact', 'accepted']]);
    expect(JSON.parse(String(rows[0]?.data))).toMatchObject({ organization: 'The Daily Example' });
    await intake.webhook.waitFor(() => webhookEvents().some((e) => e.data.formId === 'media-contact'));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fundraiser: the call to action opens the lead form by pointer, the form is filled by keyboard, stored and forwarded', async () => {
    const { page, problems } = await openArticle();
    const cta = page.locator('#fundraiser');
    await expect
      .poll(() => cta.locator('[role="progressbar"], progress').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const button = cta.getByRole('button', { name: 'Learn More' });
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await cta.getByLabel('Full name').waitFor();
    await cta.getByLabel('Full name').focus();
    await page.keyboard.type('Lee Runner');
    await page.keyboard.press('Tab');
    await page.keyboard.type('lee@example.org');
    await tabTo(page, 'Your fundraising idea');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Country');
    await page.keyboard.type('Malaysia');
    await tabTo(page, 'I agree');
    await page.keyboard.press('Space');
    await tabTo(page, 'Send');
    await page.keyboard.press('Enter');
    await cta.getByText('We will be in touch soon').first().waitFor({ timeout: 15_000 });
    const rows = intake.rows("select form_id, data from submissions where subject_email = 'lee@example.org'");
    expect(rows.map((row) => row.form_id)).toEqual(['fundraiser-lead']);
    expect(JSON.parse(String(rows[0]?.data))).toMatchObject({ name: 'Lee Runner', country: 'MY' });
    await intake.webhook.waitFor(() => webhookEvents().some((e) => e.data.formId === 'fundraiser-lead'));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('outage: the service stops mid-journey, the typed message survives, the retry succeeds once it is back, one row', async () => {
    const { page } = await openArticle();
    const form = page.locator('#media-contact');
    await form.getByLabel('Full name').fill('Rita Outage');
    await form.getByLabel('Email address').fill('rita@news.example');
    await form.getByLabel('Outlet or organisation').fill('Night Desk');
    await form.getByLabel('Topic').selectOption({ index: 1 });
    const message = 'A long question I typed carefully and do not want to type again.';
    await form.getByLabel('Your message').fill(message);
    await form.getByRole('checkbox').check();
    await intake.stop();
    const send = form.getByRole('button', { name: 'Send' });
    await send.scrollIntoViewIfNeeded();
    await send.click();
    await form.getByText('What you typed is still here').first().waitFor({ timeout: 30_000 });
    expect(await form.getByLabel('Your message').inputValue()).toBe(message);
    expect(await form.getByLabel('Email address').inputValue()).toBe('rita@news.example');

    // The button now offers to try again; the same content keeps its idempotency key.
    await intake.start();
    await form.getByRole('button', { name: 'Try again' }).click();
    await form.getByText('Thank you, your message has been sent').first().waitFor({ timeout: 15_000 });
    expect(intake.rows("select count(*) as n from submissions where subject_email = 'rita@news.example'")).toEqual([
      { n: 1 },
    ]);
    await page.close();
  });
});

describe('the React page (@ijm/react in an esbuild-built React 19 app)', () => {
  it('renders the badges from props, follows a state change, and signs up by keyboard with on… event props', async () => {
    const page = await browser.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${site.url}/react.html`);
    const badgeText = (id: string) =>
      page.locator(`#${id}`).evaluate((badge) => badge.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    await expect.poll(() => badgeText('react-badge-2020')).toContain('Tier 2 Watch List');
    await expect.poll(() => badgeText('react-badge-lookup')).toContain('Tier 3');

    // React state → the wrapper's `year` prop → the element looks the placement up again.
    await page.locator('#react-year').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#react-year').inputValue()).toBe('2023');
    await expect.poll(() => badgeText('react-badge-lookup')).toContain('Tier 2 Watch List');

    await tabTo(page, 'Email address');
    await page.keyboard.type('farah@example.org');
    await tabTo(page, 'send me emails');
    await page.keyboard.press('Space');
    await tabTo(page, 'Sign up');
    await page.keyboard.press('Enter');
    // onIjmSubmit then onIjmSuccess, handled by the app's own state.
    await expect
      .poll(() => page.locator('#react-status').textContent(), { timeout: 15_000 })
      .toBe('Thank you: farah@example.org is on the list once the link in the email is confirmed.');
    expect(intake.rows("select status from subscribers where email = 'farah@example.org'")).toEqual([
      { status: 'pending' },
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('every demo page', () => {
  for (const path of ['/', '/self-check.html', '/help.html', '/react.html']) {
    it(`${path}: no CSP violation, no console error, no sideways scroll at 360×740`, async () => {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const problems = await watchProblems(page);
      const response = await page.goto(`${site.url}${path}`);
      expect(response?.headers()['content-security-policy']).toContain(`connect-src 'self' ${intake.url}`);
      // Every widget on the page defined and rendered, the lazy ones once scrolled to.
      await scrollThrough(page);
      await page.waitForLoadState('networkidle');
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: innerWidth }));
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

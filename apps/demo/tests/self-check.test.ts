import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerExit, EXIT, useDemoSite } from './demo-site.js';

// The self-check's privacy promises, tested on the partner page with the browser bundle under the strict CSP: no
// request from the first answer on, no storage written, no history entry added, events that name steps only.

const demo = useDemoSite();

interface Watched {
  page: Page;
  problems: string[];
  /** Every request the page makes, in order. */
  requests: string[];
}

/** Opens the page with every storage write, every step event and every request recorded. */
async function openSelfCheck(lang?: string): Promise<Watched> {
  const page = await demo.browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => requests.push(request.url()));
  await answerExit(page);
  await page.addInitScript(() => {
    const record = (what: string) => {
      const holder = window as unknown as { storageWrites?: string[] };
      holder.storageWrites = [...(holder.storageWrites ?? []), what];
    };
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      record(`storage ${key}`);
      setItem.call(this, key, value);
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(document, 'cookie', {
      get: () => cookie?.get?.call(document),
      set: (value: string) => {
        record(`cookie ${value}`);
        cookie?.set?.call(document, value);
      },
    });
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      record(`indexedDB ${name}`);
      return open.call(this, name, version);
    };
    const cachesOpen = CacheStorage.prototype.open;
    CacheStorage.prototype.open = function (this: CacheStorage, name: string) {
      record(`caches ${name}`);
      return cachesOpen.call(this, name);
    };
    addEventListener('ijm-self-check-step', (event) => {
      const holder = window as unknown as { steps?: unknown[] };
      holder.steps = [...(holder.steps ?? []), (event as CustomEvent).detail];
    });
  });
  await page.goto(`${demo.url}/`);
  await page.goto(`${demo.url}/self-check.html`);
  if (lang) await page.evaluate((value) => document.documentElement.setAttribute('lang', value), lang);
  await page.waitForFunction(() => customElements.get('ijm-indicator-self-check') !== undefined);
  // Ready when the safety screen no longer says it is getting ready.
  await page.waitForFunction(
    () =>
      document.querySelector('ijm-indicator-self-check')?.shadowRoot?.querySelector('.status')?.textContent?.trim() ===
      '',
  );
  return { page, problems, requests };
}

/** A person's click: scroll the target into view, press and release at its middle. */
async function clickMiddle(page: Page, selector: string): Promise<void> {
  const target = page.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (box === null) throw new Error(`nothing to click at ${selector}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Starts the check about `who`, and answers "Yes" to its first question by clicking the answer's radio. */
async function answerFirstQuestion(page: Page, who: string): Promise<void> {
  const check = 'ijm-indicator-self-check';
  await clickMiddle(page, `${check} button.primary:text-is("Start")`);
  await clickMiddle(page, `${check} button:text-is("${who}")`);
  const box = await page.locator(`${check} fieldset label:has-text("Yes")`).first().boundingBox();
  if (box === null) throw new Error('no answer to click');
  await page.mouse.click(box.x + 10, box.y + box.height / 2);
}

const storageState = (page: Page) =>
  page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    cookie: document.cookie,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));

describe('the self-check on the partner page', () => {
  for (const [lang, labels] of [
    [
      'en',
      {
        start: 'Start',
        me: 'Me',
        yes: 'Yes',
        next: 'Next',
        review: 'Check my answers',
        result: 'See the result',
        part: 'Part {n} of 7',
      },
    ],
    [
      'ms',
      {
        start: 'Mula',
        me: 'Saya',
        yes: 'Ya',
        next: 'Seterusnya',
        review: 'Semak jawapan saya',
        result: 'Lihat keputusan',
        part: 'Bahagian {n} daripada 7',
      },
    ],
  ] as const) {
    it(`(${lang}) makes no request from the first answer to the result and after, writes nothing, adds no history`, async () => {
      const { page, problems, requests } = await openSelfCheck(lang === 'en' ? undefined : lang);
      const historyBefore = await page.evaluate(() => history.length);
      const storageBefore = await storageState(page);
      const check = 'ijm-indicator-self-check';
      await clickMiddle(page, `${check} button.primary:text-is("${labels.start}")`);
      await clickMiddle(page, `${check} button:text-is("${labels.me}")`);
      const historyLengths: number[] = [];
      const requestsBeforeAnswers = requests.length;
      for (let part = 0; part < 7; part += 1) {
        await page.locator(`${check} h3:text-is("${labels.part.replace('{n}', String(part + 1))}")`).waitFor();
        for (const fieldset of await page.locator(`${check} fieldset`).all()) {
          const answer = fieldset.locator(`label:has-text("${labels.yes}")`).first();
          await answer.scrollIntoViewIfNeeded();
          const box = await answer.boundingBox();
          if (box === null) throw new Error('no answer to click');
          await page.mouse.click(box.x + 10, box.y + box.height / 2);
        }
        historyLengths.push(await page.evaluate(() => history.length));
        await clickMiddle(page, `${check} button.primary:text-is("${part === 6 ? labels.review : labels.next}")`);
      }
      await clickMiddle(page, `${check} button.primary:text-is("${labels.result}")`);
      await page.locator(`${check} .hotlines a[href^="tel:"]`).first().waitFor();
      // The person changes the helpline country, and looks a while.
      await page.locator(`${check} select`).selectOption('USA');
      await page.waitForTimeout(500);
      expect(requests.slice(requestsBeforeAnswers)).toEqual([]);
      expect(new Set([...historyLengths, await page.evaluate(() => history.length)])).toEqual(new Set([historyBefore]));
      expect(
        await page.evaluate(() => (window as unknown as { storageWrites?: string[] }).storageWrites ?? []),
      ).toEqual([]);
      expect(await storageState(page)).toEqual(storageBefore);
      const steps = await page.evaluate(() => (window as unknown as { steps: unknown[] }).steps);
      expect(steps).toEqual([{ step: 'perspective' }, { step: 'questions' }, { step: 'review' }, { step: 'result' }]);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('the exit inside the check clears the answers, hides the page and replaces it in history', async () => {
    const { page, problems } = await openSelfCheck();
    const historyBefore = await page.evaluate(() => history.length);

    await answerFirstQuestion(page, 'Someone I know');
    const navigated = page.waitForURL(EXIT);
    for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
    await navigated;
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await page.goBack();
    expect(page.url()).toBe(`${demo.url}/`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('clears its answers before it leaves, and the exit button is first in its tab order', async () => {
    const { page } = await openSelfCheck();

    await answerFirstQuestion(page, 'Me');
    // From the page before the check, Tab reaches the check's exit first.
    await page.locator('h1').click();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part'))).toBe(
      'exit',
    );
    // What the check holds at the moment it leaves, reported before the page goes away.
    const answersHeld = () =>
      page.evaluate(() => {
        const host = document.querySelector('ijm-indicator-self-check') as unknown as { session: { answers: object } };
        return Object.keys(host.session.answers).length;
      });
    expect(await answersHeld()).toBe(1);
    const atExit: unknown[] = [];
    await page.exposeFunction('reportExit', (held: unknown) => atExit.push(held));
    await page.evaluate(() =>
      addEventListener('ijm-quick-exit', (event) => {
        const host = event.target as unknown as { session: { answers: object; step: string } };
        const report = (window as unknown as { reportExit: (held: unknown) => void }).reportExit;
        report({ answers: Object.keys(host.session.answers).length, step: host.session.step });
      }),
    );
    const navigated = page.waitForURL(EXIT);
    await page.keyboard.press('Enter');
    await navigated;
    expect(atExit).toEqual([{ answers: 0, step: 'safety' }]);
    await page.close();
  });
});

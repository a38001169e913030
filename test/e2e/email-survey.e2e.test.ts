import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser.js';
import { expectNoAxeViolations } from './helpers/dashboard.js';
import { startMailSurvey, type MailSurvey } from './helpers/mail-survey.js';

/**
 * Issue 4's e-mail journey in Chromium: an invitation travels through real SMTP, a person
 * clicks a score in the mail, the page records it at their first touch of the page and asks
 * why; the comment lands on the same answer. Without JavaScript the same link needs one button
 * press. (Nothing is recorded without a person: test/e2e/link-scanner.e2e.test.ts.)
 */
describe('answering an e-mail survey in Chromium', () => {
  let mail: MailSurvey;
  let browser: Browser;
  let surveyId = '';
  const api = (method: string, path: string, body?: unknown) => mail.api(method, path, body);
  /** Sends the survey to one new contact and returns the link for `score` from the mail that arrived. */
  async function invite(externalId: string, email: string, language: string, score: number): Promise<string> {
    const links = await mail.invite({ externalId, email, name: 'Ada Lovelace', language });
    return links[score] ?? '';
  }

  beforeAll(async () => {
    mail = await startMailSurvey('Kaffeerösterei Müller', `rsn_${'e2e'.repeat(9)}`);
    ({ browser, surveyId } = mail);
  });
  afterAll(async () => {
    await mail?.stop();
  });

  it('records the clicked score at the first click on the page, then adds the comment to the same answer', async () => {
    const link = await invite('ADA-1', 'ada@e2e.test', 'de', 9);
    const context: BrowserContext = await browser.newContext({
      viewport: { width: 390, height: 844 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(link);
    // A person clicks somewhere on the page: the script posts the clicked score, the server answers with the why? page.
    await page.mouse.click(5, 5);
    await page.waitForURL(/\/why$/);
    await expectNoAxeViolations(page, 'why page');
    await screenshot(page, 'survey-why-de');
    const why = page.locator('textarea');
    await expect.poll(() => why.count()).toBe(1);
    await why.fill('Der Kaffee ist frisch und die Lieferung schnell.');
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/\/thanks$/);
    await expectNoAxeViolations(page, 'thanks page');
    await screenshot(page, 'survey-thanks-de');
    const list = (await api('GET', `/api/v1/responses?surveyId=${surveyId}`)) as {
      items: Array<{ score: number; comment: string; channel: string; contact: { externalId: string } }>;
    };
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      score: 9,
      comment: 'Der Kaffee ist frisch und die Lieferung schnell.',
      channel: 'email',
      contact: { externalId: 'ADA-1' },
    });
    await context.close();
  });

  it('works without JavaScript: the clicked score is selected and one button records it', async () => {
    const link = await invite('BEN-1', 'ben@e2e.test', 'en', 6);
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    const response = await page.goto(link);
    const bytes = (await response?.body())?.byteLength ?? 0;
    expect(bytes).toBeLessThan(20_000);
    await expect.poll(() => page.locator('input[type=radio][value="6"]').isChecked()).toBe(true);
    await screenshot(page, 'survey-score-nojs-en');
    // Nothing is recorded by opening the page.
    const before = (await api('GET', `/api/v1/responses?surveyId=${surveyId}&contactExternalId=BEN-1`)) as {
      items: unknown[];
    };
    expect(before.items).toHaveLength(0);
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/\/why$/);
    await page.locator('textarea').fill('Support took too long.');
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/\/thanks$/);
    const after = (await api('GET', `/api/v1/responses?surveyId=${surveyId}&contactExternalId=BEN-1`)) as {
      items: Array<{ score: number; comment: string }>;
    };
    expect(after.items).toEqual([expect.objectContaining({ score: 6, comment: 'Support took too long.' })]);
    await context.close();
  });

  it('shows the landing page axe-clean in English with the score preselected', async () => {
    const link = await invite('CAL-1', 'cal@e2e.test', 'en', 10);
    // axe needs script; `change=1` is the "change my score" view, which shows the same page without posting by itself.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`${link}&change=1`);
    await expect.poll(() => page.locator('input[type=radio][value="10"]').isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'score page');
    await screenshot(page, 'survey-score-en');
    await context.close();
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './helpers/browser.js';
import { startMailSurvey, type MailSurvey } from './helpers/mail-survey.js';

/**
 * Mail security gateways open the links of a mail in real browsers, with JavaScript, sometimes
 * all of them within seconds of delivery. None of that may count as an answer; a person's click
 * in the mail followed by any interaction with the page, or the button, counts exactly once.
 * Every invitation here travels through real SMTP, and its links are taken from the mail.
 */
describe('a link scanner with a real browser', () => {
  let mail: MailSurvey;
  let browser: Browser;
  let surveyId = '';
  const api = (method: string, path: string, body?: unknown) => mail.api(method, path, body);
  /** Sends the survey to one new contact and returns the eleven score links of the mail that arrived. */
  const invite = (externalId: string, language = 'en') =>
    mail.invite({
      externalId,
      email: `${externalId.toLowerCase()}@e2e.test`,
      name: 'Grace Hopper',
      language,
    });
  const answers = async (externalId: string) =>
    (
      (await api('GET', `/api/v1/responses?surveyId=${surveyId}&contactExternalId=${externalId}`)) as {
        items: Array<{ score: number }>;
      }
    ).items;

  /** Lets the page do all it would do by itself: loaded, the network quiet, then a few seconds more. */
  async function leaveAlone(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(5_000);
  }

  let context: BrowserContext;
  beforeAll(async () => {
    mail = await startMailSurvey('Scanner Proof GmbH', `rsn_${'scn'.repeat(9)}`);
    ({ browser, surveyId } = mail);
  });
  afterAll(async () => {
    await mail?.stop();
  });
  const newContext = async (options: Parameters<Browser['newContext']>[0] = {}) => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    return context;
  };
  afterAll(async () => context?.close());

  it('records nothing when a score link is opened in headless Chromium and left alone', async () => {
    const links = await invite('SCAN-1');
    const page = await (await newContext()).newPage();
    await page.goto(links[9] ?? '');
    await leaveAlone(page);
    expect(new URL(page.url()).pathname).toMatch(/^\/s\/[A-Za-z0-9_-]{43}$/);
    expect(await page.locator('input[type=radio][value="9"]').isChecked()).toBe(true);
    expect(await answers('SCAN-1')).toEqual([]);
    await context.close();
  });

  it('records nothing when all eleven links are opened in a burst; after it only the button counts', async () => {
    const links = await invite('SCAN-2');
    await newContext();
    const pages = await Promise.all(
      links.map(async (link) => {
        const page = await context.newPage();
        await page.goto(link);
        return page;
      }),
    );
    await Promise.all(pages.map(leaveAlone));
    expect(await answers('SCAN-2')).toEqual([]);

    // A sandbox that moves the mouse over a burst-opened page gets the page back, asking for the button.
    const page = pages[4] as Page;
    await page.bringToFront();
    await page.mouse.move(20, 20);
    await page.mouse.move(60, 40);
    await expect.poll(() => page.getByText('Please confirm your score with the button.').count()).toBe(1);
    await screenshot(page, 'survey-score-confirm-en');
    expect(await answers('SCAN-2')).toEqual([]);
    await page.getByRole('button', { name: 'Submit my score' }).click();
    await page.waitForURL(/\/why$/);
    expect(await answers('SCAN-2')).toEqual([expect.objectContaining({ score: 4 })]);
    await context.close();
  });

  it('counts the clicked score exactly once when the person moves the mouse', async () => {
    const links = await invite('PERSON-1');
    const page = await (await newContext()).newPage();
    await page.goto(links[8] ?? '');
    await page.waitForLoadState('networkidle');
    expect(await answers('PERSON-1')).toEqual([]);
    await page.mouse.move(30, 30);
    await page.mouse.move(200, 120);
    await page.waitForURL(/\/why$/);
    await page.mouse.move(300, 300);
    await page.keyboard.press('Shift');
    expect(await answers('PERSON-1')).toEqual([expect.objectContaining({ score: 8 })]);
    await context.close();
  });

  it('counts the clicked score exactly once when the person presses a key (German page)', async () => {
    const links = await invite('PERSON-2', 'de');
    const page = await (await newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(links[3] ?? '');
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'survey-score-waiting-de');
    await page.keyboard.press('Tab');
    await page.waitForURL(/\/why$/);
    expect(await answers('PERSON-2')).toEqual([expect.objectContaining({ score: 3 })]);
    await context.close();
  });

  it('lets the person pick another score on the page: a press on the scale records that one', async () => {
    const links = await invite('PERSON-3');
    const page = await (await newContext({ hasTouch: true })).newPage();
    await page.goto(links[6] ?? '');
    await page.waitForLoadState('networkidle');
    await page.locator('label[for="q_nps_7"]').tap();
    await page.waitForURL(/\/why$/);
    expect(await answers('PERSON-3')).toEqual([expect.objectContaining({ score: 7 })]);
    await context.close();
  });

  it('counts the explicit button exactly once', async () => {
    const links = await invite('PERSON-4');
    const page = await (await newContext()).newPage();
    await page.goto(links[10] ?? '');
    await page.getByRole('button', { name: 'Submit my score' }).click();
    await page.waitForURL(/\/why$/);
    expect(await answers('PERSON-4')).toEqual([expect.objectContaining({ score: 10 })]);
    await context.close();
  });

  it('without JavaScript, opening records nothing and the button posts the score once', async () => {
    const links = await invite('PERSON-5');
    const page = await (await newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(links[2] ?? '');
    await page.mouse.move(30, 30);
    await page.mouse.move(200, 120);
    expect(await answers('PERSON-5')).toEqual([]);
    await page.getByRole('button', { name: 'Submit my score' }).click();
    await page.waitForURL(/\/why$/);
    expect(await answers('PERSON-5')).toEqual([expect.objectContaining({ score: 2 })]);
    await context.close();
  });
});

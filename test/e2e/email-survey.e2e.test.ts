import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recipients, startSmtpPeer, type SmtpPeer } from '../helpers/smtp-peer.js';
import { launchBrowser, screenshot } from './helpers/browser.js';
import { expectNoAxeViolations } from './helpers/dashboard.js';
import { startServer, type RunningServer } from './helpers/server.js';

/**
 * Issue 4's e-mail journey in Chromium: an invitation travels through real SMTP, a person
 * clicks a score in the mail, the page records it at their first touch of the page and asks
 * why; the comment lands on the same answer. Without JavaScript the same link needs one button
 * press. (Nothing is recorded without a person: test/e2e/link-scanner.e2e.test.ts.)
 */
describe('answering an e-mail survey in Chromium', () => {
  let server: RunningServer;
  let smtp: SmtpPeer;
  let browser: Browser;
  const apiKey = `rsn_${'e2e'.repeat(9)}`;
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text) as Record<string, unknown>;
  };

  /** Sends the survey to one new contact and returns the link for `score` from the mail that arrived. */
  async function invite(surveyId: string, externalId: string, email: string, language: string, score: number): Promise<string> {
    await api('POST', '/api/v1/contacts', { externalId, email, name: 'Ada Lovelace', language });
    await api('POST', `/api/v1/surveys/${surveyId}/send`, { contacts: [externalId] });
    const mail = await smtp.waitFor((m) => recipients(m).includes(email), 60_000);
    const link = new RegExp(`${server.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/s/[A-Za-z0-9_-]{43}\\?score=${score}\\b`).exec(mail.text ?? '');
    if (!link) throw new Error(`no score link in ${mail.text}`);
    return link[0];
  }

  let surveyId = '';
  beforeAll(async () => {
    smtp = await startSmtpPeer();
    server = await startServer({
      SMTP_URL: smtp.url,
      RESONANCE_ADMIN_EMAIL: 'owner@e2e.test',
      RESONANCE_ADMIN_PASSWORD: 'a-long-password-1',
      RESONANCE_ORG: 'Kaffeerösterei Müller',
      RESONANCE_API_KEY: apiKey,
    });
    browser = await launchBrowser();
    const survey = await api('POST', '/api/v1/surveys', { name: 'Relationship NPS', template: 'relationship-nps' });
    surveyId = String(survey.id);
    await api('POST', `/api/v1/surveys/${surveyId}/status`, { status: 'live' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it('records the clicked score at the first click on the page, then adds the comment to the same answer', async () => {
    const link = await invite(surveyId, 'ADA-1', 'ada@e2e.test', 'de', 9);
    const context: BrowserContext = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
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
    const list = (await api('GET', `/api/v1/responses?surveyId=${surveyId}`)) as { items: Array<{ score: number; comment: string; channel: string; contact: { externalId: string } }> };
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ score: 9, comment: 'Der Kaffee ist frisch und die Lieferung schnell.', channel: 'email', contact: { externalId: 'ADA-1' } });
    await context.close();
  });

  it('works without JavaScript: the clicked score is selected and one button records it', async () => {
    const link = await invite(surveyId, 'BEN-1', 'ben@e2e.test', 'en', 6);
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const response = await page.goto(link);
    const bytes = (await response?.body())?.byteLength ?? 0;
    expect(bytes).toBeLessThan(20_000);
    await expect.poll(() => page.locator('input[type=radio][value="6"]').isChecked()).toBe(true);
    await screenshot(page, 'survey-score-nojs-en');
    // Nothing is recorded by opening the page.
    const before = (await api('GET', `/api/v1/responses?surveyId=${surveyId}&contactExternalId=BEN-1`)) as { items: unknown[] };
    expect(before.items).toHaveLength(0);
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/\/why$/);
    await page.locator('textarea').fill('Support took too long.');
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/\/thanks$/);
    const after = (await api('GET', `/api/v1/responses?surveyId=${surveyId}&contactExternalId=BEN-1`)) as { items: Array<{ score: number; comment: string }> };
    expect(after.items).toEqual([expect.objectContaining({ score: 6, comment: 'Support took too long.' })]);
    await context.close();
  });

  it('shows the landing page axe-clean in English with the score preselected', async () => {
    const link = await invite(surveyId, 'CAL-1', 'cal@e2e.test', 'en', 10);
    // axe needs script; `change=1` is the "change my score" view, which shows the same page without posting by itself.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${link}&change=1`);
    await expect.poll(() => page.locator('input[type=radio][value="10"]').isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'score page');
    await screenshot(page, 'survey-score-en');
    await context.close();
  });
});

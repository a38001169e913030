import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './helpers/browser.js';
import { createOrganization, expectNoAxeViolations, newDashboardContext, signUpFromFirstVisit } from './helpers/dashboard.js';
import { startServer, type RunningServer } from './helpers/server.js';

/**
 * The surveys area in the browser: an empty list offering the five templates, a survey created
 * from the relationship NPS template, its questions in German and English, and setting it live.
 */
describe('surveys in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const email = `surveys-owner-${Date.now()}@example.test`;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await newDashboardContext(browser, server.url);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });


  it('signs up and creates an organization', async () => {
    await signUpFromFirstVisit(page, { name: 'Sven Surveys', email, password: 'a-long-password-1' });
    await createOrganization(page, 'Alpenglühen Outdoor');
  });

  it('offers the five templates while there are no surveys', async () => {
    await page.getByTestId('nav-surveys').click();
    await page.getByTestId('surveys-empty').waitFor();
    for (const id of ['relationship-nps', 'csat-after-support', 'ces-after-resolution', 'brand-bond', 'pre-change-pulse']) {
      await expect.poll(() => page.getByTestId(`template-${id}`).isVisible()).toBe(true);
    }
    await expect.poll(() => page.getByTestId('template-csat-after-support').innerText()).toContain('After each support interaction');
    await expectNoAxeViolations(page, 'surveys-empty');
  });

  it('creates a survey from the relationship NPS template', async () => {
    await page.getByTestId('template-create-relationship-nps').click();
    const name = page.getByTestId('survey-name');
    await name.waitFor();
    expect(await name.inputValue()).toBe('Relationship NPS');
    await expectNoAxeViolations(page, 'survey-create');
    await name.fill('Quarterly NPS');
    await page.getByTestId('survey-create-submit').click();
    await page.getByTestId('surveys-list').waitFor();
    const row = page.locator('[data-testid^="survey-row-"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('Quarterly NPS');
    expect(await row.innerText()).toContain('Draft');
    await page.getByTestId('survey-create-modal').waitFor({ state: 'detached' });
    await expectNoAxeViolations(page, 'surveys-list');
  });

  it('opens the survey with its questions in German and English and sets it live', async () => {
    await page.getByRole('link', { name: 'Quarterly NPS' }).click();
    await page.waitForURL(/\/surveys\/[0-9a-f-]{36}$/);
    const detail = page.getByTestId('survey-detail');
    await detail.waitFor();
    const text = await page.getByTestId('survey-questions').innerText();
    expect(text).toContain('How likely are you to recommend');
    expect(text).toContain('Wie wahrscheinlich');
    expect(text).toContain('Alpenglühen Outdoor');
    expect(await page.getByTestId('survey-version').innerText()).toBe('Version 1');
    expect(await page.getByTestId('survey-status').innerText()).toBe('Draft');
    await expectNoAxeViolations(page, 'survey-detail');

    await page.getByTestId('survey-status-live').click();
    await expect.poll(() => page.getByTestId('survey-status').innerText()).toBe('Live');
    await page.getByTestId('survey-status-archived').waitFor();
    await expectNoAxeViolations(page, 'survey-live');
    await screenshot(page, 'surveys');

    const res = await page.request.get('/api/v1/surveys');
    const list = (await res.json()) as { items: { name: string; status: string }[] };
    expect(list.items).toEqual([expect.objectContaining({ name: 'Quarterly NPS', status: 'live' })]);
  });

  it('shows the survey page in German', async () => {
    await page.evaluate(() => localStorage.setItem('resonance.language', 'de'));
    await page.reload();
    await page.getByTestId('survey-detail').waitFor();
    expect(await page.getByTestId('survey-status').innerText()).toBe('Live');
    expect(await page.getByRole('columnheader', { name: 'Deutsch' }).count()).toBe(1);
    await page.getByTestId('survey-back').click();
    await page.getByTestId('surveys-list').waitFor();
    expect(await page.getByTestId('surveys-list').innerText()).toContain('Kennzahl');
    await expectNoAxeViolations(page, 'surveys-de');
    await page.evaluate(() => localStorage.setItem('resonance.language', 'en'));
  });
});

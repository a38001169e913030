import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSentimentModelState } from '../../src/shared/contracts/sentiment-model.js';
import type { TThemes } from '../../src/shared/contracts/themes.js';
import {
  createOrganization,
  expectNoAxeViolations,
  openDashboard,
  signUpFromFirstVisit,
  type DashboardSession,
} from './helpers/dashboard.js';
import { caseShot, inEachLayout, sidewaysOverflow } from './helpers/case-session.js';

/**
 * The Themes page in Chromium: an empty workspace says what fills it and promises nothing else;
 * after the demo fill, the themes the server read in the demo's German and English comments are
 * listed with the API's mentions and impacts, at 1440 and 390 px in English and German.
 */
const DOCS = new URL('../../docs/screenshots/', import.meta.url).pathname;

describe('the Themes page in Chromium', () => {
  let session: DashboardSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openDashboard({ width: 1440, height: 1000 });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says what fills the page while no comment was read', async () => {
    await signUpFromFirstVisit(page, {
      name: 'Theo Themen',
      email: `themes-${Date.now()}@example.test`,
      password: 'a-long-password-1',
    });
    await createOrganization(page, 'Themenwerk GmbH');
    await page.getByTestId('nav-themes').click();
    await page.waitForURL(/\/themes$/);
    const empty = page.getByTestId('themes-empty');
    await empty.waitFor({ timeout: 30_000 });
    expect(await empty.textContent()).toContain('on your own server');
    await expectNoAxeViolations(page, '/themes (empty)');
    await caseShot(page, 'themes-empty-1440-en');
  });

  it('lists the themes read in the demo’s comments with the API’s numbers', async () => {
    await page.goto('/');
    await page.getByTestId('demo-fill').click();
    await page.getByTestId('score-nps').waitFor({ timeout: 60_000 });
    await page.goto('/themes?period=90d');
    await page.getByTestId('theme-list').waitFor({ timeout: 30_000 });

    const range = new URL(page.url()).searchParams;
    expect(range.get('period')).toBe('90d');
    const rows = page.getByTestId('theme-row');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    // The first row is the most mentioned theme, with the API's count.
    const firstId = await rows.first().getAttribute('data-theme');
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const res = await page.request.get(`/api/v1/themes?from=${from}&to=${to}`);
    expect(res.status(), today).toBe(200);
    const api = (await res.json()) as TThemes;
    const top = api.themes[0];
    expect(firstId).toBe(top?.id);
    expect((await rows.first().getByTestId('theme-mentions').textContent())?.replace(/\D/g, '')).toBe(
      String(top?.mentions),
    );
    expect(await page.getByTestId('themes-summary').textContent()).toContain('read on this server');
    await expectNoAxeViolations(page, '/themes');
  });

  it('trains a model on the demo’s scored comments and shows it beside the lexicons, each with its interval', async () => {
    await page.goto('/themes?period=90d');
    await page.getByTestId('reading-none').waitFor();
    await page.getByTestId('reading-train').click();
    const chosen = page.getByTestId('reading-chosen');
    await chosen.waitFor({ timeout: 60_000 });
    const api = (await (
      await page.request.get('/api/v1/themes/sentiment-model')
    ).json()) as TSentimentModelState;
    expect(api.model?.chosen).toBe(await chosen.getAttribute('data-chosen'));
    const figures = (await page.getByTestId('reading-figures').textContent()) ?? '';
    expect(figures).toMatch(/your model AUC [01]\.\d\d \([01]\.\d\d–[01]\.\d\d\), lexicons AUC [01]\.\d\d/);
    const heldOut = (api.model?.heldOut.positive ?? 0) + (api.model?.heldOut.negative ?? 0);
    expect(figures.match(/On ([\d,]+) held-out/)?.[1]?.replace(/\D/g, '')).toBe(String(heldOut));
    await expectNoAxeViolations(page, '/themes with the sentiment model');
  });

  it('fits a 390 px phone and reads in German and English', async () => {
    if (!session) throw new Error('no session');
    await inEachLayout(session, async (p, width, language) => {
      await p.goto('/themes?period=90d');
      await p.getByTestId('theme-list').waitFor({ timeout: 30_000 });
      const title = (await p.getByTestId('themes-title').textContent()) ?? '';
      expect(title).toBe(language === 'de' ? 'Themen' : 'Themes');
      expect(await sidewaysOverflow(p)).toBeLessThanOrEqual(0);
      await caseShot(p, `themes-${width}-${language}`);
      // The README's pictures of the page, retaken here.
      if (width === 1440) await p.screenshot({ path: `${DOCS}themes-${language}.png`, fullPage: true });
    });
  });
});

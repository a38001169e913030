import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TThemeDetail } from '../../src/shared/contracts/theme-detail.js';
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
 * One theme's page in Chromium: opened from the Themes list after the demo fill, it draws the
 * share over time with its band, the breakdowns and the example comments with their evidence
 * marked, with the API's numbers; its answers link is the drill-down by theme and period; a
 * period without mentions and an unknown theme say what to do. At 1440 and 390 px, de and en.
 */
const DOCS = new URL('../../docs/screenshots/', import.meta.url).pathname;
const DAY = 86_400_000;

describe('a theme’s page in Chromium', () => {
  let session: DashboardSession | undefined;
  let page: Page;
  let themeId = '';

  beforeAll(async () => {
    session = await openDashboard({ width: 1440, height: 1000 });
    page = session.page;
    await signUpFromFirstVisit(page, {
      name: 'Thea Thema',
      email: `theme-detail-${Date.now()}@example.test`,
      password: 'a-long-password-1',
    });
    await createOrganization(page, 'Themendetail GmbH');
    await page.getByTestId('demo-fill').click();
    await page.getByTestId('score-nps').waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens a theme from the list, keeping the period, with the API’s numbers', async () => {
    await page.goto('/themes?period=90d');
    await page.getByTestId('theme-list').waitFor({ timeout: 30_000 });
    const from = new Date(Date.now() - 89 * DAY).toISOString().slice(0, 10);
    const to = new Date(Date.now() + DAY).toISOString().slice(0, 10);
    const list = (await (await page.request.get(`/api/v1/themes?from=${from}&to=${to}`)).json()) as TThemes;
    // The list's rising badges are the API's.
    expect(await page.getByTestId('theme-rising').count()).toBe(
      list.themes.filter((x) => x.mentions > 0 && x.rising?.rising).length,
    );

    const first = page.getByTestId('theme-row').first();
    themeId = (await first.getAttribute('data-theme')) ?? '';
    await first.getByTestId('theme-link').click();
    await page.waitForURL(new RegExp(`/themes/${themeId}\\?period=90d$`));
    await page.getByTestId('theme-figures').waitFor({ timeout: 30_000 });

    const res = await page.request.get(`/api/v1/themes/${themeId}?from=${from}&to=${to}`);
    expect(res.status()).toBe(200);
    const api = (await res.json()) as TThemeDetail;
    expect(await page.getByTestId('theme-title').textContent()).toBe(api.theme.name.en);
    expect((await page.getByTestId('theme-mentions').textContent())?.replace(/\D/g, '')).toBe(
      String(api.theme.mentions),
    );
    // 90 days: weekly points, the confident ones over a band.
    expect(api.grain).toBe('week');
    const chart = page.getByTestId('theme-share-chart');
    await chart.waitFor();
    expect(await chart.getByTestId('theme-share-point').count()).toBe(
      api.series.filter((p) => p.share !== null).length,
    );
    if (api.series.some((p) => !p.isThin && p.share))
      expect(await chart.getByTestId('theme-share-band').count()).toBeGreaterThan(0);

    // Breakdown: the API's listed channels, each with its mentions.
    const channels = page.getByTestId('theme-breakdown-channel').getByTestId('theme-group');
    expect(await channels.count()).toBe(api.breakdowns.channel.groups.length);

    // Examples: the comments as text with the theme's words marked.
    const examples = page.getByTestId('theme-example');
    expect(await examples.count()).toBe(api.examples.length);
    expect(api.examples.length).toBeGreaterThan(0);
    const firstExample = api.examples[0];
    expect(await examples.first().locator('.highlighted-comment').textContent()).toBe(firstExample?.text);
    const themeMarks = examples.first().locator('mark.evidence[data-tone="theme"]');
    expect(await themeMarks.count()).toBeGreaterThan(0);
    expect(firstExample?.text).toContain((await themeMarks.first().textContent()) ?? '\u0000');
    await expectNoAxeViolations(page, `/themes/${themeId}`);
    await caseShot(page, `theme-detail-1440-en`);
  });

  it('follows the answers link to the drill-down by theme and period', async () => {
    await page.getByTestId('theme-answers-link').click();
    await page.waitForURL(/\/responses\?/);
    const params = new URL(page.url()).searchParams;
    expect(params.get('theme')).toBe(themeId);
    // The address names the last day shown; the period ends today.
    expect(params.get('to')).toBe(new Date().toISOString().slice(0, 10));
    expect(params.get('from')).toBe(new Date(Date.now() - 89 * DAY).toISOString().slice(0, 10));
  });

  it('opens an example’s answer: the inbox narrowed to that one comment', async () => {
    await page.goto(`/themes/${themeId}?period=90d`);
    const example = page.getByTestId('theme-example').first();
    await example.waitFor({ timeout: 30_000 });
    const text = (await example.locator('.highlighted-comment').textContent()) ?? '';
    await example.getByTestId('theme-example-answer').click();
    await page.waitForURL(/\/feedback\?/);
    await page.getByTestId('feedback-list').waitFor({ timeout: 30_000 });
    const rows = page.getByTestId('feedback-row');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().getByTestId('feedback-text').textContent()).toContain(text.slice(0, 40));
  });

  it('says what to do for a period without mentions and for an unknown theme', async () => {
    await page.goto(`/themes/${themeId}?from=2001-01-01&to=2001-01-31`);
    const empty = page.getByTestId('theme-empty');
    await empty.waitFor({ timeout: 30_000 });
    expect(await empty.textContent()).toContain('longer period');
    await expectNoAxeViolations(page, '/themes/:id (empty)');
    await page.goto('/themes/no_such_theme');
    await page.getByTestId('theme-not-found').waitFor({ timeout: 30_000 });
    await page.getByTestId('theme-back').click();
    await page.waitForURL(/\/themes$/);
  });

  it('fits a 390 px phone and reads in German and English', async () => {
    if (!session) throw new Error('no session');
    await inEachLayout(session, async (p, width, language) => {
      await p.goto(`/themes/${themeId}?period=90d`);
      await p.getByTestId('theme-examples').waitFor({ timeout: 30_000 });
      await p.getByTestId('theme-share-chart').waitFor();
      const heading = (await p.getByTestId('theme-chart-section').locator('h2').textContent()) ?? '';
      expect(heading).toBe(
        language === 'de' ? 'Anteil an den Kommentaren im Zeitverlauf' : 'Share of comments over time',
      );
      expect(await sidewaysOverflow(p)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(p, `/themes/${themeId} ${width} ${language}`);
      await caseShot(p, `theme-detail-${width}-${language}`);
      // The README's pictures of the page, retaken here.
      if (width === 1440) await p.screenshot({ path: `${DOCS}theme-detail-${language}.png`, fullPage: true });
    });
  });
});

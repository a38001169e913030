import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TFeedbackList } from '../../src/shared/contracts/feedback.js';
import { screenshot } from './helpers/browser.js';
import {
  createOrganization,
  expectNoAxeViolations,
  newDashboardContext,
  openDashboard,
  signUpFromFirstVisit,
  type DashboardSession,
} from './helpers/dashboard.js';

const WORD = 'Rechnungen';
/** What German stemming makes of "Rechnungen": the word and its singular, not compounds like "Rechnungsbetrag". */
const STEM_MATCH = /\brechnung(en)?\b/i;

/**
 * The feedback inbox in Chromium on the demo workspace: every channel in one list, narrowed to
 * reviews through the filter bar, searched for a German word (found in its other forms too),
 * a row opened in its details; nothing scrolls sideways on a 390 px phone, in English and German.
 */
describe('the feedback inbox in Chromium', () => {
  let session: DashboardSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openDashboard({ width: 1440, height: 1000 });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  async function api<T>(path: string, on: Page = page): Promise<T> {
    const res = await on.request.get(path);
    expect(res.status(), await res.text()).toBe(200);
    return (await res.json()) as T;
  }

  async function expectNoSidewaysScroll(on: Page, name: string): Promise<void> {
    const { scrollWidth, innerWidth } = await on.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, `${name}: ${scrollWidth} px wide on a ${innerWidth} px screen`).toBeLessThanOrEqual(
      innerWidth,
    );
  }

  it('shows what to do while the workspace is empty, then lists every channel of the demo', async () => {
    if (!session) throw new Error('no session');
    await signUpFromFirstVisit(page, {
      name: 'Ines Inbox',
      email: `inbox-${Date.now()}@example.test`,
      password: 'a-long-password-1',
    });
    await createOrganization(page, 'Posteingang Pumpen GmbH');
    await page.getByTestId('nav-feedback').click();
    await page.waitForURL(/\/feedback$/);
    const empty = page.getByTestId('feedback-empty');
    await empty.waitFor({ timeout: 30_000 });
    expect(await empty.textContent()).toContain('POST /api/v1/feedback');
    await screenshot(page, 'feedback-inbox-empty-1440-en');

    const res = await page.request.post('/api/v1/demo', {
      data: {},
      headers: { origin: session.server.url },
    });
    expect(res.status(), await res.text()).toBeLessThan(300);
    const all = await api<TFeedbackList>('/api/v1/feedback?limit=1');
    await page.reload();
    const count = page.getByTestId('feedback-count');
    await count.waitFor({ timeout: 30_000 });
    expect(Number(await count.getAttribute('data-count'))).toBe(all.total);
    const channels = new Set(
      await page
        .getByTestId('feedback-row')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-channel'))),
    );
    expect(channels.size).toBeGreaterThan(1);
  });

  it('filters to reviews, searches a German word and finds its other forms', async () => {
    const channel = page.getByTestId('responses-filter-channel');
    await channel.click();
    await page.getByRole('option', { name: 'Reviews', exact: true }).click();
    await page.waitForURL(/channel=review/);
    await page.getByTestId('responses-filter-search').fill(WORD);
    await page.getByTestId('responses-filter-search').press('Enter');
    await page.waitForURL(new RegExp(`q=${WORD}`));

    const expected = await api<TFeedbackList>(`/api/v1/feedback?channel=review&q=${WORD}&limit=200`);
    expect(expected.total).toBeGreaterThan(0);
    const count = page.getByTestId('feedback-count');
    await expect
      .poll(async () => Number(await count.getAttribute('data-count')), { timeout: 30_000 })
      .toBe(expected.total);
    const rows = page.getByTestId('feedback-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(Math.min(expected.total ?? 0, 25));
    for (const row of await rows.all()) {
      expect(await row.getAttribute('data-channel')).toBe('review');
      expect(await row.getByTestId('feedback-text').textContent()).toMatch(STEM_MATCH);
    }
    // The stem finds the other forms: the API's answer holds the singular as well as the plural, or only forms the word stems to.
    expect(expected.items.every((i) => STEM_MATCH.test(i.text ?? ''))).toBe(true);
    await expectNoAxeViolations(page, '/feedback (filtered)');
    await screenshot(page, 'feedback-inbox-1440-en');
  });

  it('opens a row in its details: full text, channel, source, score on its scale, time and reference', async () => {
    const first = page.getByTestId('feedback-row').first();
    const id = await first.getAttribute('data-id');
    const item = (await api<TFeedbackList>(`/api/v1/feedback?channel=review&q=${WORD}&limit=200`)).items.find(
      (i) => i.id === id,
    );
    if (!item) throw new Error('the first row is not in the API answer');
    await first.click();
    const detail = page.getByTestId('feedback-detail-text');
    await detail.waitFor();
    expect((await detail.textContent())?.trim()).toBe(`Comment${item.text ?? ''}`.trim());
    expect(await page.getByTestId('feedback-detail-channel').textContent()).toContain('Review');
    if (item.score !== null && item.scaleMin !== null && item.scaleMax !== null) {
      expect(await page.getByTestId('feedback-detail-score').textContent()).toContain(
        `${item.score} on a scale of ${item.scaleMin}–${item.scaleMax}`,
      );
    }
    expect(await page.getByTestId('feedback-detail-ref').textContent()).toContain(item.externalRef ?? '—');
    await expectNoAxeViolations(page, '/feedback (details)');
    await screenshot(page, 'feedback-detail-1440-en');
    await page.keyboard.press('Escape');
    await page.getByTestId('feedback-detail-text').waitFor({ state: 'detached' });
  });

  it('does not scroll sideways at 390 px, list or details, in English and German', async () => {
    if (!session) throw new Error('no session');
    const state = await session.context.storageState();
    const path = new URL(page.url()).pathname + new URL(page.url()).search;
    for (const language of ['en', 'de'] as const) {
      for (const width of [390, 1440]) {
        const context: BrowserContext = await newDashboardContext(session.browser, session.server.url, {
          width,
          height: width === 390 ? 844 : 1000,
          storageState: state,
          locale: language === 'de' ? 'de-DE' : 'en-GB',
        });
        const phone = await context.newPage();
        await phone.addInitScript((lang) => localStorage.setItem('resonance.language', lang), language);
        await phone.goto(path);
        await phone.getByTestId('feedback-count').waitFor({ timeout: 30_000 });
        await phone.getByTestId('feedback-row').first().waitFor();
        if (width === 390) await expectNoSidewaysScroll(phone, `/feedback (${language})`);
        await screenshot(phone, `feedback-inbox-${width}-${language}`);
        await phone.getByTestId('feedback-row').first().click();
        await phone.getByTestId('feedback-detail-text').waitFor();
        if (width === 390) await expectNoSidewaysScroll(phone, `/feedback details (${language})`);
        await screenshot(phone, `feedback-detail-${width}-${language}`);
        await context.close();
      }
    }
  });
});

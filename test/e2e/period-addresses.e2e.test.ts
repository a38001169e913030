import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMetricsComparison, TMetricsResult } from '../../src/shared/contracts/metrics.js';
import { formatCount } from '../../src/web/analytics/format-metric.js';
import { screenshot } from './helpers/browser.js';
import {
  createOrganization,
  openDashboard,
  revealDeferredSections,
  signUpFromFirstVisit,
  type DashboardSession,
} from './helpers/dashboard.js';

/** A UTC day moved by whole days. */
function shift(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Dates in the dashboard's addresses, on the demo workspace in Chromium: a period names its last
 * day in the address as on screen (the API's `to` is the day after), the drill-down keeps that
 * day, and the two compared periods live in the address like every other filter — back, forward
 * and a shared link show the same comparison.
 */
describe('periods in the address', () => {
  let page: Page;
  let session: DashboardSession | undefined;
  const today = new Date().toISOString().slice(0, 10);
  // The last 30 days, today included: shown as "<from> – <today>".
  const last = today;
  const from = shift(today, -29);

  beforeAll(async () => {
    session = await openDashboard({ width: 1440, height: 1000 });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  async function api<T>(path: string, params: Record<string, string>): Promise<T> {
    const res = await page.request.get(`${path}?${new URLSearchParams(params).toString()}`);
    expect(res.status(), await res.text()).toBe(200);
    return (await res.json()) as T;
  }

  const param = (name: string) => new URL(page.url()).searchParams.get(name);
  const valueOf = (testId: string) => page.getByTestId(testId).inputValue();

  it('fills the demo workspace', async () => {
    await signUpFromFirstVisit(page, {
      name: 'Petra Period',
      email: `periods-${Date.now()}@example.test`,
      password: 'a-long-password-1',
    });
    await createOrganization(page, 'Nordlicht Versand');
    await page.getByTestId('demo-fill').click();
    await page.getByTestId('score-nps').waitFor({ timeout: 60_000 });
  });

  it('names the last day shown in the address, and the drill-down keeps it', async () => {
    await page.goto(`/?from=${from}&to=${last}`);
    await page.getByTestId('score-nps').waitFor({ timeout: 30_000 });
    await revealDeferredSections(page);
    expect(await valueOf('filter-from')).toBe(from);
    expect(await valueOf('filter-to')).toBe(last);
    // The comparison starts from the view's period as B, with the same last day.
    expect(await valueOf('compare-b-from')).toBe(from);
    expect(await valueOf('compare-b-to')).toBe(last);

    const nps = await api<TMetricsResult>('/api/v1/metrics', { metric: 'nps', from, to: shift(last, 1) });
    await expect
      .poll(async () => (await page.getByTestId('cat-detractor').textContent())?.trim())
      .toBe(formatCount(nps.overall.detractors ?? 0, 'en-GB'));
    const href = new URL((await page.getByTestId('cat-detractor').getAttribute('href')) ?? '', page.url());
    expect(href.pathname).toBe('/responses');
    expect(href.searchParams.get('from')).toBe(from);
    expect(href.searchParams.get('to')).toBe(last);

    await page.getByTestId('cat-detractor').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/responses');
    expect(param('to')).toBe(last);
    expect(await valueOf('responses-filter-to')).toBe(last);
    // The list holds exactly the detractors the overview counted for those days.
    await expect
      .poll(async () => Number(await page.getByTestId('responses-count').getAttribute('data-count')), {
        timeout: 15_000,
      })
      .toBe(nps.overall.detractors);
  });

  it('keeps the compared periods in the address: back, forward and a shared link show the same comparison', async () => {
    await page.goto(`/?from=${from}&to=${last}`);
    await page.getByTestId('score-nps').waitFor({ timeout: 30_000 });
    await revealDeferredSections(page);
    await page.getByTestId('compare-a-n').waitFor({ timeout: 30_000 });
    const aFrom = shift(from, -60);
    await page.getByTestId('compare-a-from').fill(aFrom);
    await expect.poll(() => param('aFrom')).toBe(aFrom);
    // Each end is the last day of its period, as the fields show it.
    expect([param('aTo'), param('bFrom'), param('bTo')]).toEqual([shift(from, -1), from, last]);
    const chosen = page.url();

    const compared = await api<TMetricsComparison>('/api/v1/metrics/compare', {
      metric: 'nps',
      aFrom,
      aTo: from,
      bFrom: from,
      bTo: shift(last, 1),
    });
    await expect
      .poll(async () => Number(await page.getByTestId('compare-a-n').getAttribute('data-value')))
      .toBe(compared.a.n);
    await expect
      .poll(async () => Number(await page.getByTestId('compare-b-n').getAttribute('data-value')))
      .toBe(compared.b.n);

    // Another part of the view changes: the comparison stays.
    await page.getByTestId('trend-granularity').getByText('Week').click();
    await expect.poll(() => param('trend')).toBe('week');
    expect(param('aFrom')).toBe(aFrom);

    await page.goto(chosen);
    await page.getByTestId('score-nps').waitFor({ timeout: 30_000 });
    await revealDeferredSections(page);
    await page.getByTestId('compare-a-n').waitFor({ timeout: 30_000 });
    await page.goBack();
    await page.goBack();
    await expect.poll(() => param('aFrom')).toBeNull();
    await page.getByTestId('score-nps').waitFor({ timeout: 30_000 });
    await revealDeferredSections(page);
    // Back to the default: A is the 30 days before B.
    await expect.poll(() => valueOf('compare-a-from')).toBe(shift(from, -30));
    await page.goForward();
    await expect.poll(() => param('aFrom')).toBe(aFrom);
    await page.getByTestId('score-nps').waitFor({ timeout: 30_000 });
    await revealDeferredSections(page);
    await expect.poll(() => valueOf('compare-a-from')).toBe(aFrom);

    // A shared link, opened in a fresh tab, shows the same comparison.
    const shared = await page.context().newPage();
    try {
      await shared.goto(chosen);
      await shared.getByTestId('score-nps').waitFor({ timeout: 30_000 });
      await revealDeferredSections(shared);
      await shared.getByTestId('compare-a-n').waitFor({ timeout: 30_000 });
      expect(await shared.getByTestId('compare-a-from').inputValue()).toBe(aFrom);
      expect(await shared.getByTestId('compare-a-to').inputValue()).toBe(shift(from, -1));
      await expect
        .poll(async () => Number(await shared.getByTestId('compare-a-n').getAttribute('data-value')))
        .toBe(compared.a.n);
      await expect
        .poll(async () => Number(await shared.getByTestId('compare-difference').getAttribute('data-value')))
        .toBe(compared.comparison?.observedDifference);
      await shared.getByTestId('compare-periods-panel').scrollIntoViewIfNeeded();
      await screenshot(shared, 'compare-periods-shared-link');
    } finally {
      await shared.close();
    }
  });

  it('keeps the case list’s filters in the address, and clearing them goes back to the open work', async () => {
    await page.goto('/cases?breached=true');
    await page.getByTestId('cases-filters').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('cases-filter-breached').isChecked()).toBe(true);
    await page.getByTestId('cases-clear-filters').click();
    await expect.poll(() => param('breached')).toBeNull();
    expect(await page.getByTestId('cases-filter-breached').isChecked()).toBe(false);
  });
});

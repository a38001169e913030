import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TOrgFunnel } from '../../src/shared/contracts/funnel.js';
import type { TMetricFilters, TMetricsResult } from '../../src/shared/contracts/metrics.js';
import { rowTestKey } from '../../src/web/analytics/breakdown-key.js';
import {
  formatCount,
  formatEffectiveN,
  formatInterval,
  formatMean,
  formatPercentValue,
  formatPoints,
  formatScore,
  type NumberLocale,
} from '../../src/web/analytics/format-metric.js';
import { metricFilters, parseOverviewSearch, utcToday } from '../../src/web/analytics/overview-url.js';
import { FUNNEL_FILTER_KEYS } from '../../src/web/analytics/funnel-filter-keys.js';
import { deAnalytics } from '../../src/web/i18n/de-analytics.js';
import { enAnalytics } from '../../src/web/i18n/en-analytics.js';
import { formatMoney } from '../../src/web/lib/format-money.js';
import { formatPercent } from '../../src/web/lib/format-percent.js';
import { formatDayRange } from '../../src/web/lib/format-period.js';
import {
  createOrganization,
  expectNoAxeViolations,
  openDashboard,
  revealDeferredSections,
  signUpFromFirstVisit,
  type DashboardSession,
} from './helpers/dashboard.js';
import type { RunningServer } from './helpers/server.js';

const SHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;
const FUNNEL_STEPS = [
  'invited',
  'sent',
  'delivered',
  'clicked',
  'answered',
  'bounced',
  'unsubscribed',
  'throttled',
] as const;

/**
 * The overview on the demo workspace in Chromium: every number the dashboard shows is read back
 * and compared with the metrics API asked with the same filters (formatted as the dashboard
 * formats them); filtering by segment and changing the period move the address and the numbers
 * together; a number opens its answers; axe finds nothing; screenshots in English and German.
 */
describe('overview analytics in Chromium', () => {
  let server: RunningServer;
  let page: Page;
  let session: DashboardSession | undefined;

  beforeAll(async () => {
    session = await openDashboard({ width: 1440, height: 1000 });
    ({ server, page } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  /**
   * Picks `option` in the select `testId`. A view that is still loading after the last change
   * may re-render the select and close its list under the click: then it is opened again.
   */
  async function choose(testId: string, option: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await page.getByTestId(testId).click();
      try {
        await page.getByRole('option', { name: option, exact: true }).click({ timeout: 3000 });
        return;
      } catch (err) {
        if (attempt === 5) throw err;
        await page.keyboard.press('Escape');
      }
    }
  }

  /** The filters the page shows now: its address, read by the same pure module the dashboard uses. */
  const viewFilters = (): TMetricFilters =>
    metricFilters(parseOverviewSearch(new URL(page.url()).search), utcToday(new Date()));

  async function api<T>(path: string, params: Record<string, string | undefined>): Promise<T> {
    const query = new URLSearchParams(
      Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])),
    );
    const res = await page.request.get(`${path}?${query.toString()}`);
    expect(res.status(), await res.text()).toBe(200);
    return (await res.json()) as T;
  }
  const metrics = (filters: TMetricFilters, q: Record<string, string>) =>
    api<TMetricsResult>('/api/v1/metrics', { ...filters, ...q });

  /** Waits (the page may still be fetching) until the element shows exactly this text. */
  async function expectText(testId: string, expected: string): Promise<void> {
    await expect
      .poll(async () => (await page.getByTestId(testId).first().textContent({ timeout: 15_000 }))?.trim(), {
        timeout: 15_000,
        message: testId,
      })
      .toBe(expected);
  }

  /** Every number of the overview against the API with the view's filters; returns the overall NPS n. */
  async function expectAgreement(locale: NumberLocale = 'en-GB'): Promise<number> {
    const filters = viewFilters();
    const [nps, csat, ces] = await Promise.all([
      metrics(filters, { metric: 'nps', weighted: 'true' }),
      metrics(filters, { metric: 'csat' }),
      metrics(filters, { metric: 'ces' }),
    ]);
    for (const [metric, body] of [
      ['nps', nps],
      ['csat', csat],
      ['ces', ces],
    ] as const) {
      if (body.overall.n === 0) {
        await page.getByTestId(`none-${metric}`).waitFor();
        continue;
      }
      await expectText(`score-${metric}`, formatScore(metric, body.overall.score, locale));
      await expectText(`ci-${metric}`, formatInterval(metric, body.overall.ci, locale));
      await expectText(`n-${metric}`, formatCount(body.overall.n, locale));
      if (body.overall.mean) await expectText(`mean-${metric}`, formatMean(body.overall.mean.value, locale));
      expect(await page.getByTestId(`thin-${metric}`).count()).toBe(body.overall.isThin ? 1 : 0);
    }
    const weighted = nps.overall.weighted;
    if (weighted && weighted.n > 0) {
      await expectText('score-nps-weighted', formatScore('nps', weighted.score, locale));
      await expectText('ci-nps-weighted', formatInterval('nps', weighted.ci, locale));
      await expectText('neff-nps-weighted', formatEffectiveN(weighted.effectiveN, locale));
      await expectText('n-nps-weighted', formatCount(weighted.n, locale));
    }

    // The 0–10 distribution and the three categories.
    if (nps.overall.n > 0) {
      for (let score = 0; score <= 10; score++)
        await expectText(
          `dist-count-${score}`,
          formatCount(nps.overall.distribution[String(score)] ?? 0, locale),
        );
      for (const [category, count] of [
        ['promoter', nps.overall.promoters],
        ['passive', nps.overall.passives],
        ['detractor', nps.overall.detractors],
      ] as const) {
        await expectText(`cat-${category}`, formatCount(count ?? 0, locale));
        await expectText(
          `cat-share-${category}`,
          formatPercentValue((100 * (count ?? 0)) / nps.overall.n, locale),
        );
      }
    }

    // The send funnel and the response rate.
    const funnelFilters = Object.fromEntries(
      FUNNEL_FILTER_KEYS.map((k) => [k, (filters as Record<string, string | undefined>)[k]]),
    );
    const funnel = await api<TOrgFunnel>('/api/v1/metrics/funnel', funnelFilters);
    if (funnel.funnel.invited === 0) await page.getByTestId('funnel-empty').waitFor();
    else {
      for (const step of FUNNEL_STEPS)
        await expectText(`funnel-${step}`, formatCount(funnel.funnel[step], locale));
      if (funnel.responseRate) {
        await expectText('response-rate', formatPercentValue(funnel.responseRate.percent, locale));
        await expectText('ci-response-rate', formatInterval('csat', funnel.responseRate.ci, locale));
      }
    }

    // Every trend bucket (the table shows the chart's numbers) and its point in the chart.
    const state = parseOverviewSearch(new URL(page.url()).search);
    const trend = await metrics(filters, { metric: state.metric, groupBy: state.trend });
    if ((await page.getByTestId('trend-table').count()) === 0 && trend.groups.length > 0)
      await page.getByTestId('trend-table-toggle').click();
    for (const g of trend.groups) {
      await expectText(`trend-score-${g.key}`, formatScore(state.metric, g.score, locale));
      await expectText(`trend-ci-${g.key}`, formatInterval(state.metric, g.ci, locale));
      await expectText(`trend-n-${g.key}`, formatCount(g.n, locale));
      expect(await page.getByTestId(`trend-point-${g.key}`).locator('[data-thin]').count()).toBe(
        g.isThin ? 1 : 0,
      );
    }
    await expect.poll(() => page.locator('[data-testid^="trend-bucket-"]').count()).toBe(trend.groups.length);

    // Every breakdown row with its significance mark or detectable difference.
    const breakdown = await metrics(filters, { metric: state.metric, groupBy: state.breakdown });
    await expect
      .poll(() => page.locator('[data-testid^="breakdown-row-"]').count())
      .toBe(breakdown.groups.length);
    for (const g of breakdown.groups) {
      const k = rowTestKey(g.key);
      await expectText(`breakdown-n-${k}`, formatCount(g.n, locale));
      await expectText(`breakdown-score-${k}`, formatScore(state.metric, g.score, locale));
      await expectText(`breakdown-ci-${k}`, formatInterval(state.metric, g.ci, locale));
      const mark = (await page.getByTestId(`breakdown-mark-${k}`).textContent()) ?? '';
      const s = g.significance;
      if (g.isThin || s?.tooFewAnswers) expect(mark).toMatch(/Too few answers|Zu wenige Antworten/);
      else if (s?.significant) expect(mark).toContain(formatScore('nps', s.difference, locale));
      else if (s?.minDetectableDifference != null)
        expect(mark).toContain(`≥ ${formatPoints(s.minDetectableDifference, locale)}`);
    }
    return nps.overall.n;
  }

  it('fills the demo workspace and shows the analytics instead of the getting-started page', async () => {
    await signUpFromFirstVisit(page, {
      name: 'Olga Overview',
      email: `overview-${Date.now()}@example.test`,
      password: 'a-long-password-1',
    });
    await createOrganization(page, 'Fjordlicht Reisen');
    await page.getByTestId('demo-fill').click();
    await page.getByTestId('analytics').waitFor({ timeout: 60_000 });
    await page.getByTestId('score-nps').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('start-team').count()).toBe(0);
  });

  it('agrees with the metrics API on every number of the default view (last 12 months)', async () => {
    await page.reload();
    await page.getByTestId('score-nps').waitFor({ timeout: 30_000 });
    expect(viewFilters().from).toBeTruthy();
    expect(await expectAgreement()).toBeGreaterThan(30);
  });

  it('filters by segment: the address changes, the numbers change and still agree', async () => {
    const before = await page.getByTestId('n-nps').textContent();
    const bySegment = await metrics(viewFilters(), { metric: 'nps', groupBy: 'segment' });
    const segment = bySegment.groups.find((g) => g.key !== '' && g.n >= 30)?.key ?? '';
    expect(segment).not.toBe('');
    await choose('filter-segment', segment);
    await expect.poll(() => new URL(page.url()).searchParams.get('segment')).toBe(segment);
    await expect.poll(() => page.getByTestId('n-nps').textContent()).not.toBe(before);
    const n = await expectAgreement();
    expect(n).toBe(bySegment.groups.find((g) => g.key === segment)?.n);
  });

  it('changes the period and back: address, numbers and the API agree each way', async () => {
    const withSegment = page.url();
    await page.getByTestId('filter-period').getByText('Last 90 days').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('90d');
    expect(new URL(page.url()).searchParams.get('segment')).toBeTruthy();
    await expectAgreement();
    // A custom period as days; `to` in the address is exclusive, the field shows the last day.
    await page.getByTestId('filter-period').getByText('Custom').click();
    await page.getByTestId('filter-from').fill('2025-01-01');
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2025-01-01');
    await expectAgreement();
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.url()).toBe(withSegment);
    await expectAgreement();
  });

  it('switches the trend to weeks and the breakdown to region, CSAT, still agreeing', async () => {
    await page.getByTestId('trend-granularity').getByText('Week').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('trend')).toBe('week');
    await choose('breakdown-dimension', 'Region');
    await expect.poll(() => new URL(page.url()).searchParams.get('by')).toBe('region');
    await expectAgreement();
    await page.getByTestId('view-metric').getByText('CSAT').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('metric')).toBe('csat');
    await expectAgreement();
  });

  it('opens the answers behind a number with the view’s filters', async () => {
    const segment = new URL(page.url()).searchParams.get('segment');
    const href = await page.getByTestId('cat-detractor').getAttribute('href');
    const target = new URL(href ?? '', server.url);
    expect(target.pathname).toBe('/responses');
    expect(target.searchParams.get('category')).toBe('detractor');
    expect(target.searchParams.get('segment')).toBe(segment);
    await page.getByTestId('score-nps').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/responses');
    expect(new URL(page.url()).searchParams.get('metric')).toBe('nps');
    expect(new URL(page.url()).searchParams.get('segment')).toBe(segment);
    await page.goBack();
    await page.getByTestId('score-nps').waitFor();
  });

  it('writes money in the organization’s currency and percentages the locale’s way, in English and German', async () => {
    for (const [language, locale] of [
      ['en', 'en-GB'],
      ['de', 'de-DE'],
    ] as const) {
      await page.evaluate((lang) => localStorage.setItem('resonance.language', lang), language);
      await page.goto('/?period=all');
      await page.getByTestId('score-nps').waitFor({ timeout: 30_000 });
      await revealDeferredSections(page);
      const revenue = page.getByTestId('loyalty-detractor-revenue');
      await revenue.waitFor({ timeout: 30_000 });
      await expect.poll(() => revenue.getAttribute('data-value'), { timeout: 15_000 }).not.toBe('');
      const amount = Number(await revenue.getAttribute('data-value'));
      expect(amount).toBeGreaterThan(0);
      // EUR unless the organization chose another currency.
      await expectText('loyalty-detractor-revenue', formatMoney(amount, 'EUR', locale));
      const nps = await metrics(viewFilters(), { metric: 'nps' });
      await expectText(
        'cat-share-promoter',
        formatPercent((100 * (nps.overall.promoters ?? 0)) / nps.overall.n, locale),
      );
      expect(await page.getByTestId('cat-share-promoter').textContent()).toMatch(
        language === 'de' ? /^\d+\u00a0%$/ : /^\d+%$/,
      );
      const texts = language === 'de' ? deAnalytics : enAnalytics;
      await expect
        .poll(async () => (await page.getByTestId('overview-period').textContent())?.trim(), {
          timeout: 15_000,
        })
        .toBe(`${texts.period.label}: ${texts.filters.presets.all}`);
    }

    // Settings → Organization: Swiss francs, and the same amount is written in them.
    await page.evaluate(() => localStorage.setItem('resonance.language', 'en'));
    await page.goto('/settings/organization');
    await page.getByTestId('org-currency').fill('CHF');
    await page.getByRole('option', { name: /^CHF/ }).click();
    await page.getByTestId('org-settings-save').click();
    await expect
      .poll(
        async () =>
          ((await (await page.request.get('/api/v1/organization')).json()) as { currency: string }).currency,
      )
      .toBe('CHF');
    await page.goto('/?period=all');
    await page.getByTestId('score-nps').waitFor({ timeout: 30_000 });
    await revealDeferredSections(page);
    const revenue = page.getByTestId('loyalty-detractor-revenue');
    await revenue.waitFor({ timeout: 30_000 });
    await expectText(
      'loyalty-detractor-revenue',
      formatMoney(Number(await revenue.getAttribute('data-value')), 'CHF', 'en-GB'),
    );
    // The default view names its period: the last 12 months, with their days.
    await page.goto('/');
    await page.getByTestId('overview-period').waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => (await page.getByTestId('overview-period').textContent()) ?? '', { timeout: 15_000 })
      .toContain('Last 12 months · ');
    // Chromium's and Node's ICU put different spaces (thin or plain) around the range's dash.
    const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');
    expect(plain(await page.getByTestId('overview-period').textContent())).toContain(
      plain(formatDayRange(viewFilters().from ?? '', viewFilters().to ?? '', 'en-GB')),
    );
  });

  it('has no axe violations, with the trend table open', async () => {
    await page.goto('/');
    await page.getByTestId('score-nps').waitFor({ timeout: 30_000 });
    await expectAgreement();
    await expectNoAxeViolations(page, 'overview');
  });

  it('takes the overview screenshots in English and German', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await page.goto('/');
    await page.getByTestId('score-nps').waitFor({ timeout: 30_000 });
    await page
      .getByTestId(
        'trend-point-' +
          (await metrics(viewFilters(), { metric: 'nps', groupBy: 'month' })).groups.at(-1)?.key,
      )
      .waitFor();
    // A full-page shot: every lower section rendered, not its placeholder.
    await revealDeferredSections(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}overview-en.png`, fullPage: true });

    await page.evaluate(() => localStorage.setItem('resonance.language', 'de'));
    await page.reload();
    await page.getByTestId('score-nps').waitFor({ timeout: 30_000 });
    await expectAgreement('de-DE');
    await page.getByTestId('trend-table-toggle').click();
    await page.getByTestId('trend-table').waitFor({ state: 'detached' });
    await revealDeferredSections(page);
    // From the top: the header and navigation are fixed, and a scrolled page would stamp them mid-shot.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}overview-de.png`, fullPage: true });
    await expectNoAxeViolations(page, 'overview-de');
    await page.evaluate(() => localStorage.setItem('resonance.language', 'en'));
  });
});

import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMetricsResult } from '../../src/shared/contracts/metrics.js';
import type { TSurveyList } from '../../src/shared/contracts/surveys.js';
import { screenshot } from './helpers/browser.js';
import {
  createOrganization,
  expectNoAxeViolations,
  openDashboard,
  signUpFromFirstVisit,
  type DashboardSession,
} from './helpers/dashboard.js';
import type { RunningServer } from './helpers/server.js';

const FORMULA = '=HYPERLINK("http://evil.example","click")';

/**
 * The drill-down in Chromium on the demo workspace: the Responses page opened with a number's
 * filters lists exactly the answers the metrics API counts for them, opens an answer's customer,
 * exports the same answers as CSV (a formula a customer typed stays text) and passes axe.
 */
describe('drill-down to the answers in Chromium', () => {
  let server: RunningServer;
  let page: Page;
  let segment: string;
  let query: string;
  let session: DashboardSession | undefined;

  beforeAll(async () => {
    session = await openDashboard({ width: 1440, height: 1000 });
    ({ server, page } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  async function get<T>(path: string): Promise<T> {
    const res = await page.request.get(path);
    expect(res.status(), await res.text()).toBe(200);
    return (await res.json()) as T;
  }
  async function post(path: string, data: unknown): Promise<number> {
    const res = await page.request.post(path, { data, headers: { origin: server.url } });
    expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
    return res.status();
  }
  const detractors = async (seg: string) =>
    (await get<TMetricsResult>(`/api/v1/metrics?metric=nps&segment=${encodeURIComponent(seg)}`)).overall
      .detractors ?? 0;

  it('fills the demo and adds one detractor whose comment is a formula', async () => {
    await signUpFromFirstVisit(page, {
      name: 'Dora Drill',
      email: `drill-${Date.now()}@example.test`,
      password: 'a-long-password-1',
    });
    await createOrganization(page, 'Bergwerk Bikes');
    await post('/api/v1/demo', {});
    const bySegment = await get<TMetricsResult>('/api/v1/metrics?metric=nps&groupBy=segment');
    const busiest = [...bySegment.groups]
      .filter((g) => g.key !== '')
      .sort((a, b) => (b.detractors ?? 0) - (a.detractors ?? 0))[0];
    if (!busiest) throw new Error('the demo has no segments');
    segment = busiest.key;
    query = `metric=nps&category=detractor&segment=${encodeURIComponent(segment)}`;

    // One hostile answer from a customer of that segment, through the API the dashboard session may use.
    const before = await detractors(segment);
    const surveys = await get<TSurveyList>('/api/v1/surveys');
    const nps = surveys.items.find(
      (s) => s.metric === 'nps' && s.status !== 'archived' && s.questions.some((q) => q.type === 'text'),
    );
    const contacts = await get<{ items: { externalId: string }[] }>(
      `/api/v1/contacts?segment=${encodeURIComponent(segment)}&limit=1`,
    );
    const contact = contacts.items[0];
    if (!nps || !contact) throw new Error('no NPS survey or contact in the demo');
    const scoreId = nps.questions.find((q) => q.type === 'nps')?.id ?? 'nps';
    const textId = nps.questions.find((q) => q.type === 'text')?.id ?? 'why';
    await post('/api/v1/responses', {
      surveyId: nps.id,
      contactExternalId: contact.externalId,
      answers: { [scoreId]: 1, [textId]: FORMULA },
    });
    // The metrics follow once the answer's job has run.
    await expect.poll(() => detractors(segment), { timeout: 30_000 }).toBe(before + 1);
  });

  it('lists only the detractors of the segment, exactly as many as the metrics API counts', async () => {
    const expected = await detractors(segment);
    expect(expected).toBeGreaterThan(20);
    await page.goto(`/responses?${query}`);
    const count = page.getByTestId('responses-count');
    await count.waitFor({ timeout: 30_000 });
    expect(Number(await count.getAttribute('data-count'))).toBe(expected);
    // The filter bar shows what the address says.
    await expect
      .poll(() => page.getByTestId('responses-filter-segment').inputValue(), { timeout: 15_000 })
      .toBe(segment);

    const rows = page.getByTestId('response-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(20);
    await screenshot(page, 'responses-drilldown-en');
    await page.getByTestId('responses-load-more').click();
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(Math.min(40, expected));
    const categories = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-category')));
    expect(new Set(categories)).toEqual(new Set(['detractor']));
    const scores = await page
      .getByTestId('response-score')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-score'))));
    expect(scores.every((s) => s >= 0 && s <= 6)).toBe(true);
    // The formula comment is shown as the text it is.
    await expect
      .poll(() => page.getByTestId('response-comment').first().textContent(), { timeout: 15_000 })
      .toBe(FORMULA);

    await expectNoAxeViolations(page, 'responses');
  });

  it('exports the listed answers as CSV: the same count, one header, the formula neutralised', async () => {
    await page.goto(`/responses?${query}`);
    await page.getByTestId('responses-count').waitFor({ timeout: 30_000 });
    const expected = Number(await page.getByTestId('responses-count').getAttribute('data-count'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('responses-export-csv').click(),
    ]);
    const path = await download.path();
    const rows = parse(readFileSync(path, 'utf8'), { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(rows[0]).toEqual([
      'ID',
      'Time (UTC)',
      'Survey',
      'Metric',
      'Score',
      'Comment',
      'Channel',
      'Language',
      'Customer ID',
      'Segment',
      'Region',
      'Hidden fields',
    ]);
    expect(rows.length - 1).toBe(expected);
    expect(new Set(rows.slice(1).map((r) => r[9]))).toEqual(new Set([segment]));
    expect(rows.slice(1).every((r) => Number(r[4]) <= 6 && r[3] === 'nps')).toBe(true);
    expect(rows.some((r) => r[5] === `'${FORMULA}`)).toBe(true);
    expect(rows.some((r) => r[5] === FORMULA)).toBe(false);
  });

  it("opens an answer's customer", async () => {
    await page.goto(`/responses?${query}`);
    const link = page.getByTestId('response-contact').first();
    await link.waitFor({ timeout: 30_000 });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/contacts\//);
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  it('explains an empty result and clears the filters from the address', async () => {
    await page.goto('/responses?metric=nps&segment=No+such+segment');
    await page.getByTestId('responses-no-match').waitFor({ timeout: 30_000 });
    await page.getByTestId('responses-clear-filters').click();
    await page.waitForURL((url) => url.pathname === '/responses' && url.search === '');
    await page.getByTestId('response-row').first().waitFor();
  });
});

import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMetricsResult } from '../../src/shared/contracts/metrics.js';
import type { TResponseList } from '../../src/shared/contracts/responses.js';
import type { TSurveyList } from '../../src/shared/contracts/surveys.js';
import type { TThemes } from '../../src/shared/contracts/themes.js';
import { screenshot } from './helpers/browser.js';
import { inEachLayout, sidewaysOverflow } from './helpers/case-session.js';
import {
  createOrganization,
  expectNoAxeViolations,
  openDashboard,
  signUpFromFirstVisit,
  type DashboardSession,
} from './helpers/dashboard.js';
import type { RunningServer } from './helpers/server.js';

/** The outermost elements reaching past the screen's right edge, to say what scrolls sideways. */
const widerThanScreen = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const right = el.getBoundingClientRect().right;
        const parent = el.parentElement?.getBoundingClientRect().right ?? 0;
        return right > window.innerWidth + 0.5 && parent <= window.innerWidth + 0.5;
      })
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()} ${el.getAttribute('data-testid') ?? el.className}> "${(el.textContent ?? '').slice(0, 40)}"`,
      ),
  );

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
  let theme: string;
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

  it('opens /responses?theme=…&sentiment=negative filtered, follows the selects and exports the same answers', async () => {
    // The demo's most mentioned theme, as the Themes page would link to it.
    const to = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const themes = await get<TThemes>(`/api/v1/themes?from=2000-01-01&to=${to}`);
    const top = themes.themes[0];
    if (!top || top.mentions === 0) throw new Error('the demo has no themes');
    theme = top.id;
    const api = async (q: string) => get<TResponseList>(`/api/v1/responses?${q}&limit=200`);
    const negative = await api(`theme=${theme}&sentiment=negative`);
    expect(negative.total).toBeGreaterThan(0);
    for (const item of negative.items) {
      expect(item.analysis?.sentiment.label).toBe('negative');
      expect(item.analysis?.themes.map((x) => x.id)).toContain(theme);
    }

    await page.goto(`/responses?theme=${theme}&sentiment=negative`);
    const count = page.getByTestId('responses-count');
    await count.waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => Number(await count.getAttribute('data-count')), { timeout: 15_000 })
      .toBe(negative.total);
    // The selects show the address's filters by name, in the reader's language.
    await expect
      .poll(() => page.getByTestId('responses-filter-theme').inputValue(), { timeout: 15_000 })
      .toBe(top.name.en);
    expect(await page.getByTestId('responses-filter-sentiment').inputValue()).toBe('Negative');
    // Exactly the matching answers, newest first, as the API lists them.
    const rows = page.getByTestId('response-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(Math.min(20, negative.total ?? 0));
    const shown = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(shown).toEqual(negative.items.slice(0, shown.length).map((i) => i.id));
    await expectNoAxeViolations(page, 'responses by theme');

    // Another sentiment from the select: the address and the list follow.
    await page.getByTestId('responses-filter-sentiment').click();
    await page.getByRole('option', { name: 'Positive' }).click();
    await page.waitForURL((url) => url.searchParams.get('sentiment') === 'positive');
    expect(new URL(page.url()).searchParams.get('theme')).toBe(theme);
    const positive = await api(`theme=${theme}&sentiment=positive`);
    await expect
      .poll(async () => Number(await count.getAttribute('data-count')), { timeout: 15_000 })
      .toBe(positive.total);

    // Back to negative, then the export downloads exactly those answers.
    await page.goto(`/responses?theme=${theme}&sentiment=negative`);
    await expect
      .poll(async () => Number(await count.getAttribute('data-count')), { timeout: 30_000 })
      .toBe(negative.total);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('responses-export-csv').click(),
    ]);
    const csv = parse(readFileSync(await download.path(), 'utf8'), {
      bom: true,
      record_delimiter: '\r\n',
    }) as string[][];
    expect(csv.length - 1).toBe(negative.total);
    if ((negative.total ?? 0) <= 200)
      expect(
        csv
          .slice(1)
          .map((r) => r[0])
          .sort(),
      ).toEqual(negative.items.map((i) => i.id).sort());
  });

  it('narrows the overview by theme and sentiment, and its numbers drill down to the same answers', async () => {
    await page.goto(`/?period=all&theme=${theme}&sentiment=negative`);
    const card = page.getByTestId('filter-bar');
    await card.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('filter-theme').inputValue(), { timeout: 15_000 }).not.toBe('');
    const nps = await get<TMetricsResult>(`/api/v1/metrics?metric=nps&theme=${theme}&sentiment=negative`);
    const listed = await get<TResponseList>(
      `/api/v1/responses?metric=nps&theme=${theme}&sentiment=negative&limit=1`,
    );
    expect(nps.overall.n).toBe(listed.total);
    expect(nps.overall.n).toBeGreaterThan(0);
    await expect
      .poll(async () => Number((await page.getByTestId('n-nps').textContent())?.replace(/\D/g, '')), {
        timeout: 15_000,
      })
      .toBe(nps.overall.n);
    // The send funnel cannot narrow by what a comment says, and says so.
    await page.evaluate(() => window.scrollTo(0, 700));
    await page.getByTestId('funnel-not-filtered').waitFor({ timeout: 30_000 });
    // The NPS card's link opens the drill-down with the same filters.
    const link = page.locator(`a[href*="theme=${theme}"][href*="metric=nps"]`).first();
    await link.waitFor({ timeout: 30_000 });
    const href = new URL((await link.getAttribute('href')) ?? '', server.url);
    expect(href.pathname).toBe('/responses');
    expect(href.searchParams.get('sentiment')).toBe('negative');
  });

  it('shows the theme and sentiment filters at 1440 and 390 px in English and German', async () => {
    if (!session) throw new Error('no session');
    await inEachLayout(session, async (p, width, language) => {
      await p.goto(`/responses?theme=${theme}&sentiment=negative`);
      await p.getByTestId('response-row').first().waitFor({ timeout: 30_000 });
      await expect
        .poll(() => p.getByTestId('responses-filter-sentiment').inputValue(), { timeout: 15_000 })
        .toBe(language === 'de' ? 'Negativ' : 'Negative');
      expect(await sidewaysOverflow(p)).toBeLessThanOrEqual(0);
      await p.screenshot({ path: `/tmp/theme-filters-responses-${width}-${language}.png`, fullPage: false });
      await p.goto(`/?period=all&theme=${theme}&sentiment=negative`);
      await p.getByTestId('filter-bar').waitFor({ timeout: 30_000 });
      await p.getByTestId('score-nps').waitFor({ timeout: 30_000 });
      expect(await sidewaysOverflow(p), (await widerThanScreen(p)).join('\n')).toBeLessThanOrEqual(0);
      await p.screenshot({ path: `/tmp/theme-filters-overview-${width}-${language}.png` });
      await p.getByTestId('card-csat').scrollIntoViewIfNeeded();
      await p.screenshot({ path: `/tmp/theme-filters-overview-cards-${width}-${language}.png` });
    });
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

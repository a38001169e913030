import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { settlePipeline } from '../../../../test/helpers/pipeline.js';
import { upsertContacts } from '../../../../test/helpers/survey-fixtures.js';
import type { TFeedbackList } from '../../../shared/contracts/feedback.js';
import type { TDimension, TMetricsComparison, TMetricsResult } from '../../../shared/contracts/metrics.js';
import type { TResponse, TResponseList } from '../../../shared/contracts/responses.js';
import { readItemHistogram } from '../metrics/item-histogram.repo.js';
import { readHistogram, type HistogramRow } from '../metrics/metrics.repo.js';

const DAY = '2026-11-10';
const at = (day: string, h: number) => `${day}T${String(h).padStart(2, '0')}:00:00Z`;

/** Comments whose reading is not in doubt (the text stage's own tests pin them), with NPS scores. */
const ANSWERS = [
  { score: 2, text: 'I was charged twice and the invoice is still wrong.', channel: 'ticket', c: 'K-1' },
  { score: 3, text: 'Die Rechnung war falsch und niemand hat geantwortet.', channel: 'chat', c: 'K-2' },
  { score: 10, text: 'Great service, thank you so much!', channel: 'chat', c: 'K-1' },
  { score: 9, text: 'Super freundliche Beratung, vielen Dank!', channel: 'call', c: 'K-3' },
  {
    score: 6,
    text: 'The delivery was two weeks late and the parcel was damaged.',
    channel: 'review',
    c: 'K-2',
  },
  { score: 8, text: null, channel: 'review', c: 'K-3' },
  {
    score: 5,
    text: 'Die Lieferung kam zwei Wochen zu spät und die Rechnung war falsch.',
    channel: 'review',
    c: 'K-1',
  },
  { score: 1, text: 'Charged twice again, terrible.', channel: 'ticket', c: 'K-3' },
] as const;

/**
 * Filtering answers by what their comment says, everywhere the drill-down's filters go: the
 * list and its count, the exports, the feedback inbox and the metrics (which count these from
 * the items, since no rollup knows themes), never across organizations.
 */
describe('theme and sentiment filters', () => {
  let t: TestApp;
  let a: { key: string; orgId: string };
  let b: { key: string; orgId: string };

  const get = (url: string, key = a.key) => t.request({ method: 'GET', url, as: { key } });
  async function ok<T>(url: string, key = a.key): Promise<T> {
    const res = await get(url, key);
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res.json() as T;
  }
  async function list(query: string, key = a.key): Promise<TResponse[]> {
    const page = await ok<TResponseList>(`/api/v1/responses?${query}&limit=200`, key);
    expect(page.nextCursor).toBeNull();
    expect(page.total).toBe(page.items.length);
    return page.items;
  }
  const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort();

  async function fill(key: string, prefix: string, day: string) {
    await upsertContacts(t, key, [
      { externalId: 'K-1', segment: 'SMB', region: 'DACH' },
      { externalId: 'K-2', segment: 'Enterprise', region: 'DACH' },
      { externalId: 'K-3', segment: 'SMB', region: 'Nordics' },
    ]);
    const entries = [
      ...ANSWERS.map((x, i) => ({
        channel: x.channel,
        rating: { value: x.score, scaleMin: 0, scaleMax: 10, metric: 'nps' },
        ...(x.text ? { text: x.text } : {}),
        contactExternalId: x.c,
        product: i % 2 === 0 ? 'Pro' : 'Basic',
        occurredAt: at(day, 8 + i),
        externalRef: `${prefix}-${i}`,
      })),
      // Not an answer (no score): the inbox lists it under the same filters, the drill-down does not.
      {
        channel: 'ticket',
        text: 'I was charged twice this month.',
        occurredAt: at(day, 20),
        externalRef: `${prefix}-t`,
      },
    ];
    const res = await t.request({ method: 'POST', url: '/api/v1/feedback', payload: entries, as: { key } });
    expect(res.statusCode, res.body).toBeLessThan(300);
  }

  beforeAll(async () => {
    t = await buildTestApp({ workers: true });
    for (const [name, set] of [
      ['Theme Filters A', (v: { key: string; orgId: string }) => (a = v)],
      ['Theme Filters B', (v: { key: string; orgId: string }) => (b = v)],
    ] as const) {
      const owner = await t.signUp();
      const orgId = (await t.createOrg(owner.cookie, name)).id;
      set({ key: (await t.createApiKey(owner.cookie)).key, orgId });
    }
    await fill(a.key, 'a', DAY);
    // The other organization says the same things about the same themes (and more of them): none may leak into A's figures.
    await fill(b.key, 'b1', DAY);
    await fill(b.key, 'b2', '2026-11-11');
    await settlePipeline(t);
  });
  afterAll(() => t?.close());

  it('lists exactly the answers whose comment mentions the theme or reads with the sentiment, with their count', async () => {
    const all = await list('metric=nps');
    expect(all).toHaveLength(ANSWERS.length);
    const mentions = (r: TResponse, theme: string) => r.analysis?.themes.some((x) => x.id === theme) ?? false;
    const label = (r: TResponse) => r.analysis?.sentiment.label;

    const billing = await list('theme=billing');
    expect(billing.map((r) => r.comment)).toEqual(
      expect.arrayContaining([ANSWERS[0].text, ANSWERS[1].text, ANSWERS[6].text, ANSWERS[7].text]),
    );
    expect(ids(billing)).toEqual(ids(all.filter((r) => mentions(r, 'billing'))));

    const negative = await list('sentiment=negative');
    expect(negative.length).toBeGreaterThanOrEqual(5);
    expect(ids(negative)).toEqual(ids(all.filter((r) => label(r) === 'negative')));
    expect(ids(await list('sentiment=positive'))).toEqual(ids(all.filter((r) => label(r) === 'positive')));

    const both = await list('theme=delivery&sentiment=negative');
    expect(ids(both)).toEqual(ids(all.filter((r) => mentions(r, 'delivery') && label(r) === 'negative')));
    expect(both.length).toBe(2);

    // With the other filters: a period, a category, a segment.
    const narrowed = await list(
      `theme=billing&metric=nps&category=detractor&segment=SMB&from=${DAY}&to=2026-11-11`,
    );
    expect(ids(narrowed)).toEqual(
      ids(billing.filter((r) => r.category === 'detractor' && r.contact?.segment === 'SMB')),
    );
    // An answer without a comment has no sentiment; a theme nobody mentioned, or another day, matches nothing.
    expect((await list('sentiment=neutral')).every((r) => r.comment !== null)).toBe(true);
    expect(await list('theme=no-such-theme')).toEqual([]);
    expect(await list('theme=billing&from=2026-11-11')).toEqual([]);
  });

  it('refuses a malformed theme or sentiment with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['theme=Billing', 'querystring.theme'],
      ['theme=-billing', 'querystring.theme'],
      [`theme=${'a'.repeat(65)}`, 'querystring.theme'],
      ['theme=', 'querystring.theme'],
      ['theme=bill%20ing', 'querystring.theme'],
      ['sentiment=angry', 'querystring.sentiment'],
      ['sentiment=', 'querystring.sentiment'],
    ] as const) {
      for (const path of [
        '/api/v1/responses',
        '/api/v1/exports/responses.csv',
        '/api/v1/feedback',
        '/api/v1/metrics',
      ]) {
        const res = await get(`${path}?${query}`);
        expect(res.statusCode, `${path}?${query}: ${res.body}`).toBe(400);
        expect(res.body, `${path}?${query}`).toContain(field);
      }
    }
  });

  it('filters the feedback inbox the same way, items without a score included', async () => {
    const inbox = await ok<TFeedbackList>('/api/v1/feedback?theme=billing&limit=200');
    const answers = await list('theme=billing');
    expect(inbox.total).toBe(answers.length + 1);
    expect(inbox.items.map((i) => i.text)).toContain('I was charged twice this month.');
    expect(inbox.items.every((i) => i.analysis?.themes.some((x) => x.id === 'billing'))).toBe(true);
  });

  it('exports exactly the listed answers, in every format', async () => {
    const query = 'theme=billing&sentiment=negative';
    const listed = await list(query);
    const res = await get(`/api/v1/exports/responses.csv?${query}&lang=en`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const rows = parse(res.body, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(ids(listed));
    expect(listed.length).toBeGreaterThan(0);
    const xlsx = await get(`/api/v1/exports/responses.xlsx?${query}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('reports metrics of exactly the listed answers, with the same statistics and breakdowns', async () => {
    for (const filter of [
      'theme=billing',
      'sentiment=negative',
      'theme=delivery&sentiment=negative',
      'sentiment=positive',
    ]) {
      const listed = await list(`metric=nps&${filter}`);
      const m = await ok<TMetricsResult>(`/api/v1/metrics?metric=nps&${filter}`);
      const count = (c: string) => listed.filter((r) => r.category === c).length;
      expect(m.overall.n, filter).toBe(listed.length);
      expect([m.overall.promoters, m.overall.passives, m.overall.detractors], filter).toEqual([
        count('promoter'),
        count('passive'),
        count('detractor'),
      ]);
      const scores: Record<string, number> = {};
      for (const r of listed) scores[String(r.score)] = (scores[String(r.score)] ?? 0) + 1;
      expect(m.overall.distribution).toMatchObject(scores);
      if (listed.length > 0) expect(m.overall.ci).not.toBeNull();

      const bySegment = await ok<TMetricsResult>(`/api/v1/metrics?metric=nps&groupBy=segment&${filter}`);
      for (const g of bySegment.groups)
        expect(g.n, `${filter} ${g.key}`).toBe(listed.filter((r) => r.contact?.segment === g.key).length);
      expect(bySegment.overall.n).toBe(listed.length);
      const byMonth = await ok<TMetricsResult>(`/api/v1/metrics?metric=nps&groupBy=month&${filter}`);
      expect(byMonth.groups.map((g) => [g.key, g.n])).toEqual(
        listed.length ? [['2026-11', listed.length]] : [],
      );
    }
    // A dimension filter and a period apply on top, as the drill-down's do.
    const smb = await ok<TMetricsResult>(
      `/api/v1/metrics?metric=nps&theme=billing&segment=SMB&from=${DAY}&to=2026-11-11`,
    );
    expect(smb.overall.n).toBe(
      (await list(`metric=nps&theme=billing&segment=SMB&from=${DAY}&to=2026-11-11`)).length,
    );
    const later = await ok<TMetricsResult>('/api/v1/metrics?metric=nps&theme=billing&from=2026-11-11');
    expect(later.overall.n).toBe(0);
    const csat = await ok<TMetricsResult>('/api/v1/metrics?metric=csat&theme=billing');
    expect(csat.overall.n).toBe(0);
  });

  it('compares two periods under the filters', async () => {
    const res = await ok<TMetricsComparison>(
      '/api/v1/metrics/compare?aFrom=2026-11-01&aTo=2026-11-10&bFrom=2026-11-10&bTo=2026-11-12&theme=billing',
    );
    expect(res.a.n).toBe(0);
    expect(res.b.n).toBe((await list('metric=nps&theme=billing')).length);
    expect(res.comparison).toBeNull();
  });

  it('never counts another organization’s answers of the same theme', async () => {
    // B has the same comments on two days: twice A's numbers, and A's stay its own.
    const aBilling = await list('theme=billing');
    const bBilling = await list('theme=billing', b.key);
    expect(bBilling).toHaveLength(2 * aBilling.length);
    expect(ids(bBilling).filter((id) => ids(aBilling).includes(id))).toEqual([]);
    const aMetrics = await ok<TMetricsResult>('/api/v1/metrics?metric=nps&theme=billing');
    const bMetrics = await ok<TMetricsResult>('/api/v1/metrics?metric=nps&theme=billing', b.key);
    expect(aMetrics.overall.n).toBe(aBilling.length);
    expect(bMetrics.overall.n).toBe(2 * aBilling.length);
    const csv = parse((await get('/api/v1/exports/responses.csv?theme=billing', b.key)).body, {
      bom: true,
      record_delimiter: '\r\n',
    }) as string[][];
    expect(
      csv
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(ids(bBilling));
  });

  it('counts from the items exactly what the rollups hold, for every grouping (the two paths agree)', async () => {
    const db = t.runtime.deps.db;
    const sorted = (rows: HistogramRow[]) =>
      [...rows].sort((x, y) => x.key.localeCompare(y.key) || x.score - y.score);
    const groupings: (TDimension | 'day' | null)[] = [
      null,
      'day',
      'segment',
      'region',
      'channel',
      'product',
      'survey',
      'language',
      'touchpoint',
    ];
    for (const by of groupings) {
      const filter = { metric: 'nps' as const, dimensions: {} };
      const fromRollups = await readHistogram(db, b.orgId, filter, by);
      const fromItems = await readItemHistogram(db, b.orgId, filter, by);
      expect(fromRollups.length, String(by)).toBeGreaterThan(0);
      expect(sorted(fromItems), String(by)).toEqual(sorted(fromRollups));
    }
    const narrowed = {
      metric: 'nps' as const,
      from: '2026-11-11',
      to: '2026-11-12',
      dimensions: { segment: 'SMB', region: 'DACH' },
    };
    expect(sorted(await readItemHistogram(db, b.orgId, narrowed, 'channel'))).toEqual(
      sorted(await readHistogram(db, b.orgId, narrowed, 'channel')),
    );
  });
});

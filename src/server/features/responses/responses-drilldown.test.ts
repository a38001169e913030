import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import type { TMetricsResult } from '../../../shared/contracts/metrics.js';
import type { TResponse, TResponseList } from '../../../shared/contracts/responses.js';
import { rebuildRollups } from '../metrics/rollups.service.js';

const NOW = new Date('2026-03-10T09:00:00Z');

describe('drill-down from a number to the answers behind it', () => {
  let t: TestApp;
  let demo: { cookie: string; orgId: string };
  let other: { cookie: string; key: string; orgId: string };
  let surveyId: string;

  const get = async (url: string, cookie = demo.cookie) => t.request({ method: 'GET', url, as: { cookie } });

  /** Every answer a filter lists, all pages followed. */
  async function listAll(query: string, cookie = demo.cookie): Promise<TResponse[]> {
    const items: TResponse[] = [];
    let cursor: string | null = null;
    let total: number | null = null;
    do {
      const res = await get(
        `/api/v1/responses?${query}&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
        cookie,
      );
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as TResponseList;
      if (!cursor) total = page.total;
      else expect(page.total).toBeNull();
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(total).toBe(items.length);
    return items;
  }

  async function metrics(query: string, cookie = demo.cookie): Promise<TMetricsResult> {
    const res = await get(`/api/v1/metrics?${query}`, cookie);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TMetricsResult;
  }

  beforeAll(async () => {
    t = await buildTestApp({ now: () => NOW });
    const owner = await t.signUp();
    demo = { cookie: owner.cookie, orgId: (await t.createOrg(owner.cookie, 'Drill Demo')).id };
    const fill = await t.request({ method: 'POST', url: '/api/v1/demo', as: { cookie: owner.cookie } });
    if (fill.statusCode !== 201) throw new Error(fill.body);
    const surveys = (await get('/api/v1/surveys')).json() as {
      items: { id: string; metric?: string; name: string }[];
    };
    const first = surveys.items[0];
    if (!first) throw new Error('no demo survey');
    surveyId = first.id;

    const stranger = await t.signUp();
    const orgId = (await t.createOrg(stranger.cookie, 'Other Org')).id;
    other = { cookie: stranger.cookie, key: (await t.createApiKey(stranger.cookie)).key, orgId };
  });
  afterAll(() => t.close());

  it('lists exactly the answers the metrics API counts, for every filter', async () => {
    const cases: { query: string; metrics: string; pick: (m: TMetricsResult) => number | null }[] = [
      { query: 'metric=nps', metrics: 'metric=nps', pick: (m) => m.overall.n },
      {
        query: 'metric=nps&category=detractor&segment=SMB',
        metrics: 'metric=nps&segment=SMB',
        pick: (m) => m.overall.detractors,
      },
      {
        query: 'metric=nps&category=promoter&region=DACH',
        metrics: 'metric=nps&region=DACH',
        pick: (m) => m.overall.promoters,
      },
      {
        query: 'metric=nps&category=passive&segment=Enterprise&region=Nordics',
        metrics: 'metric=nps&segment=Enterprise&region=Nordics',
        pick: (m) => m.overall.passives,
      },
      {
        query: 'metric=nps&product=Analytics&language=de',
        metrics: 'metric=nps&product=Analytics&language=de',
        pick: (m) => m.overall.n,
      },
      {
        query: 'metric=csat&channel=widget',
        metrics: 'metric=csat&channel=widget',
        pick: (m) => m.overall.n,
      },
      {
        query: 'metric=nps&from=2025-01-01&to=2025-04-01',
        metrics: 'metric=nps&from=2025-01-01&to=2025-04-01',
        pick: (m) => m.overall.n,
      },
      {
        query: 'metric=nps&score=10&segment=Mid-Market',
        metrics: 'metric=nps&segment=Mid-Market',
        pick: (m) => m.overall.distribution['10'] ?? 0,
      },
      {
        query: `metric=ces&surveyId=${surveyId}`,
        metrics: `metric=ces&surveyId=${surveyId}`,
        pick: (m) => m.overall.n,
      },
      {
        query: `metric=nps&surveyId=${surveyId}`,
        metrics: `metric=nps&surveyId=${surveyId}`,
        pick: (m) => m.overall.n,
      },
    ];
    let nonEmpty = 0;
    for (const c of cases) {
      const [items, m] = await Promise.all([listAll(c.query), metrics(c.metrics)]);
      expect(items.length, c.query).toBe(c.pick(m));
      if (items.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(8);
  });

  it('carries what a row shows, and each filter holds on every row', async () => {
    const detractors = await listAll('metric=nps&category=detractor&segment=SMB&hasComment=true');
    expect(detractors.length).toBeGreaterThan(10);
    // The demo followed up its customers' latest complaints: some of these answers name their case.
    expect(detractors.some((r) => r.caseId !== null)).toBe(true);
    for (const r of detractors) {
      expect(r).toMatchObject({ metric: 'nps', category: 'detractor', source: null });
      expect(r.score).toBeLessThanOrEqual(6);
      expect(r.contact?.segment).toBe('SMB');
      expect(r.contact?.externalId).toBeTruthy();
      expect(r.comment?.trim()).toBeTruthy();
      expect(r.surveyName).toBeTruthy();
      expect(['de', 'en']).toContain(r.language);
    }
    expect(detractors.some((r) => r.contact?.name)).toBe(true);
    const times = detractors.map((r) => r.createdAt);
    expect(times).toEqual([...times].sort().reverse());

    const [withComment, without, all] = await Promise.all([
      listAll('metric=csat&hasComment=true'),
      listAll('metric=csat&hasComment=false'),
      listAll('metric=csat'),
    ]);
    expect(withComment.length + without.length).toBe(all.length);
    expect(without.every((r) => !r.comment?.trim())).toBe(true);
    expect(withComment.length).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(0);

    // Touchpoint (feedback_items.touchpoint), counted here from the raw items.
    const support = await listAll('metric=ces&touchpoint=support');
    const raw = await t.runtime.deps.db.execute(
      sql`select count(*)::int as n from feedback_items where organization_id = ${demo.orgId} and metric = 'ces' and touchpoint = 'support' and score between 1 and 7`,
    );
    expect(support.length).toBe(Number((raw as unknown as { rows: { n: number }[] }).rows[0]?.n));
    expect(support.length).toBeGreaterThan(0);

    // A day and an ISO time mean the same instant; `to` is exclusive.
    const [days, times2] = await Promise.all([
      listAll('metric=nps&from=2025-06-01&to=2025-07-01'),
      listAll('metric=nps&from=2025-06-01T00:00:00Z&to=2025-07-01T00:00:00.000Z'),
    ]);
    expect(days.map((r) => r.id)).toEqual(times2.map((r) => r.id));
    expect(
      days.every(
        (r) => r.createdAt >= '2025-06-01T00:00:00.000Z' && r.createdAt < '2025-07-01T00:00:00.000Z',
      ),
    ).toBe(true);
  });

  it('exports exactly the listed answers with the same filters', async () => {
    const query = 'metric=nps&category=detractor&segment=SMB&from=2025-01-01';
    const items = await listAll(query);
    const res = await get(`/api/v1/exports/responses.csv?${query}&lang=en`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const rows = parse(res.body, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(rows[0]?.[4]).toBe('Score');
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(items.map((i) => i.id).sort());
    expect(rows.slice(1).every((r) => Number(r[4]) <= 6 && r[9] === 'SMB')).toBe(true);
    const xlsx = await get(`/api/v1/exports/responses.xlsx?${query}`);
    expect(xlsx.statusCode).toBe(200);
    const bad = await get('/api/v1/exports/responses.csv?category=promoter');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('querystring.category');
  });

  it('counts a score sent through the feedback API as the metrics do, and lists it without a survey', async () => {
    await t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: { externalId: 'K-1', segment: 'Retail', name: 'Kim' },
      as: { key: other.key },
    });
    const posted = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: [
        {
          channel: 'call',
          rating: { value: 3, scaleMin: 0, scaleMax: 10, metric: 'nps' },
          text: '=1+1 on the phone',
          occurredAt: '2026-03-01T10:00:00Z',
          contactExternalId: 'K-1',
          touchpoint: 'hotline',
        },
        {
          channel: 'review',
          rating: { value: 2, scaleMin: 1, scaleMax: 5 },
          text: 'stars, not NPS',
          occurredAt: '2026-03-01T11:00:00Z',
        },
      ],
      as: { key: other.key },
    });
    expect(posted.statusCode, posted.body).toBeLessThan(300);
    await rebuildRollups(t.runtime.deps, other.orgId);
    const items = await listAll('metric=nps&category=detractor', other.cookie);
    const m = await metrics('metric=nps', other.cookie);
    expect(items).toHaveLength(m.overall.detractors ?? -1);
    expect(items[0]).toMatchObject({
      surveyId: null,
      surveyName: null,
      channel: 'api',
      source: 'call',
      score: 3,
      scaleMax: 10,
      category: 'detractor',
      contact: { externalId: 'K-1', name: 'Kim', segment: 'Retail' },
    });
    expect((await listAll('channel=call&touchpoint=hotline', other.cookie)).map((i) => i.score)).toEqual([3]);
    // The review's own stars are no answer.
    expect(await listAll('hasComment=true', other.cookie)).toHaveLength(1);
    const csv = parse((await get('/api/v1/exports/responses.csv?metric=nps', other.cookie)).body, {
      bom: true,
      record_delimiter: '\r\n',
    }) as string[][];
    expect(csv).toHaveLength(2);
    expect(csv[1]?.[5]).toBe("'=1+1 on the phone");
  });

  it('refuses bad filters with 400 naming the field', async () => {
    for (const [query, field] of [
      ['category=detractor', 'querystring.category'],
      ['metric=csat&category=promoter', 'querystring.category'],
      ['metric=nps&category=angry', 'querystring.category'],
      ['metric=rating', 'querystring.metric'],
      ['score=11', 'querystring.score'],
      ['score=4.5', 'querystring.score'],
      ['metric=csat&score=7', 'querystring.score'],
      ['hasComment=yes', 'querystring.hasComment'],
      ['from=2025-13-01', 'querystring.from'],
      ['from=2025-06-01&to=2025-05-01', 'querystring.to'],
      ['from=2025-06-01&to=2025-06-01T00:00:00Z', 'querystring.to'],
      ['segment=', 'querystring.segment'],
      [`touchpoint=${'x'.repeat(201)}`, 'querystring.touchpoint'],
      ['channel=fax', 'querystring.channel'],
      ['cursor=bm90LWEtY3Vyc29y', 'querystring.cursor'],
      ['colour=red', 'querystring'],
    ] as const) {
      for (const url of [`/api/v1/responses?${query}`, `/api/v1/exports/responses.csv?${query}`]) {
        if (url.includes('exports') && query.startsWith('cursor')) continue;
        const res = await get(url);
        expect(res.statusCode, url).toBe(400);
        expect(JSON.stringify((res.json() as { error: { details: unknown } }).error.details), url).toContain(
          field,
        );
      }
    }
  });

  it('shows another organization none of these answers', async () => {
    for (const query of [
      'metric=nps',
      'metric=nps&category=detractor&segment=SMB',
      `surveyId=${surveyId}`,
      'contactExternalId=C-0001',
      'touchpoint=support',
    ]) {
      const res = await get(`/api/v1/responses?${query}`, other.cookie);
      expect(res.statusCode).toBe(200);
      for (const item of (res.json() as TResponseList).items) expect(item.surveyId).toBeNull();
    }
    expect(await listAll('segment=SMB', other.cookie)).toHaveLength(0);
    const csv = await get('/api/v1/exports/responses.csv?segment=SMB&metric=nps', other.cookie);
    expect(parse(csv.body, { bom: true, record_delimiter: '\r\n' })).toHaveLength(1);
    expect((await get(`/api/v1/exports/responses.csv?surveyId=${surveyId}`, other.cookie)).statusCode).toBe(
      404,
    );
  });
});

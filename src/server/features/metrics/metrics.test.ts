import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { assessNpsDrop, compareNps } from '../../../domain/metrics/compare-nps.js';
import { csatSummary } from '../../../domain/metrics/csat.js';
import { markSignificantSegments } from '../../../domain/metrics/fdr.js';
import { mulberry32 } from '../../../domain/metrics/mulberry32.js';
import { estimateNps, npsCounts } from '../../../domain/metrics/nps.js';
import { scoreDistribution } from '../../../domain/metrics/score-distribution.js';
import { trendBuckets } from '../../../domain/metrics/trend-buckets.js';
import { weightedNps } from '../../../domain/metrics/weighted-nps.js';
import type { TMetricGroup, TMetricsComparison, TMetricsResult } from '../../../shared/contracts/metrics.js';
import { settlePipeline } from '../../../../test/helpers/pipeline.js';

const NOW = new Date('2026-04-01T12:00:00Z');
const SEGMENTS = ['Enterprise', 'SMB', 'Startup'] as const;
const REGIONS = ['DACH', 'Nordics'] as const;

interface Answer {
  contact: string;
  segment: string;
  region: string;
  revenue: number;
  metric: 'nps' | 'csat';
  score: number;
  at: Date;
  product: string;
  language: string;
}

/** Raw answers generated here and sent through the API; the expected numbers come from them directly. */
function generateAnswers(): {
  contacts: { externalId: string; segment: string; region: string; revenue: number }[];
  answers: Answer[];
} {
  const rng = mulberry32(7);
  const contacts = Array.from({ length: 60 }, (_, i) => ({
    externalId: `c-${i}`,
    segment: SEGMENTS[i % 3] as string,
    region: REGIONS[Math.floor(i / 3) % 2] as string,
    revenue: i % 10 === 0 ? 0 : Math.round(1000 + rng() * 50_000),
  }));
  const answers: Answer[] = [];
  for (let i = 0; i < 420; i++) {
    const c = contacts[Math.floor(rng() * contacts.length)] as (typeof contacts)[number];
    // Enterprise answers better than the rest, so the breakdown has something to find.
    const lift = c.segment === 'Enterprise' ? 3 : c.segment === 'Startup' ? -1 : 0;
    const metric = i % 6 === 5 ? 'csat' : 'nps';
    const score =
      metric === 'nps'
        ? Math.max(0, Math.min(10, Math.round(6 + lift + (rng() - 0.5) * 8)))
        : 1 + Math.floor(rng() * 5);
    const at = new Date(Date.UTC(2026, 0, 1) + Math.floor(rng() * 85 * 86_400_000));
    answers.push({
      contact: c.externalId,
      segment: c.segment,
      region: c.region,
      revenue: c.revenue,
      metric,
      score,
      at,
      product: rng() < 0.5 ? 'Cloud' : 'Edge',
      language: rng() < 0.3 ? 'de' : 'en',
    });
  }
  return { contacts, answers };
}

const near = (a: number | null | undefined, b: number) => expect(a).toBeCloseTo(b, 9);

function expectGroup(group: TMetricGroup | undefined, scores: number[]): void {
  const estimate = estimateNps(npsCounts(scores));
  expect(group?.n).toBe(scores.length);
  expect({ promoters: group?.promoters, passives: group?.passives, detractors: group?.detractors }).toEqual(
    npsCounts(scores),
  );
  near(group?.score, estimate.score);
  near(group?.ci?.low, estimate.ci.low);
  near(group?.ci?.high, estimate.ci.high);
  expect(group?.isThin).toBe(scores.length < 30);
}

describe('metrics API over rollups', () => {
  let t: TestApp;
  let org: { cookie: string; key: string; orgId: string };
  let surveyId: string;
  const { contacts, answers } = generateAnswers();
  const nps = (pick: (a: Answer) => boolean = () => true) =>
    answers.filter((a) => a.metric === 'nps' && pick(a)).map((a) => a.score);

  /** The outbox drained and every stage job done: the rollups are current. */
  const settle = () => settlePipeline(t);

  const metrics = async (query: string): Promise<TMetricsResult> => {
    const res = await t.request({ method: 'GET', url: `/api/v1/metrics?${query}`, as: { key: org.key } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TMetricsResult;
  };

  beforeAll(async () => {
    t = await buildTestApp({ now: () => NOW, workers: true });
    const owner = await t.signUp();
    const { id } = await t.createOrg(owner.cookie, 'Metrics Org');
    org = { cookie: owner.cookie, key: (await t.createApiKey(owner.cookie)).key, orgId: id };
    const up = await t.request({
      method: 'POST',
      url: '/api/v1/contacts',
      payload: contacts,
      as: { key: org.key },
    });
    expect(up.statusCode, up.body).toBe(200);
    const payload = answers.map((a, i) => ({
      channel: 'other',
      source: 'kiosk',
      rating: {
        value: a.score,
        scaleMin: a.metric === 'nps' ? 0 : 1,
        scaleMax: a.metric === 'nps' ? 10 : 5,
        metric: a.metric,
      },
      occurredAt: a.at.toISOString(),
      product: a.product,
      language: a.language,
      contactExternalId: a.contact,
      externalRef: `ref-${i}`,
    }));
    // A source's own stars are not NPS, however they are scaled.
    payload.push({
      ...payload[0],
      rating: { value: 10, scaleMin: 0, scaleMax: 10, metric: 'rating' as 'nps' },
      externalRef: 'stars',
    } as (typeof payload)[number]);
    const res = await t.request({ method: 'POST', url: '/api/v1/feedback', payload, as: { key: org.key } });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { created: number }).created).toBe(answers.length + 1);
    await settle();
  });
  afterAll(() => t.close());

  it('reports the overall NPS with n, categories and the adjusted-Wald interval of the raw answers', async () => {
    const body = await metrics('metric=nps');
    expectGroup(body.overall, nps());
    expect(body.groups).toEqual([]);
    const distribution = scoreDistribution(nps());
    expect(body.overall.distribution).toEqual(
      Object.fromEntries(Object.entries(distribution).map(([k, v]) => [k, v])),
    );
  });

  it('trends by week, month and quarter with the domain buckets, thin ones flagged', async () => {
    for (const granularity of ['week', 'month', 'quarter'] as const) {
      const body = await metrics(`metric=nps&groupBy=${granularity}`);
      const expected = trendBuckets(
        answers.filter((a) => a.metric === 'nps').map((a) => ({ at: a.at, score: a.score })),
        granularity,
      );
      expect(body.groups.map((g) => g.key)).toEqual(expected.map((b) => b.key));
      for (const [i, bucket] of expected.entries()) {
        const group = body.groups[i];
        expect(group?.start).toBe(bucket.start.toISOString().slice(0, 10));
        near(group?.score, bucket.estimate.score);
        near(group?.ci?.low, bucket.estimate.ci.low);
        expect(group?.isThin).toBe(bucket.isThin);
      }
    }
  });

  it('breaks down by segment with Benjamini–Hochberg marks against the rest and the detectable difference where it cannot tell', async () => {
    const body = await metrics('metric=nps&groupBy=segment');
    expect(body.groups.map((g) => g.key).sort()).toEqual([...SEGMENTS].sort());
    const tests = SEGMENTS.map((s) => {
      const own = npsCounts(nps((a) => a.segment === s));
      const rest = npsCounts(nps((a) => a.segment !== s));
      return {
        key: s,
        n: own.promoters + own.passives + own.detractors,
        pValue: compareNps(rest, own).pValue,
      };
    });
    const marks = markSignificantSegments(tests);
    for (const mark of marks) {
      const group = body.groups.find((g) => g.key === mark.key);
      expectGroup(
        group,
        nps((a) => a.segment === mark.key),
      );
      near(group?.significance?.pValue, mark.pValue);
      near(group?.significance?.adjustedP ?? Number.NaN, mark.adjustedP ?? Number.NaN);
      expect(group?.significance?.significant).toBe(mark.significant);
      if (mark.significant) expect(group?.significance?.minDetectableDifference).toBeNull();
      else expect(group?.significance?.minDetectableDifference).toBeGreaterThan(0);
    }
    // The generated Enterprise lift is large enough to be found.
    expect(body.groups.find((g) => g.key === 'Enterprise')?.significance?.significant).toBe(true);
  });

  it('filters by several dimensions at once and by date range', async () => {
    const body = await metrics(
      'metric=nps&segment=SMB&region=DACH&product=Cloud&groupBy=language&from=2026-02-01&to=2026-03-01',
    );
    const pick = (a: Answer) =>
      a.segment === 'SMB' &&
      a.region === 'DACH' &&
      a.product === 'Cloud' &&
      a.at >= new Date('2026-02-01T00:00:00Z') &&
      a.at < new Date('2026-03-01T00:00:00Z');
    expectGroup(body.overall, nps(pick));
    for (const language of ['de', 'en'])
      expectGroup(
        body.groups.find((g) => g.key === language),
        nps((a) => pick(a) && a.language === language),
      );
  });

  it('puts the revenue-weighted NPS next to the unweighted one', async () => {
    const body = await metrics('metric=nps&weighted=true&groupBy=region');
    const direct = weightedNps(
      answers.filter((a) => a.metric === 'nps').map((a) => ({ score: a.score, weight: a.revenue })),
    );
    expect(body.overall.weighted?.n).toBe(direct.n);
    expect(body.overall.weighted?.score).toBeCloseTo(direct.score, 8);
    expect(body.overall.weighted?.ci?.low).toBeCloseTo(direct.ci?.low ?? Number.NaN, 8);
    expect(body.overall.weighted?.effectiveN).toBeCloseTo(direct.effectiveN, 6);
    const dach = weightedNps(
      answers
        .filter((a) => a.metric === 'nps' && a.region === 'DACH')
        .map((a) => ({ score: a.score, weight: a.revenue })),
    );
    expect(body.groups.find((g) => g.key === 'DACH')?.weighted?.score).toBeCloseTo(dach.score, 8);
    expect((await metrics('metric=nps')).overall.weighted).toBeNull();
  });

  it('reports CSAT as top-2-box with its Wilson interval and the mean', async () => {
    const body = await metrics('metric=csat');
    const summary = csatSummary(
      scoreDistribution(answers.filter((a) => a.metric === 'csat').map((a) => a.score)),
    );
    expect(body.overall.n).toBe(summary.n);
    near(body.overall.score, summary.topTwoBox.percent);
    near(body.overall.ci?.low, summary.topTwoBox.low);
    near(body.overall.mean?.value, summary.mean.mean);
    expect(body.overall.promoters).toBeNull();
  });

  it('compares two periods with the difference, its interval, p and the drop state', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/metrics/compare?aFrom=2026-01-01&aTo=2026-02-01&bFrom=2026-02-01&bTo=2026-03-01&segment=SMB',
      as: { key: org.key },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as TMetricsComparison;
    const inMonth = (a: Answer, m: number) => a.segment === 'SMB' && a.at.getUTCMonth() === m;
    const drop = assessNpsDrop(npsCounts(nps((a) => inMonth(a, 0))), npsCounts(nps((a) => inMonth(a, 1))));
    near(body.comparison?.difference, drop.comparison.difference);
    near(body.comparison?.pValue, drop.comparison.pValue);
    near(body.comparison?.ci.low, drop.comparison.ci.low);
    expect(body.comparison?.drop.verdict).toBe(drop.verdict);
    expect(body.comparison?.drop.answersNeededPerPeriod).toBe(drop.answersNeededPerPeriod);
    const empty = await t.request({
      method: 'GET',
      url: '/api/v1/metrics/compare?aFrom=2020-01-01&aTo=2020-02-01&bFrom=2026-02-01&bTo=2026-03-01',
      as: { key: org.key },
    });
    expect((empty.json() as TMetricsComparison).comparison).toBeNull();
  });

  it('counts a new answer and a changed score once the job has run, and a survey answer under its survey and channel', async () => {
    const before = await metrics('metric=nps');
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/feedback',
      payload: {
        channel: 'other',
        rating: { value: 0, scaleMin: 0, scaleMax: 10, metric: 'nps' },
        occurredAt: '2026-03-20T10:00:00Z',
        contactExternalId: 'c-1',
        externalRef: 'late',
      },
      as: { key: org.key },
    });
    const itemId = (created.json() as { items: { id: string }[] }).items[0]?.id ?? '';
    await settle();
    expectGroup((await metrics('metric=nps')).overall, [...nps(), 0]);
    expect((await metrics('metric=nps')).overall.n).toBe(before.overall.n + 1);

    // A score changes (as a later answer to the same invitation does): item updated and announced.
    await t.runtime.deps.db.execute(
      sql`update feedback_items set score = 10, version = version + 1 where id = ${itemId}`,
    );
    await t.runtime.deps.db.execute(
      sql`insert into pipeline_outbox (organization_id, topic, subject_id, version) select organization_id, 'item.updated', id, version from feedback_items where id = ${itemId}`,
    );
    await settle();
    expectGroup((await metrics('metric=nps')).overall, [...nps(), 10]);

    const survey = await t.request({
      method: 'POST',
      url: '/api/v1/surveys',
      payload: { name: 'Rel', template: 'relationship-nps' },
      as: { key: org.key },
    });
    surveyId = (survey.json() as { id: string }).id;
    await t.request({
      method: 'POST',
      url: `/api/v1/surveys/${surveyId}/status`,
      payload: { status: 'live' },
      as: { key: org.key },
    });
    for (const score of [9, 3]) {
      const r = await t.request({
        method: 'POST',
        url: '/api/v1/responses',
        payload: {
          surveyId,
          contactExternalId: 'c-2',
          answers: { nps: score },
          occurredAt: '2026-03-21T08:00:00Z',
        },
        as: { key: org.key },
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    await settle();
    const bySurvey = await metrics(`metric=nps&groupBy=survey&surveyId=${surveyId}`);
    expect(bySurvey.overall.n).toBe(2);
    expect(bySurvey.groups.map((g) => [g.key, g.n])).toEqual([[surveyId, 2]]);
    const byChannel = await metrics('metric=nps&groupBy=channel');
    expect(byChannel.groups.find((g) => g.key === 'api')?.n).toBe(2);
    expect(byChannel.groups.find((g) => g.key === 'other')?.n).toBe(nps().length + 1);
  });

  it('refuses unknown metrics, groupings and parameters naming the field, foreign surveys with 404, and agents with 403', async () => {
    for (const [query, field] of [
      ['metric=nsp', 'querystring.metric'],
      ['groupBy=weekday', 'querystring.groupBy'],
      ['from=2026-13-01', 'querystring.from'],
      ['from=2026-03-01&to=2026-02-01', 'querystring.to'],
      ['colour=red', 'querystring'],
    ] as const) {
      const res = await t.request({ method: 'GET', url: `/api/v1/metrics?${query}`, as: { key: org.key } });
      expect(res.statusCode, query).toBe(400);
      expect(JSON.stringify((res.json() as { error: { details: unknown } }).error.details), query).toContain(
        field,
      );
    }
    const csat = await t.request({
      method: 'GET',
      url: '/api/v1/metrics/compare?metric=csat&aFrom=2026-01-01&aTo=2026-02-01&bFrom=2026-02-01&bTo=2026-03-01',
      as: { key: org.key },
    });
    expect(csat.statusCode).toBe(400);
    expect(csat.body).toContain('metric');
    const foreign = await t.request({
      method: 'GET',
      url: '/api/v1/metrics?surveyId=00000000-0000-4000-8000-000000000000',
      as: { key: org.key },
    });
    expect(foreign.statusCode).toBe(404);
    const agent = await t.addMember(org.orgId, 'agent');
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/metrics', as: { cookie: agent.cookie } })).statusCode,
    ).toBe(403);
    const analyst = await t.addMember(org.orgId, 'analyst');
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/metrics', as: { cookie: analyst.cookie } })).statusCode,
    ).toBe(200);
  });
});

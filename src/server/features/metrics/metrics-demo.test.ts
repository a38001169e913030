import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { cesSummaryOfDistribution } from '../../../domain/metrics/ces.js';
import {
  compareProportions,
  minDetectableProportionDifference,
} from '../../../domain/metrics/compare-proportions.js';
import { csatSummary } from '../../../domain/metrics/csat.js';
import { markSignificantSegments } from '../../../domain/metrics/fdr.js';
import { estimateNps, npsCounts } from '../../../domain/metrics/nps.js';
import { scoreDistribution } from '../../../domain/metrics/score-distribution.js';
import { trendBuckets } from '../../../domain/metrics/trend-buckets.js';
import type { TMetricsComparison, TMetricsResult } from '../../../shared/contracts/metrics.js';
import { rebuildRollups } from './rollups.service.js';

const NOW = new Date('2026-03-10T09:00:00Z');

interface RawAnswer {
  metric: string;
  score: number;
  at: Date;
  segment: string;
  region: string;
  touchpoint: string;
}

describe('metrics of the demo workspace', () => {
  let t: TestApp;
  let org: { cookie: string; orgId: string };
  let raw: RawAnswer[];

  const metrics = async (query: string): Promise<TMetricsResult> => {
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/metrics?${query}`,
      as: { cookie: org.cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TMetricsResult;
  };

  beforeAll(async () => {
    t = await buildTestApp({ now: () => NOW });
    const owner = await t.signUp();
    org = { cookie: owner.cookie, orgId: (await t.createOrg(owner.cookie, 'Demo Metrics')).id };
    const demo = await t.request({ method: 'POST', url: '/api/v1/demo', as: { cookie: org.cookie } });
    expect(demo.statusCode, demo.body).toBe(201);
    // The raw answers, read with a plain query over the items (no rollups, no job).
    const res = await t.runtime.deps.db.execute(sql`
      select fi.metric, fi.score, fi.occurred_at as at, coalesce(c.segment, '') as segment, coalesce(c.region, '') as region, coalesce(fi.touchpoint, '') as touchpoint
      from feedback_items fi left join contacts c on c.id = fi.contact_id
      where fi.organization_id = ${org.orgId} and fi.metric in ('nps', 'csat', 'ces') and fi.score is not null`);
    raw = (
      res as unknown as {
        rows: {
          metric: string;
          score: number;
          at: Date | string;
          segment: string;
          region: string;
          touchpoint: string;
        }[];
      }
    ).rows.map((r) => ({ ...r, at: new Date(r.at) }));
    expect(raw.filter((r) => r.metric === 'nps').length).toBeGreaterThan(300);
  });
  afterAll(() => t.close());

  const scores = (metric: string, pick: (r: RawAnswer) => boolean = () => true) =>
    raw.filter((r) => r.metric === metric && pick(r)).map((r) => r.score);

  it('is filled right after the demo fill: overall, by segment and by month equal the raw answers', async () => {
    const overall = await metrics('metric=nps');
    const expected = estimateNps(npsCounts(scores('nps')));
    expect(overall.overall.n).toBe(expected.n);
    expect(overall.overall.score).toBeCloseTo(expected.score, 9);
    expect(overall.overall.ci?.high).toBeCloseTo(expected.ci.high, 9);

    const bySegment = await metrics('metric=nps&groupBy=segment');
    const segments = [...new Set(raw.map((r) => r.segment))];
    expect(bySegment.groups.map((g) => g.key).sort()).toEqual(
      segments.filter((s) => scores('nps', (r) => r.segment === s).length > 0).sort(),
    );
    for (const group of bySegment.groups) {
      const e = estimateNps(npsCounts(scores('nps', (r) => r.segment === group.key)));
      expect([group.n, group.promoters, group.detractors]).toEqual([e.n, e.promoters, e.detractors]);
      expect(group.score).toBeCloseTo(e.score, 9);
    }

    const byMonth = await metrics('metric=nps&groupBy=month');
    const buckets = trendBuckets(
      raw.filter((r) => r.metric === 'nps').map((r) => ({ at: r.at, score: r.score })),
      'month',
    );
    expect(byMonth.groups.map((g) => [g.key, g.n])).toEqual(buckets.map((b) => [b.key, b.n]));
  });

  it('reports CSAT and CES of the demo as the raw answers give them', async () => {
    const csat = csatSummary(scoreDistribution(scores('csat')));
    const ces = cesSummaryOfDistribution(1, scoreDistribution(scores('ces')));
    const [c, e] = await Promise.all([metrics('metric=csat'), metrics('metric=ces&groupBy=region')]);
    expect(c.overall.n).toBe(csat.n);
    expect(c.overall.score).toBeCloseTo(csat.topTwoBox.percent, 9);
    expect(e.overall.score).toBeCloseTo(ces.agree.percent, 9);
    expect(e.overall.mean?.value).toBeCloseTo(ces.mean.mean, 9);
    for (const group of e.groups) expect(group.n).toBe(scores('ces', (r) => r.region === group.key).length);
  });

  it('breaks every metric down by touchpoint exactly as a direct count over the items', async () => {
    for (const metric of ['nps', 'csat', 'ces'] as const) {
      const byTouchpoint = await metrics(`metric=${metric}&groupBy=touchpoint`);
      const touchpoints = [
        ...new Set(raw.filter((r) => r.metric === metric).map((r) => r.touchpoint)),
      ].sort();
      // The demo names a touchpoint on every survey answer (relationship, support, onboarding, …).
      expect(touchpoints.length).toBeGreaterThan(0);
      expect(touchpoints).not.toContain('');
      expect(byTouchpoint.groups.map((g) => g.key).sort()).toEqual(touchpoints);
      for (const group of byTouchpoint.groups) {
        const own = scores(metric, (r) => r.touchpoint === group.key);
        expect(group.n).toBe(own.length);
        expect(group.distribution).toEqual(scoreDistribution(own));
      }
    }
    // As a filter, alone and with another dimension (the grain with all dimensions), and in the comparison.
    const support = await metrics('metric=csat&touchpoint=support&groupBy=segment');
    expect(support.overall.n).toBe(scores('csat', (r) => r.touchpoint === 'support').length);
    for (const group of support.groups)
      expect(group.n).toBe(
        scores('csat', (r) => r.touchpoint === 'support' && r.segment === group.key).length,
      );
    const relationship = await metrics('metric=nps&touchpoint=relationship&groupBy=month');
    expect(relationship.overall.n).toBe(scores('nps', (r) => r.touchpoint === 'relationship').length);
    const compare = await t.request({
      method: 'GET',
      url: '/api/v1/metrics/compare?aFrom=2000-01-01&aTo=2026-01-01&bFrom=2026-01-01&bTo=2100-01-01&touchpoint=relationship',
      as: { cookie: org.cookie },
    });
    expect(compare.statusCode, compare.body).toBe(200);
    const cut = new Date('2026-01-01T00:00:00Z');
    expect((compare.json() as TMetricsComparison).b.n).toBe(
      scores('nps', (r) => r.touchpoint === 'relationship' && r.at >= cut).length,
    );
  });

  it('marks CSAT and CES breakdowns on their headline share: two-proportion test against the rest, Benjamini–Hochberg, detectable difference', async () => {
    for (const [metric, from, by] of [
      ['csat', 4, 'touchpoint'],
      ['ces', 5, 'segment'],
      ['csat', 4, 'region'],
    ] as const) {
      const body = await metrics(`metric=${metric}&groupBy=${by}`);
      const share = (pick: (r: RawAnswer) => boolean) => {
        const own = scores(metric, pick);
        return { successes: own.filter((s) => s >= from).length, n: own.length };
      };
      const tests = body.groups.map((g) => {
        const own = share((r) => r[by] === g.key);
        const rest = share((r) => r[by] !== g.key);
        return { key: g.key, n: own.n, own, rest, comparison: compareProportions(rest, own) };
      });
      const marks = markSignificantSegments(
        tests.map((x) => ({ key: x.key, n: x.n, pValue: x.comparison.pValue })),
      );
      for (const [i, mark] of marks.entries()) {
        const test = tests[i] as (typeof tests)[number];
        const sig = body.groups.find((g) => g.key === mark.key)?.significance;
        expect(sig?.difference).toBeCloseTo(test.comparison.difference, 9);
        expect(sig?.difference).toBeCloseTo(
          100 * (test.own.successes / test.own.n - test.rest.successes / test.rest.n),
          9,
        );
        expect(sig?.pValue).toBeCloseTo(mark.pValue, 12);
        expect(sig?.adjustedP ?? null).toEqual(
          mark.adjustedP === null ? null : expect.closeTo(mark.adjustedP, 12),
        );
        expect([sig?.significant, sig?.tooFewAnswers]).toEqual([mark.significant, mark.tooFewAnswers]);
        expect(sig?.minDetectableDifference ?? null).toEqual(
          mark.significant ? null : expect.closeTo(minDetectableProportionDifference(test.own, test.rest), 9),
        );
      }
    }
  });

  it('rebuilds to the same rows, and follows a contact that moved segment after a rebuild', async () => {
    const count = async () =>
      Number(
        (
          (await t.runtime.deps.db.execute(
            sql`select count(*)::int as n, sum(n)::int as answers from metric_rollups where organization_id = ${org.orgId}`,
          )) as unknown as { rows: { n: number }[] }
        ).rows[0]?.n,
      );
    const before = await count();
    await rebuildRollups({ db: t.runtime.deps.db }, org.orgId);
    expect(await count()).toBe(before);

    const moved = await t.runtime.deps.db.execute(sql`
      update contacts set segment = 'Moved' where id = (
        select contact_id from feedback_items where organization_id = ${org.orgId} and metric = 'nps' and contact_id is not null limit 1)
      returning id`);
    const movedId = (moved as unknown as { rows: { id: string }[] }).rows[0]?.id ?? '';
    const expectedMoved = Number(
      (
        (await t.runtime.deps.db.execute(
          sql`select count(*)::int as n from feedback_items where contact_id = ${movedId} and metric = 'nps' and score is not null`,
        )) as unknown as { rows: { n: number }[] }
      ).rows[0]?.n,
    );
    expect((await metrics('metric=nps&segment=Moved')).overall.n).toBe(0);
    await rebuildRollups({ db: t.runtime.deps.db }, org.orgId);
    expect((await metrics('metric=nps&segment=Moved')).overall.n).toBe(expectedMoved);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import type { TWorkspaceSummary } from '../../../shared/contracts/workspace.js';
import { rebuildRollups } from '../metrics/rollups.service.js';

const NOW = new Date('2026-03-10T09:00:00Z');
const URL = '/api/v1/workspace/summary';
const daysAgo = (d: number, minutes = 0) =>
  new Date(NOW.getTime() - d * 86_400_000 - minutes * 60_000).toISOString();

/** Scored answers per metric counted straight from the items: what the summary reported before it read the rollups. */
async function rawScoredByMetric(
  t: TestApp,
  organizationId: string,
): Promise<{ metric: string; n: number }[]> {
  const result = await t.runtime.deps.db.execute(sql`
    select metric, count(*)::int as n from feedback_items
    where organization_id = ${organizationId} and metric is not null and score is not null
    group by metric order by count(*) desc, metric`);
  return (result as unknown as { rows: { metric: string; n: number | string }[] }).rows.map((r) => ({
    metric: r.metric,
    n: Number(r.n),
  }));
}

describe('workspace summary: scored answers from the rollups', () => {
  let t: TestApp;
  let orgId: string;
  let cookie: string;
  let key: { key: string };

  beforeAll(async () => {
    t = await buildTestApp({ now: () => NOW });
    const owner = await t.signUp();
    cookie = owner.cookie;
    orgId = (await t.createOrg(owner.cookie, 'Rollup Counts')).id;
    key = { key: (await t.createApiKey(owner.cookie)).key };
    // Answers of every survey metric over several days and languages, a source's stars, and items without a score.
    const items: object[] = [];
    for (let i = 0; i < 23; i += 1) {
      const rating = { value: i % 11, scaleMin: 0, scaleMax: 10, metric: 'nps' };
      items.push({
        channel: 'email',
        text: `nps ${i}`,
        rating,
        occurredAt: daysAgo(i % 6, i),
        language: i % 2 ? 'de' : 'en',
      });
    }
    for (let i = 0; i < 9; i += 1) {
      items.push({
        channel: 'chat',
        rating: { value: 1 + (i % 5), scaleMin: 1, scaleMax: 5, metric: 'csat' },
        occurredAt: daysAgo(i % 3, i),
      });
    }
    for (let i = 0; i < 5; i += 1) {
      items.push({
        channel: 'ticket',
        rating: { value: 1 + (i % 7), scaleMin: 1, scaleMax: 7, metric: 'ces' },
        occurredAt: daysAgo(i, i),
      });
    }
    for (let i = 0; i < 12; i += 1) {
      const rating = { value: 1 + (i % 5), scaleMin: 1, scaleMax: 5 };
      items.push({
        channel: 'review',
        source: 'Google Reviews',
        text: `stars ${i}`,
        rating,
        occurredAt: daysAgo(i % 4, i),
      });
    }
    for (let i = 0; i < 7; i += 1)
      items.push({ channel: 'social', text: `no score ${i}`, occurredAt: daysAgo(i, i) });
    const res = await t.request({ method: 'POST', url: '/api/v1/feedback', payload: items, as: key });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json(), res.body).toMatchObject({ created: items.length });
  });
  afterAll(() => t.close());

  const summary = async () => {
    const res = await t.request({ method: 'GET', url: URL, as: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TWorkspaceSummary;
  };

  it('after the rollups run, reports per metric exactly what counting the scored items gives', async () => {
    await rebuildRollups({ db: t.runtime.deps.db }, orgId);
    const { byMetric, feedbackItems } = await summary();
    expect(byMetric).toEqual([
      { metric: 'nps', n: 23 },
      { metric: 'rating', n: 12 },
      { metric: 'csat', n: 9 },
      { metric: 'ces', n: 5 },
    ]);
    expect(byMetric).toEqual(await rawScoredByMetric(t, orgId));
    // Items without a score are no rollup's: the item count still includes them.
    expect(feedbackItems).toBe(23 + 9 + 5 + 12 + 7);
  });

  it('reads the survey metrics from the rollups, not the items: without rollup rows only the stars remain', async () => {
    await t.runtime.deps.db.execute(sql`delete from metric_rollups where organization_id = ${orgId}`);
    expect((await summary()).byMetric).toEqual([{ metric: 'rating', n: 12 }]);
    await rebuildRollups({ db: t.runtime.deps.db }, orgId);
    expect((await summary()).byMetric).toEqual(await rawScoredByMetric(t, orgId));
  });
});

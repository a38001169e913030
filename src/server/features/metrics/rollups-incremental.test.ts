import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-test-app.js';
import { settlePipeline } from '../../../../test/helpers/pipeline.js';
import { rebuildRollups } from './rollups.service.js';

type Rows<T> = { rows: T[] };
interface RollupRow {
  metric: string;
  grain: string;
  day: string;
  survey: string;
  channel: string;
  segment: string;
  region: string;
  product: string;
  language: string;
  touchpoint: string;
  score: number;
  n: number;
  weighted_n: number;
  sum_weight: number;
}

/** Any sequence of writes (new items, changed scores, merges, erasures) leaves the incrementally kept rollups equal to a rebuild from the raw items. */
describe('incremental rollups', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await buildTestApp({ workers: true });
  });
  afterAll(async () => {
    await t.close();
  });

  const rollups = async (orgId: string) =>
    (
      (await t.runtime.deps.db.execute(
        sql`select metric, grain, day::text as day, survey, channel, segment, region, product, language, touchpoint, score, n, weighted_n, round(sum_weight::numeric, 6)::float8 as sum_weight
            from metric_rollups where organization_id = ${orgId} order by metric, grain, day, survey, channel, segment, region, product, language, touchpoint, score`,
      )) as unknown as Rows<RollupRow>
    ).rows;

  const op = fc.oneof(
    fc.record({
      kind: fc.constant('item' as const),
      contact: fc.integer({ min: 0, max: 5 }),
      score: fc.integer({ min: 0, max: 10 }),
      day: fc.integer({ min: 1, max: 4 }),
      product: fc.constantFrom('app', 'web'),
    }),
    fc.record({
      kind: fc.constant('rescore' as const),
      pick: fc.nat(),
      score: fc.integer({ min: 0, max: 10 }),
    }),
    fc.record({
      kind: fc.constant('merge' as const),
      into: fc.integer({ min: 0, max: 5 }),
      from: fc.integer({ min: 0, max: 5 }),
    }),
    fc.record({ kind: fc.constant('erase' as const), contact: fc.integer({ min: 0, max: 5 }) }),
  );

  it('equal a rebuild after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 14 }), async (ops) => {
        const owner = await t.signUp();
        const orgId = (await t.createOrg(owner.cookie)).id;
        const key = (await t.createApiKey(owner.cookie)).key;
        const contacts = Array.from({ length: 6 }, (_, i) => ({
          externalId: `c${i}`,
          segment: i % 2 ? 'smb' : 'enterprise',
          region: i % 3 ? 'DACH' : 'UK',
          revenue: i * 1000,
        }));
        expect(
          (await t.request({ method: 'POST', url: '/api/v1/contacts', payload: contacts, as: { key } }))
            .statusCode,
        ).toBeLessThan(300);
        const items: string[] = [];
        for (const o of ops) {
          if (o.kind === 'item') {
            const res = await t.request({
              method: 'POST',
              url: '/api/v1/feedback',
              payload: {
                channel: 'review',
                product: o.product,
                rating: { value: o.score, scaleMin: 0, scaleMax: 10, metric: 'nps' },
                contactExternalId: `c${o.contact}`,
                occurredAt: `2026-11-0${o.day}T10:00:00Z`,
              },
              as: { key },
            });
            if (res.statusCode === 201 || res.statusCode === 200)
              items.push((res.json() as { items: Array<{ id: string }> }).items[0]?.id ?? '');
          } else if (o.kind === 'rescore' && items.length > 0) {
            const id = items[o.pick % items.length] ?? '';
            await t.runtime.deps.db.execute(sql`
              with changed as (update feedback_items set score = ${o.score}, version = version + 1 where id = ${id} returning organization_id, id, version)
              insert into pipeline_outbox (organization_id, topic, subject_id, version) select organization_id, 'item.updated', id, version from changed`);
          } else if (o.kind === 'merge' && o.into !== o.from) {
            await t.request({
              method: 'POST',
              url: `/api/v1/contacts/c${o.into}/merge`,
              payload: { from: `c${o.from}` },
              as: { key },
            });
          } else if (o.kind === 'erase') {
            await t.request({ method: 'DELETE', url: `/api/v1/contacts/c${o.contact}`, as: { key } });
          }
          // Some writes are processed between others, some together: both orders must come out the same.
          if (o.kind !== 'item') await settlePipeline(t);
        }
        await settlePipeline(t);
        const incremental = await rollups(orgId);
        await rebuildRollups(t.runtime.deps, orgId);
        expect(incremental).toEqual(await rollups(orgId));
      }),
      { numRuns: 6 },
    );
  });
});

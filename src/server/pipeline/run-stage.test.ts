import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/build-test-app.js';
import type { PipelineEvent, StageBatch } from './catalog.js';
import { runStageBatch } from './run-stage.js';
import { defineStage } from './stage.js';

type Rows<T> = { rows: T[] };

/** A stage that records each event it is handed and dwells in its transaction, so two jobs overlap. */
const handled: string[] = [];
const dwelling = defineStage({
  name: 'test-dwell',
  consumes: ['item.created', 'item.updated'],
  async handle(_organizationId, events) {
    for (const e of events) handled.push(`${e.subjectId}:${e.version}`);
    await new Promise((r) => setTimeout(r, 300));
  },
});

describe('a stage batch and its marks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const event = (subjectId: string, version: number, seq: number): PipelineEvent => ({
    seq,
    topic: version === 1 ? 'item.created' : 'item.updated',
    subjectId,
    version,
    at: new Date().toISOString(),
  });
  const run = (batch: StageBatch) => runStageBatch(t.runtime.jobContext, dwelling, batch);
  const marks = async (ids: string[]) =>
    (
      (await t.runtime.deps.db.execute(
        sql`select subject_id, version from pipeline_marks where stage = ${dwelling.name} and subject_id = any(${sql.param(ids)}::uuid[]) order by subject_id`,
      )) as unknown as Rows<{ subject_id: string; version: number }>
    ).rows.map((r) => [r.subject_id, Number(r.version)]);

  it('hands a version over once, when two jobs carry the same new subjects at the same time', async () => {
    handled.length = 0;
    const ids = [randomUUID(), randomUUID(), randomUUID()].sort();
    const batch: StageBatch = {
      organizationId: 'org-marks',
      events: ids.map((id, i) => event(id, 1, i + 1)),
    };
    const [a, b] = await Promise.all([run(batch), run(batch)]);
    expect(a.processed + b.processed).toBe(3);
    expect([...handled].sort()).toEqual(ids.map((id) => `${id}:1`));
    expect(await marks(ids)).toEqual(ids.map((id) => [id, 1]));
  });

  it('raises a seen subject’s mark for a newer version and skips an older one', async () => {
    handled.length = 0;
    const id = randomUUID();
    await run({ organizationId: 'org-marks', events: [event(id, 1, 1), event(id, 2, 2)] });
    expect(handled).toEqual([`${id}:1`, `${id}:2`]);
    expect(await marks([id])).toEqual([[id, 2]]);
    await run({ organizationId: 'org-marks', events: [event(id, 3, 3)] });
    await run({ organizationId: 'org-marks', events: [event(id, 2, 2)] });
    expect(handled).toEqual([`${id}:1`, `${id}:2`, `${id}:3`]);
    expect(await marks([id])).toEqual([[id, 3]]);
  });

  it('keeps no mark when the handler fails: the next delivery hands the version over again', async () => {
    const id = randomUUID();
    const failing = defineStage({
      name: 'test-dwell',
      consumes: ['item.created'],
      handle() {
        return Promise.reject(new Error('fails on purpose'));
      },
    });
    await expect(
      runStageBatch(t.runtime.jobContext, failing, {
        organizationId: 'org-marks',
        events: [event(id, 1, 1)],
      }),
    ).rejects.toThrow('fails on purpose');
    expect(await marks([id])).toEqual([]);
    handled.length = 0;
    await run({ organizationId: 'org-marks', events: [event(id, 1, 1)] });
    expect(handled).toEqual([`${id}:1`]);
  });
});

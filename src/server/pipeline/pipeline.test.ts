import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/build-test-app.js';
import { settlePipeline } from '../../../test/helpers/pipeline.js';
import { STAGES } from '../jobs/registry.js';
import { pipelineReplayCommand } from '../cli/pipeline-replay.command.js';
import { recordResponse } from '../features/responses/record-response.service.js';
import { ITEM_TOPICS, type PipelineTopic } from './catalog.js';
import { drainOutbox } from './drain-outbox.js';
import { defineStage } from './stage.js';

type Rows<T> = { rows: T[] };

/** How often the next runs of stage "b" throw before they succeed. */
let failuresLeft = 0;

/**
 * Two throw-away stages that write each event they are handed into a table, in the stage's
 * transaction: a row per delivery, so a second delivery of one item version would show.
 */
const recording = (name: string, fail: boolean) =>
  defineStage({
    name,
    consumes: ITEM_TOPICS,
    batchSize: 100,
    retryDelaySeconds: 1,
    async handle(organizationId, events, ctx) {
      for (const e of events) {
        await ctx.db.execute(
          sql`insert into test_stage_log (stage, organization_id, subject_id, topic, version) values (${name}, ${organizationId}, ${e.subjectId}, ${e.topic}, ${e.version})`,
        );
      }
      if (fail && failuresLeft > 0) {
        failuresLeft--;
        throw new Error('stage b fails on purpose');
      }
    },
  });

const stageA = recording('test-a', false);
const stageB = recording('test-b', true);

describe('the pipeline: every write reaches every registered stage once, with its change kind', () => {
  let t: TestApp;
  let key: string;
  let orgId: string;
  const exec = async <T>(q: ReturnType<typeof sql>) =>
    ((await t.runtime.deps.db.execute(q)) as unknown as Rows<T>).rows;
  const post = async (url: string, payload: unknown, method: 'POST' | 'PUT' = 'POST') => {
    const res = await t.request({ method, url, payload: payload as Record<string, unknown>, as: { key } });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json() as Record<string, unknown>;
  };
  const deliveries = (subjectId: string) =>
    exec<{ stage: string; topic: PipelineTopic; version: number }>(
      sql`select stage, topic, version from test_stage_log where subject_id = ${subjectId} order by stage, version, topic`,
    );
  /** Each stage got exactly these (topic, version) pairs for the item, once each. */
  const expectDelivered = async (subjectId: string, expected: Array<[PipelineTopic, number]>) => {
    const got = await deliveries(subjectId);
    for (const stage of ['test-a', 'test-b']) {
      expect(
        got.filter((d) => d.stage === stage).map((d) => [d.topic, d.version]),
        `${stage} for ${subjectId}`,
      ).toEqual(expected);
    }
  };

  beforeAll(async () => {
    t = await buildTestApp({ workers: true, stages: [...STAGES, stageA, stageB] });
    await t.runtime.deps.db.execute(
      sql`create table test_stage_log (stage text not null, organization_id text not null, subject_id uuid not null, topic text not null, version int not null)`,
    );
    const owner = await t.signUp();
    orgId = (await t.createOrg(owner.cookie)).id;
    key = (await t.createApiKey(owner.cookie)).key;
    await post('/api/v1/contacts', [
      { externalId: 'kim', email: 'kim@example.test', segment: 'smb' },
      { externalId: 'kim-2', email: 'kim2@example.test', segment: 'enterprise' },
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('an answer, its repeat, API feedback, an import row, a merge and an erasure each arrive once per stage as created, updated or erased', async () => {
    const survey = (await post('/api/v1/surveys', { name: 'Pipeline', template: 'relationship-nps' })) as {
      id: string;
    };
    await post(`/api/v1/surveys/${survey.id}/status`, { status: 'live' });
    const ref = `pipe-${randomUUID()}`;
    const answer = (input: Record<string, unknown>) =>
      recordResponse(t.runtime.deps, orgId, {
        surveyId: survey.id,
        channel: 'link',
        language: 'en',
        occurredAt: new Date(),
        externalRef: ref,
        onRepeat: 'merge',
        answers: input,
      });

    // An answer (created), then its repeat with a comment (updated, version 2).
    const first = await answer({ nps: 4 });
    await settlePipeline(t);
    const contact = (
      await exec<{ id: string }>(
        sql`select id from contacts where organization_id = ${orgId} and external_id = 'kim'`,
      )
    )[0]?.id;
    // The answer belongs to kim (set here, as the public pages resolve it), for the merge below.
    await t.runtime.deps.db.execute(
      sql`update feedback_items set contact_id = ${contact ?? null} where id = ${first.id}`,
    );
    await answer({ why: 'Support took a week to answer' });
    // A repeat that changes nothing is no change: not announced.
    await answer({ why: 'Support took a week to answer' });
    await settlePipeline(t);
    await expectDelivered(first.id, [
      ['item.created', 1],
      ['item.updated', 2],
    ]);

    // API feedback (created), from kim-2.
    const api = (await post('/api/v1/feedback', {
      channel: 'review',
      text: 'Great',
      rating: { value: 9, scaleMin: 0, scaleMax: 10, metric: 'nps' },
      contactExternalId: 'kim-2',
      occurredAt: new Date().toISOString(),
    })) as {
      items: Array<{ id: string }>;
    };
    const apiId = api.items[0]?.id ?? '';
    await settlePipeline(t);
    await expectDelivered(apiId, [['item.created', 1]]);

    // A feedback-history CSV row (created): the import writes through the same seam.
    const upload = await t.request({
      method: 'POST',
      url: '/api/v1/imports?kind=feedback&filename=history.csv',
      headers: { 'content-type': 'text/csv' },
      payload: ['Datum;Bewertung;Kommentar;ID', '01.03.2024;6;Rechnung kam doppelt;hist-1'].join('\r\n'),
      as: { key },
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const importId = (upload.json() as { id: string }).id;
    const started = await t.request({
      method: 'POST',
      url: `/api/v1/imports/${importId}/start`,
      payload: { mapping: { Datum: 'occurredAt', Bewertung: 'score', Kommentar: 'text', ID: 'externalRef' } },
      as: { key },
    });
    expect(started.statusCode, started.body).toBe(202);
    let imported: string | undefined;
    for (let i = 0; i < 300 && !imported; i++) {
      imported = (
        await exec<{ id: string }>(
          sql`select id from feedback_items where organization_id = ${orgId} and external_ref = 'hist-1'`,
        )
      )[0]?.id;
      if (!imported) await new Promise((r) => setTimeout(r, 100));
    }
    await settlePipeline(t);
    await expectDelivered(imported ?? 'none', [['item.created', 1]]);

    // kim-2 merges into kim: the review moves (updated, version 2).
    await post('/api/v1/contacts/kim/merge', { from: 'kim-2' });
    await settlePipeline(t);
    await expectDelivered(apiId, [
      ['item.created', 1],
      ['item.updated', 2],
    ]);

    // kim is erased: both items are anonymised (erased).
    const erased = await t.request({ method: 'DELETE', url: '/api/v1/contacts/kim', as: { key } });
    expect(erased.statusCode, erased.body).toBe(200);
    await settlePipeline(t);
    await expectDelivered(first.id, [
      ['item.created', 1],
      ['item.updated', 2],
      ['item.erased', 3],
    ]);
    await expectDelivered(apiId, [
      ['item.created', 1],
      ['item.updated', 2],
      ['item.erased', 3],
    ]);
    // The first stage saw all of it too: the erased answer still counts, without its contact's segment.
    const segments = await exec<{ segment: string; n: number }>(
      sql`select segment, sum(n)::int as n from metric_rollups where organization_id = ${orgId} and grain = 'segment' group by segment`,
    );
    // (the answer, the review and the imported row: none has a contact any more)
    expect(segments.map((s) => [s.segment, s.n])).toEqual([['', 3]]);
  });

  it('a stage that throws is retried alone: the other has finished and is not run again', async () => {
    failuresLeft = 2;
    const res = (await post('/api/v1/feedback', {
      channel: 'chat',
      text: 'Where is my invoice?',
      occurredAt: new Date().toISOString(),
    })) as { items: Array<{ id: string }> };
    const id = res.items[0]?.id ?? '';
    await settlePipeline(t);
    expect(failuresLeft).toBe(0);
    // b's two failed runs rolled back their rows with their marks; a ran once.
    await expectDelivered(id, [['item.created', 1]]);
    const retries = await exec<{ name: string; retry_count: number; state: string }>(
      sql`select name, retry_count, state from pgboss.job where name in ('stage.test-a', 'stage.test-b') and data->'events' @> ${JSON.stringify([{ subjectId: id }])}::jsonb`,
    );
    expect(retries.map((r) => [r.name, r.retry_count, r.state]).sort()).toEqual([
      ['stage.test-a', 0, 'completed'],
      ['stage.test-b', 2, 'completed'],
    ]);
    const scrape = await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' });
    expect(scrape.body).toMatch(/resonance_pipeline_stage_failures_total\{stage="test-b"\} 2/);
    expect(scrape.body).toMatch(/resonance_pipeline_stage_failures_total\{stage="test-a"\} 0/);
    expect(scrape.body).toMatch(/resonance_pipeline_stage_lag_seconds\{stage="rollups"\} /);
  });

  it('a drainer that dies after queueing and a batch delivered twice still act once per item version', async () => {
    await t.runtime.queue.stopWorkers();
    try {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const r = (await post('/api/v1/feedback', {
          channel: 'call',
          text: `call ${i}`,
          occurredAt: new Date().toISOString(),
        })) as { items: Array<{ id: string }> };
        ids.push(r.items[0]?.id ?? '');
      }
      // The dying drainer: it leased the rows and queued the stages' jobs, then died before deleting them.
      expect(
        await drainOutbox(
          { db: t.runtime.deps.db, enqueueStageBatches: t.runtime.queue.enqueueStageBatches },
          t.runtime.jobContext.stages,
        ),
      ).toBe(5);
      await t.runtime.deps.db.execute(
        sql`insert into pipeline_outbox (organization_id, topic, subject_id, version) select organization_id, 'item.created', id, 1 from feedback_items where id = any(${sql.param(ids)}::uuid[])`,
      );
      await t.runtime.deps.db.execute(
        sql`update pipeline_outbox set leased_until = now() - interval '1 second'`,
      );
      await t.runtime.queue.startWorkers(t.runtime.jobContext);
      await settlePipeline(t);
      for (const id of ids) await expectDelivered(id, [['item.created', 1]]);
    } finally {
      await t.runtime.queue.stopWorkers().catch(() => undefined);
      await t.runtime.queue.startWorkers(t.runtime.jobContext);
    }
  });

  it('a replay hands one stage every item of a date range again, and no other stage', async () => {
    const slug =
      (await exec<{ slug: string }>(sql`select slug from organization where id = ${orgId}`))[0]?.slug ?? '';
    const items = await exec<{ id: string; version: number }>(
      sql`select id, version from feedback_items where organization_id = ${orgId} and occurred_at >= ${`${new Date().toISOString().slice(0, 10)}T00:00:00Z`}::timestamptz`,
    );
    const before = await exec<{ stage: string; n: number }>(
      sql`select stage, count(*)::int as n from test_stage_log group by stage order by stage`,
    );
    const lines: string[] = [];
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const run = pipelineReplayCommand.prepare({ stage: 'test-a', org: slug, from: today, to: tomorrow });
    expect(await run({ deps: t.runtime.deps, print: (l) => lines.push(l) })).toMatchObject({
      stage: 'test-a',
      events: items.length,
      jobs: 1,
    });
    await settlePipeline(t);
    const after = await exec<{ stage: string; n: number }>(
      sql`select stage, count(*)::int as n from test_stage_log group by stage order by stage`,
    );
    expect(after).toEqual([
      { stage: 'test-a', n: (before[0]?.n ?? 0) + items.length },
      { stage: 'test-b', n: before[1]?.n ?? 0 },
    ]);
    expect(() =>
      pipelineReplayCommand.prepare({ stage: 'test-a', org: slug, from: tomorrow, to: today }),
    ).toThrow(/--to must be after --from/);
    await expect(
      pipelineReplayCommand.prepare({ stage: 'nope', org: slug, from: today, to: tomorrow })({
        deps: t.runtime.deps,
        print: () => undefined,
      }),
    ).rejects.toThrow(/not a registered stage/);
  });
});

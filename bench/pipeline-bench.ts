/**
 * The pipeline (issue 13), each figure next to a baseline measured the same way in the same run:
 *   - announcements per second through the outbox into two registered no-op stages (drained by
 *     the worker's sweep, one job per stage and batch, each stage's marks written in its own
 *     transaction) vs. the drain alone (lease and delete, no stage);
 *   - the time from an answer's 2xx to the answer being counted by `GET /api/v1/metrics`, p50 and
 *     p99, while answers run at peak (autocannon at 128 connections on the public endpoint) with
 *     the workers running in the same process, as `npm start` does. Target: p99 ≤ 2 s.
 * `BENCH_PIPELINE_EVENTS` (default 20,000), `BENCH_PIPELINE_ANSWERS` (default 40,000 under load).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createJobQueue } from '../src/server/jobs/queue.js';
import { createLogger } from '../src/server/logger.js';
import { drainOutbox } from '../src/server/pipeline/drain-outbox.js';
import { defineStage } from '../src/server/pipeline/stage.js';
import type { Runtime } from '../src/server/runtime.js';
import { percentile, report } from './measure.js';
import { cannon, perSecond, sentInvitations, setUp } from './survey-bench.js';

const EVENTS = Number(process.env.BENCH_PIPELINE_EVENTS ?? 20_000);
const LOAD_ANSWERS = Number(process.env.BENCH_PIPELINE_ANSWERS ?? 40_000);

type Rows<T> = { rows: T[] };
const count = async (rt: Runtime, q: ReturnType<typeof sql>) =>
  Number(((await rt.deps.db.execute(q)) as unknown as Rows<{ n: number }>).rows[0]?.n ?? 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function announce(rt: Runtime, organizationId: string, n: number): Promise<void> {
  await rt.deps.db.execute(
    sql`insert into pipeline_outbox (organization_id, topic, subject_id, version) select ${organizationId}, 'item.created', gen_random_uuid(), 1 from generate_series(1, ${n})`,
  );
}

/** Events per second: announced → both no-op stages committed their marks, vs. lease + delete alone. */
async function throughput(rt: Runtime, label: string): Promise<void> {
  await rt.queue.stopWorkers();
  const org = `bench-${randomUUID()}`;
  await announce(rt, org, EVENTS);
  const d0 = performance.now();
  await drainOutbox({ db: rt.deps.db, enqueueStageBatches: async () => undefined }, []);
  const drainAlone = EVENTS / ((performance.now() - d0) / 1000);

  const noop = (name: string) =>
    defineStage({ name, consumes: ['item.created'], batchSize: 1000, async handle() {} });
  const stages = [noop('bench-a'), noop('bench-b')];
  const queue = await createJobQueue(rt.deps.database, createLogger('silent'), stages);
  await queue.startWorkers({ ...rt.jobContext, stages, enqueueStageBatches: queue.enqueueStageBatches });
  try {
    const t0 = performance.now();
    await announce(rt, org, EVENTS);
    for (;;) {
      const marked = await count(
        rt,
        sql`select count(*)::int as n from pipeline_marks where organization_id = ${org} and stage in ('bench-a', 'bench-b')`,
      );
      if (marked >= 2 * EVENTS) break;
      await sleep(20);
    }
    const staged = EVENTS / ((performance.now() - t0) / 1000);
    report(
      `[${label}] pipeline: ${EVENTS} events/s through the outbox into two no-op stages`,
      staged,
      '/s',
      'the drain alone (lease + delete)',
      drainAlone,
    );
  } finally {
    await queue.stop();
    await rt.deps.db.execute(sql`delete from pipeline_marks where organization_id = ${org}`);
  }
}

const pct = percentile;

/** Answer 2xx → counted by the metrics API, probed one answer at a time while the load runs. */
async function answerToMetrics(rt: Runtime, label: string): Promise<void> {
  const s = await setUp(rt, `pipeline-${label}`);
  const auth = { authorization: `Bearer ${s.key}` };
  try {
    const probe = await s.app.inject({
      method: 'POST',
      url: '/api/v1/surveys',
      headers: auth,
      payload: { name: 'Probe', template: 'relationship-nps' },
    });
    const probeId = (probe.json() as { id: string }).id;
    await s.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${probeId}/status`,
      headers: auth,
      payload: { status: 'live' },
    });
    const load = (await sentInvitations(rt, s, LOAD_ANSWERS, `load-${label}`)).map((t) => `/s/${t}`);
    const probes = await sentInvitations(rt, { ...s, surveyId: probeId }, 400, `probe-${label}`);
    await rt.deps.db.execute(sql`analyze feedback_items, survey_responses, survey_invitations, contacts`);
    await rt.queue.startWorkers(rt.jobContext);
    // Work left by an earlier section (the answers bench runs on a web node and leaves its rollups
    // stage jobs queued) is worked off first, so the probes measure the pipeline, not that backlog.
    const backlog = () =>
      count(
        rt,
        sql`select ((select count(*) from pgboss.job where name like 'stage.%' and state in ('created', 'retry', 'active')) + (select count(*) from pipeline_outbox))::int as n`,
      );
    const waiting = await backlog();
    if (waiting > 0) {
      const b0 = performance.now();
      while ((await backlog()) > 0) await sleep(100);
      console.log(
        `[${label}] pipeline: ${waiting} stage jobs left by the answers bench worked off in ${((performance.now() - b0) / 1000).toFixed(1)} s`,
      );
    }
    const counted = async () => {
      const res = await fetch(`${s.base}/api/v1/metrics?metric=nps&surveyId=${probeId}`, { headers: auth });
      return ((await res.json()) as { overall: { n: number } }).overall.n;
    };
    let loadDone = false;
    const running = cannon(s.base, load, 128).finally(() => (loadDone = true));
    const latencies: number[] = [];
    for (const token of probes) {
      if (loadDone) break;
      const res = await fetch(`${s.base}/s/${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ q_nps: 9 }),
      });
      if (res.status !== 200) throw new Error(`probe answer: ${res.status}`);
      const t0 = performance.now();
      const want = latencies.length + 1;
      while ((await counted()) < want) await sleep(10);
      latencies.push(performance.now() - t0);
      await sleep(50);
    }
    const result = await running;
    latencies.sort((a, b) => a - b);
    console.log(
      `[${label}] pipeline: answer 2xx → counted by GET /api/v1/metrics while ${perSecond(result).toFixed(0)} answers/s ran (128 conn., workers in process): ` +
        `p50 ${pct(latencies, 50).toFixed(0)} ms, p99 ${pct(latencies, 99).toFixed(0)} ms over ${latencies.length} probes (target p99 ≤ 2000 ms) → ${pct(latencies, 99) <= 2000 ? 'ok' : 'SLOW'}`,
    );
  } finally {
    await rt.queue.stopWorkers();
    await s.app.close();
  }
}

export async function pipelineBench(rt: Runtime, label: string): Promise<void> {
  await throughput(rt, label);
  await answerToMetrics(rt, label);
}

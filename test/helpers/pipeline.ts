import { sql } from 'drizzle-orm';
import { drainOutbox } from '../../src/server/pipeline/drain-outbox.js';
import type { TestApp } from './build-test-app.js';

type Rows<T> = { rows: T[] };

/** Outbox rows not yet drained plus stage jobs waiting or running. */
export async function pipelineBacklog(t: TestApp): Promise<number> {
  const res = (await t.runtime.deps.db.execute(
    sql`select ((select count(*) from pgboss.job where name like 'stage.%' and state in ('created', 'retry', 'active')) + (select count(*) from pipeline_outbox))::int as n`,
  )) as unknown as Rows<{ n: number }>;
  return Number(res.rows[0]?.n ?? 0);
}

/**
 * Drains the outbox as a worker would and waits until every stage job is done: the rollups (and
 * any other stage) are current. The test app must run its workers (`workers: true`).
 */
export async function settlePipeline(t: TestApp, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await drainOutbox(t.runtime.jobContext, t.runtime.jobContext.stages);
    if ((await pipelineBacklog(t)) === 0) return;
    if (Date.now() > deadline) throw new Error('the pipeline stages did not finish');
    await new Promise((r) => setTimeout(r, 50));
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers/build-test-app.js';
import { testDbKind } from '../../../test/helpers/test-database.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EVENTS = 200;

type Rows<T> = { rows: T[] };

/**
 * A worker killed with SIGKILL in the middle of a stage's batch, and another started after it:
 * every announcement reaches the stage, none twice. Needs two processes on one database, so
 * PostgreSQL only (PGlite lives inside one process; its in-process equivalent is pipeline.test.ts).
 */
describe.skipIf(testDbKind() !== 'postgres')('the pipeline across a worker killed mid-batch', () => {
  let t: TestApp;
  const workers: ChildProcess[] = [];
  const count = async (q: ReturnType<typeof sql>) =>
    Number(((await t.runtime.deps.db.execute(q)) as unknown as Rows<{ n: number }>).rows[0]?.n ?? 0);
  const startWorker = () =>
    new Promise<ChildProcess>((resolve, reject) => {
      const child = // Node itself with tsx's loader, not the tsx launcher: SIGKILL must reach the process that works.
        spawn(process.execPath, ['--import', 'tsx', 'test/helpers/pipeline-worker.ts'], {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: t.runtime.deps.config.DATABASE_URL },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
      workers.push(child);
      let err = '';
      child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
      child.stdout?.on('data', (d: Buffer) => {
        if (d.toString().includes('worker ready')) resolve(child);
      });
      child.on('exit', (code) => reject(new Error(`worker exited (${code}): ${err}`)));
    });
  const until = async (probe: () => Promise<boolean>, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await probe())) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  beforeAll(async () => {
    // The test's own app runs no workers: only the child processes work the queue.
    t = await buildTestApp();
    await t.runtime.deps.db.execute(
      sql`create table crash_stage_log (subject_id uuid not null, version int not null, pid int not null)`,
    );
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await t.close();
  });

  it('delivers every event once after kill -9 and a restart', async () => {
    const first = await startWorker();
    await t.runtime.deps.db.execute(
      sql`insert into pipeline_outbox (organization_id, topic, subject_id, version) select 'crash-org', 'item.created', gen_random_uuid(), 1 from generate_series(1, ${EVENTS})`,
    );
    // A batch or two committed, the next one mid-transaction: then the worker dies without a word.
    await until(
      async () =>
        (await count(
          sql`select count(*)::int as n from pipeline_marks where stage = 'crash-test' and version = 1`,
        )) >= 25,
      60_000,
    );
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const committedBefore = await count(
      sql`select count(*)::int as n from pipeline_marks where stage = 'crash-test' and version = 1`,
    );
    expect(committedBefore).toBeLessThan(EVENTS);
    await startWorker();
    // The dead worker's job comes back once its heartbeat is missed (30 s, queue.ts).
    await until(
      async () =>
        (await count(
          sql`select count(*)::int as n from pipeline_marks where stage = 'crash-test' and version = 1`,
        )) === EVENTS,
      150_000,
    );
    expect(await count(sql`select count(*)::int as n from crash_stage_log`)).toBe(EVENTS);
    expect(await count(sql`select count(distinct subject_id)::int as n from crash_stage_log`)).toBe(EVENTS);
    // Both processes did part of the work.
    expect(await count(sql`select count(distinct pid)::int as n from crash_stage_log`)).toBe(2);
  }, 240_000);
});

import { PgBoss, fromPglite, type JobResult } from 'pg-boss';
import type { Database } from '../db/client.js';
import type { Logger } from '../logger.js';
import {
  ZStageBatch,
  stageJobName,
  type Enqueue,
  type EnqueueMany,
  type EnqueueStageBatches,
} from '../pipeline/catalog.js';
import { runStageBatch } from '../pipeline/run-stage.js';
import type { Stage } from '../pipeline/stage.js';
import type { JobContext, JobDefinition } from './job.js';
import { JOBS } from './registry.js';

export interface JobQueue {
  enqueue: Enqueue;
  enqueueMany: EnqueueMany;
  /** The outbox drain's way to hand each stage its batches. */
  enqueueStageBatches: EnqueueStageBatches;
  /** Registers workers and schedules for every job (the worker role). */
  startWorkers(ctx: JobContext): Promise<void>;
  /** Stops working jobs and sweeps in this process (it stays able to enqueue): back to a web node. */
  stopWorkers(): Promise<void>;
  stop(): Promise<void>;
  boss: PgBoss;
}

/**
 * A working job's worker refreshes its heartbeat every 15 s; a job not heard of for 30 s is failed
 * and retried (handlers are idempotent). So a worker killed with `kill -9` holds its jobs about
 * half a minute plus one supervision pass, instead of pg-boss's default expiry of 15 minutes.
 */
export const HEARTBEAT_SECONDS = 30;
/** How often some node looks for expired jobs and lost heartbeats (pg-boss's default is 60). */
const SUPERVISE_SECONDS = 15;
const DEFAULT_EXPIRE_SECONDS = 300;

function queueOptions(
  job: Pick<JobDefinition<unknown>, 'retryLimit' | 'retryDelaySeconds' | 'expireInSeconds'>,
) {
  return {
    retryLimit: job.retryLimit ?? 3,
    retryDelay: job.retryDelaySeconds ?? 10,
    retryBackoff: true,
    expireInSeconds: job.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS,
    heartbeatSeconds: HEARTBEAT_SECONDS,
    // A transactional NOTIFY on insert wakes an idle worker at once on PostgreSQL instead of at its next poll.
    notify: true,
  };
}

/** Stage jobs fetched per round trip; each runs in its own transaction, one after another. */
const STAGE_FETCH = 5;

/**
 * The queue for the catalogued jobs and one queue per pipeline stage (`stage.<name>`), so each
 * stage retries and dead-letters on its own. A stage's job that used up its retries stays failed
 * in pg-boss (shown on /metrics) until a replay covers its items.
 */
export async function createJobQueue(
  database: Database,
  logger: Logger,
  stages: readonly Stage[],
): Promise<JobQueue> {
  const boss =
    database.kind === 'pglite'
      ? new PgBoss({
          db: fromPglite(database.pglite),
          backend: 'pglite',
          useListenNotify: true,
          superviseIntervalSeconds: SUPERVISE_SECONDS,
        })
      : new PgBoss({
          connectionString: database.url,
          max: 4,
          useListenNotify: true,
          superviseIntervalSeconds: SUPERVISE_SECONDS,
        });
  boss.on('error', (err: unknown) => logger.error({ err }, 'job queue error'));
  await boss.start();
  for (const job of JOBS as readonly JobDefinition<unknown>[]) {
    // createQueue leaves an existing queue as it was: the update brings an installation's queues
    // to the current settings (jobs already queued keep theirs).
    await boss.createQueue(job.name, queueOptions(job));
    await boss.updateQueue(job.name, queueOptions(job));
  }
  for (const stage of stages) {
    const options = queueOptions({
      retryLimit: stage.retryLimit ?? 5,
      retryDelaySeconds: stage.retryDelaySeconds ?? 5,
      expireInSeconds: stage.expireInSeconds ?? 120,
    });
    await boss.createQueue(stageJobName(stage.name), options);
    await boss.updateQueue(stageJobName(stage.name), options);
  }

  const definition = (name: string) => {
    const def = (JOBS as readonly JobDefinition<unknown>[]).find((j) => j.name === name);
    if (!def) throw new Error(`unknown job ${name}`);
    return def;
  };

  const enqueue: Enqueue = async (name, data, opts = {}) => {
    definition(name).schema.parse(data);
    return boss.send(name, data as object, {
      ...(opts.delaySeconds ? { startAfter: opts.delaySeconds } : {}),
      ...(opts.singletonKey ? { singletonKey: opts.singletonKey } : {}),
    });
  };

  const sweeps: Array<() => Promise<void>> = [];

  const enqueueMany: EnqueueMany = async (name, data, opts = {}) => {
    if (data.length === 0) return;
    const def = definition(name);
    for (const d of data) def.schema.parse(d);
    const startAfter = opts.delaySeconds ? new Date(Date.now() + opts.delaySeconds * 1000) : undefined;
    await boss.insert(
      name,
      data.map((d) => ({ data: d as object, ...(startAfter ? { startAfter } : {}) })),
    );
  };

  const enqueueStageBatches: EnqueueStageBatches = async (stage, batches) => {
    if (batches.length === 0) return;
    await boss.insert(
      stageJobName(stage),
      batches.map((b) => ({ data: ZStageBatch.parse(b) })),
    );
  };

  return {
    boss,
    enqueue,
    enqueueMany,
    enqueueStageBatches,
    async startWorkers(ctx) {
      for (const stage of stages) {
        await boss.work(
          stageJobName(stage.name),
          {
            batchSize: STAGE_FETCH,
            // A backlog is worked off without a polling pause between full fetches: at 2 s a
            // fetch of 5 jobs, a stage behind by a few hundred small batches lagged by minutes.
            burstWhenBatchFull: true,
            pollingIntervalSeconds: 2,
            notifyPollingIntervalSeconds: 2,
            perJobResults: true,
          },
          async (batch) => {
            const results: JobResult[] = [];
            for (const job of batch) {
              const log = ctx.logger.child({ stage: stage.name, jobId: job.id });
              try {
                await runStageBatch({ ...ctx, logger: log }, stage, ZStageBatch.parse(job.data));
                results.push({ id: job.id, status: 'completed' });
              } catch (err) {
                log.warn({ err }, 'stage failed; pg-boss retries its job alone');
                results.push({
                  id: job.id,
                  status: 'failed',
                  output: { message: err instanceof Error ? err.message : String(err) },
                });
              }
            }
            return results;
          },
        );
      }
      for (const job of JOBS as readonly JobDefinition<unknown>[]) {
        if (job.everyMs) {
          sweeps.push(startSweep(job, ctx));
          continue;
        }
        // perJobResults: one failing job retries alone instead of failing its whole batch.
        await boss.work(
          job.name,
          // The notify backstop stays at the base poll: a delayed job (startAfter) is announced when
          // inserted, long before it is due, and must not then wait pg-boss's default 30 s.
          {
            batchSize: job.batchSize ?? 5,
            ...(job.localConcurrency ? { localConcurrency: job.localConcurrency } : {}),
            burstWhenBatchFull: true,
            pollingIntervalSeconds: 2,
            notifyPollingIntervalSeconds: 2,
            perJobResults: true,
          },
          async (batch) => {
            if (job.batchHandler) return runBatch(job, job.batchHandler, batch, ctx);
            const results: JobResult[] = new Array<JobResult>(batch.length);
            let next = 0;
            const lane = async () => {
              for (let i = next++; i < batch.length; i = next++) {
                const item = batch[i] as (typeof batch)[number];
                const log = ctx.logger.child({ job: job.name, jobId: item.id });
                try {
                  await job.handler(job.schema.parse(item.data), { ...ctx, logger: log });
                  results[i] = { id: item.id, status: 'completed' };
                } catch (err) {
                  log.warn({ err }, 'job failed; pg-boss retries it with backoff');
                  results[i] = {
                    id: item.id,
                    status: 'failed',
                    output: { message: err instanceof Error ? err.message : String(err) },
                  };
                }
              }
            };
            await Promise.all(Array.from({ length: Math.min(job.concurrency ?? 1, batch.length) }, lane));
            return results;
          },
        );
        // pg-boss keeps one schedule per (name, key) and fires each tick once across workers.
        if (job.cron) await boss.schedule(job.name, job.cron, {}, { key: 'default' });
      }
    },
    async stopWorkers() {
      await Promise.all(sweeps.splice(0).map((stopSweep) => stopSweep()));
      for (const job of JOBS as readonly JobDefinition<unknown>[])
        if (!job.everyMs) await boss.offWork(job.name);
      for (const stage of stages) await boss.offWork(stageJobName(stage.name));
    },
    async stop() {
      await Promise.all(sweeps.splice(0).map((stopSweep) => stopSweep()));
      await boss.stop({ graceful: true, timeout: 5000 });
    },
  };
}

/** A batch handler's jobs: a payload that does not parse fails alone, a throw fails the rest together. */
async function runBatch(
  job: JobDefinition<unknown>,
  batchHandler: (data: unknown[], ctx: JobContext) => Promise<void>,
  batch: ReadonlyArray<{ id: string; data: unknown }>,
  ctx: JobContext,
): Promise<JobResult[]> {
  const parsed = batch.map((item) => ({ id: item.id, data: job.schema.safeParse(item.data) }));
  const valid = parsed.flatMap((p) => (p.data.success ? [{ id: p.id, data: p.data.data }] : []));
  let failure: string | null = null;
  try {
    if (valid.length > 0)
      await batchHandler(
        valid.map((v) => v.data),
        ctx,
      );
  } catch (err) {
    ctx.logger.warn(
      { err, job: job.name, jobs: valid.length },
      'batch failed; pg-boss retries its jobs with backoff',
    );
    failure = err instanceof Error ? err.message : String(err);
  }
  return parsed.map((p) =>
    !p.data.success
      ? { id: p.id, status: 'failed', output: { message: p.data.error.message } }
      : failure !== null
        ? { id: p.id, status: 'failed', output: { message: failure } }
        : { id: p.id, status: 'completed' },
  );
}

/** Runs an `everyMs` job's handler in this process, one run at a time; the returned stop waits for a run in progress. */
function startSweep(job: JobDefinition<unknown>, ctx: JobContext): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const log = ctx.logger.child({ job: job.name });
  const tick = () => {
    running = job
      .handler({}, { ...ctx, logger: log })
      .catch((err: unknown) => log.warn({ err }, 'sweep failed; it runs again at the next tick'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, job.everyMs);
      });
  };
  timer = setTimeout(tick, job.everyMs);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}

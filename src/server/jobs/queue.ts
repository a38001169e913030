import { PgBoss, fromPglite, type JobResult } from 'pg-boss';
import type { Database } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { JobContext, JobDefinition } from './job.js';
import { JOBS, type JobData, type JobName } from './registry.js';

export interface EnqueueOptions {
  delaySeconds?: number;
  /** Jobs with the same singleton key are queued once (idempotent enqueue). */
  singletonKey?: string;
}

/** How features start background work: by job name, never by importing a job file. */
export type Enqueue = <N extends JobName>(name: N, data: JobData<N>, opts?: EnqueueOptions) => Promise<string | null>;

export interface JobQueue {
  enqueue: Enqueue;
  /** Registers workers and schedules for every job (the worker role). */
  startWorkers(ctx: JobContext): Promise<void>;
  stop(): Promise<void>;
  boss: PgBoss;
}

export async function createJobQueue(database: Database, logger: Logger): Promise<JobQueue> {
  const boss =
    database.kind === 'pglite'
      ? new PgBoss({ db: fromPglite(database.pglite), backend: 'pglite', useListenNotify: true })
      : new PgBoss({ connectionString: database.url, max: 4, useListenNotify: true });
  boss.on('error', (err: unknown) => logger.error({ err }, 'job queue error'));
  await boss.start();
  for (const job of JOBS as readonly JobDefinition<unknown>[]) {
    await boss.createQueue(job.name, {
      retryLimit: job.retryLimit ?? 3,
      retryDelay: job.retryDelaySeconds ?? 10,
      retryBackoff: true,
    });
  }

  const enqueue: Enqueue = async (name, data, opts = {}) => {
    const def = (JOBS as readonly JobDefinition<unknown>[]).find((j) => j.name === name);
    if (!def) throw new Error(`unknown job ${name}`);
    def.schema.parse(data);
    return boss.send(name, data as object, {
      ...(opts.delaySeconds ? { startAfter: opts.delaySeconds } : {}),
      ...(opts.singletonKey ? { singletonKey: opts.singletonKey } : {}),
    });
  };

  return {
    boss,
    enqueue,
    async startWorkers(ctx) {
      for (const job of JOBS as readonly JobDefinition<unknown>[]) {
        // perJobResults: one failing job retries alone instead of failing its whole batch.
        await boss.work(
          job.name,
          { batchSize: 5, burstWhenBatchFull: true, pollingIntervalSeconds: 2, perJobResults: true },
          async (batch) => {
            const results: JobResult[] = [];
            for (const item of batch) {
              const log = ctx.logger.child({ job: job.name, jobId: item.id });
              try {
                await job.handler(job.schema.parse(item.data), { ...ctx, logger: log });
                results.push({ id: item.id, status: 'completed' });
              } catch (err) {
                log.warn({ err }, 'job failed; pg-boss retries it with backoff');
                results.push({ id: item.id, status: 'failed', output: { message: err instanceof Error ? err.message : String(err) } });
              }
            }
            return results;
          },
        );
        // pg-boss keeps one schedule per (name, key) and fires each tick once across workers.
        if (job.cron) await boss.schedule(job.name, job.cron, {}, { key: 'default' });
      }
    },
    stop: () => boss.stop({ graceful: true, timeout: 5000 }),
  };
}


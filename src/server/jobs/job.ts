import type { z } from 'zod';
import { JOB_PAYLOADS } from '../pipeline/catalog.js';
import type { Logger } from '../logger.js';
import type { Db } from '../db/client.js';
import type { Config } from '../config.js';
import type { MailTransport } from '../email/transport.js';
import type { Enqueue, EnqueueMany, EnqueueStageBatches, JobData, JobName } from '../pipeline/catalog.js';
import type { StageMeter } from '../pipeline/stage-meter.js';
import type { Stage } from '../pipeline/stage.js';
import type { OutboundHttp } from '../net/post-to-checked-address.js';
import type { RandomSource } from '../../domain/webhooks/retry-schedule.js';

/** What every job handler receives. Handlers are idempotent: a retry must not double an effect. */
export interface JobContext {
  db: Db;
  logger: Logger;
  config: Config;
  transport: MailTransport | null;
  now: () => Date;
  /** Follow-up work: a job may start others by name (e.g. the dispatch job queues deliveries). */
  enqueue: Enqueue;
  /** Many jobs of one name in one statement (e.g. a page of deliveries). */
  enqueueMany: EnqueueMany;
  /** The registered pipeline stages, and how to queue their batches (the outbox drain). */
  stages: readonly Stage[];
  enqueueStageBatches: EnqueueStageBatches;
  meter: StageMeter;
  /** Requests to addresses someone else chose (webhook deliveries), through the outbound address policy. */
  outbound: OutboundHttp;
  /** Jitter of retry schedules (Math.random; tests pass a fixed one). */
  random: RandomSource;
}

export interface JobDefinition<T> {
  name: string;
  /** The payload schema, from the catalog (`pipeline/catalog.ts` JOB_PAYLOADS). */
  schema: z.ZodType<T>;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /**
   * How long one run may stay active before pg-boss fails it for a retry (default 300): sized to
   * the longest run the job really has. A worker that dies is noticed sooner, by its missed
   * heartbeats (queue.ts).
   */
  expireInSeconds?: number;
  /** Cron expression for jobs that run on a schedule (pg-boss runs each tick once across all workers). */
  cron?: string;
  /**
   * Run by every worker process on this interval, in process, instead of through the queue:
   * for short sweeps that must follow closely (draining the pipeline outbox) where a queued job
   * per tick would cost more than the sweep. The handler gets `{}` and must be safe to run in
   * several workers at once.
   */
  everyMs?: number;
  /** Jobs fetched per round trip (default 5). */
  batchSize?: number;
  /** Jobs of a fetched batch handled at once (default 1: one after another). Waiting on a peer (SMTP) is where this pays. */
  concurrency?: number;
  /** Batches one worker process fetches and handles at once (pg-boss localConcurrency, default 1). */
  localConcurrency?: number;
  handler: (data: T, ctx: JobContext) => Promise<void>;
  /**
   * Takes a whole fetched batch at once instead of `handler` per job, where one statement for many
   * beats one per job (webhook attempts: one claim and one log for a page). A throw fails every
   * job of the batch, and each is retried.
   */
  batchHandler?: (data: T[], ctx: JobContext) => Promise<void>;
}

/** Pairs a catalogued job name with its handler; the payload schema comes from the catalog. */
export function defineJob<const N extends JobName>(
  name: N,
  def: Omit<JobDefinition<JobData<N>>, 'name' | 'schema'>,
): JobDefinition<JobData<N>> & { name: N } {
  return { ...def, name, schema: JOB_PAYLOADS[name] as unknown as z.ZodType<JobData<N>> };
}

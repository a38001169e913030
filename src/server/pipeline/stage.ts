import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { Enqueue, EnqueueMany, PipelineEvent, PipelineTopic } from './catalog.js';

/** What a stage's handler gets: its database handle is the stage's transaction. */
export interface StageContext {
  /** The transaction the stage's marks are written in: what the handler writes here commits with them, or not at all. */
  db: Db;
  logger: Logger;
  config: Config;
  now: () => Date;
  /** Follow-up work. A job queued here is queued even if the stage's transaction rolls back, so it must be idempotent. */
  enqueue: Enqueue;
  /** Many jobs of one name in one insert (e.g. a batch's webhook attempts). */
  enqueueMany: EnqueueMany;
  /** True when the batch is a replay: the stage sees events it has processed before. */
  replay: boolean;
  /**
   * Work to start once the stage's transaction has committed (e.g. delivering the mails it wrote):
   * never for a rolled-back batch, and without a transaction waiting on the queue (PGlite has
   * one connection). A failure here is logged, not retried: what it starts must have its own net.
   */
  afterCommit(task: () => Promise<unknown>): void;
  /** Whether the instance delivers mail (SMTP configured); without it mails stay in the outbox. */
  hasSmtp: boolean;
}

/**
 * A pipeline stage: a named, idempotent handler of the topics it consumes. The outbox drain
 * queues one job per stage, so each stage has its own retries and dead letters and a failing one
 * never re-runs another. The runner (`run-stage.ts`) hands it, per organization and oldest first,
 * only the item versions it has not processed (its marks are written in the same transaction as
 * whatever the handler writes with `ctx.db`).
 */
export interface Stage {
  /** Lowercase letters, digits and dashes: it names the stage's queue (`stage.<name>`) and its metrics. */
  name: string;
  consumes: readonly PipelineTopic[];
  /** Events per job (≤ 1,000). */
  batchSize?: number;
  /** Attempts after the first before a job is left failed (pg-boss keeps it for inspection). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  expireInSeconds?: number;
  handle(organizationId: string, events: readonly PipelineEvent[], ctx: StageContext): Promise<void>;
}

export function defineStage<const S extends Stage>(stage: S): S {
  if (!/^[a-z0-9-]+$/.test(stage.name))
    throw new Error(`stage name "${stage.name}" must be lowercase letters, digits and dashes`);
  return stage;
}

import { Counter, Gauge, Histogram, type Metric } from 'prom-client';
import type { Db } from '../db/client.js';
import { stageJobName } from './catalog.js';
import { oldestUndrainedSeconds } from './outbox.repo.js';
import { stageQueueStates } from './stage-queues.repo.js';

/**
 * The pipeline's figures on /metrics, per stage: lag (age of the oldest event the stage has not
 * processed: still in the outbox, or in a waiting stage job), events processed (throughput as a
 * counter), failed runs, dead jobs (retries used up) and the delay from an announcement to the
 * stage's commit. Counters live where stages run (worker processes); lag and dead jobs are read
 * from the database at scrape time, so any node shows them.
 */
export interface StageMeter {
  processed(stage: string, events: number, delaysSeconds: readonly number[]): void;
  failed(stage: string): void;
  /** The metrics to register in a scrape registry. */
  metrics(): Metric[];
}

export function createStageMeter(db: Db, stageNames: readonly string[]): StageMeter {
  const events = new Counter({
    name: 'resonance_pipeline_stage_events_total',
    help: 'Pipeline events a stage processed (replays included)',
    labelNames: ['stage'] as const,
    registers: [],
  });
  const failures = new Counter({
    name: 'resonance_pipeline_stage_failures_total',
    help: 'Runs of a stage job that failed (each is retried until its retries are used up)',
    labelNames: ['stage'] as const,
    registers: [],
  });
  const delay = new Histogram({
    name: 'resonance_pipeline_stage_delay_seconds',
    help: 'From a write announced in the outbox to a stage committing it',
    labelNames: ['stage'] as const,
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300],
    registers: [],
  });
  const lag = new Gauge({
    name: 'resonance_pipeline_stage_lag_seconds',
    help: 'Age of the oldest event a stage has not processed yet',
    labelNames: ['stage'] as const,
    registers: [],
    async collect() {
      const [undrained, queues] = await Promise.all([
        oldestUndrainedSeconds(db),
        stageQueueStates(db, stageNames.map(stageJobName)),
      ]);
      for (const stage of stageNames)
        this.set({ stage }, Math.max(undrained, queues.get(stageJobName(stage))?.oldestWaitingSeconds ?? 0));
    },
  });
  const dead = new Gauge({
    name: 'resonance_pipeline_stage_dead_jobs',
    help: 'Stage jobs that used up their retries and wait for a replay',
    labelNames: ['stage'] as const,
    registers: [],
    async collect() {
      const queues = await stageQueueStates(db, stageNames.map(stageJobName));
      for (const stage of stageNames) this.set({ stage }, queues.get(stageJobName(stage))?.failedJobs ?? 0);
    },
  });
  for (const stage of stageNames) {
    events.inc({ stage }, 0);
    failures.inc({ stage }, 0);
  }
  return {
    processed(stage, n, delays) {
      events.inc({ stage }, n);
      for (const d of delays) delay.observe({ stage }, d);
    },
    failed(stage) {
      failures.inc({ stage });
    },
    metrics: () => [events, failures, delay, lag, dead],
  };
}

import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { MailTransport } from '../email/transport.js';
import type { Logger } from '../logger.js';
import type { Enqueue, EnqueueMany, PipelineEvent, StageBatch } from './catalog.js';
import { inTransaction, lockMarks, raiseMarks } from './marks.repo.js';
import type { Stage } from './stage.js';
import type { StageMeter } from './stage-meter.js';

export interface StageRunDeps {
  db: Db;
  logger: Logger;
  config: Config;
  now: () => Date;
  enqueue: Enqueue;
  enqueueMany: EnqueueMany;
  meter: StageMeter;
  /** The instance's mail transport: a stage's mails go out through it, or wait in the outbox. */
  transport: MailTransport | null;
}

/**
 * Runs one stage job: in one transaction, locks the stage's marks of the batch's subjects, hands
 * the handler the events newer than what the stage processed (oldest first), and raises the marks.
 * A handler that throws rolls back its writes and its marks together, and the job is retried on
 * its own; a batch delivered twice (outbox or queue redelivery) finds its marks raised and does
 * nothing. A replay hands over every event and raises the marks as usual.
 */
export async function runStageBatch(
  deps: StageRunDeps,
  stage: Stage,
  batch: StageBatch,
): Promise<{ processed: number }> {
  const events = [...batch.events].sort((a, b) => a.seq - b.seq);
  let fresh: PipelineEvent[] = [];
  let afterCommit: Array<() => Promise<unknown>> = [];
  try {
    await inTransaction(deps.db, async (tx) => {
      const highest = new Map<string, number>();
      for (const e of events) highest.set(e.subjectId, Math.max(highest.get(e.subjectId) ?? 0, e.version));
      const { processed: marked, inserted } = await lockMarks(tx, stage.name, batch.organizationId, highest);
      fresh = batch.replay ? events : events.filter((e) => e.version > (marked.get(e.subjectId) ?? 0));
      // Two announcements of one version (a redelivered row beside its original) reach the handler once.
      const seen = new Set<string>();
      fresh = fresh.filter((e) => {
        const key = `${e.subjectId}:${e.version}:${e.topic}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      afterCommit = [];
      if (fresh.length > 0)
        await stage.handle(batch.organizationId, fresh, {
          db: tx,
          logger: deps.logger,
          config: deps.config,
          now: deps.now,
          enqueue: deps.enqueue,
          enqueueMany: deps.enqueueMany,
          replay: batch.replay === true,
          afterCommit: (task) => afterCommit.push(task),
          hasSmtp: deps.transport !== null,
        });
      // Marks inserted just now already hold their version; only the ones seen before are raised.
      const seenBefore = new Map([...highest].filter(([id]) => !inserted.has(id)));
      await raiseMarks(tx, stage.name, seenBefore);
    });
  } catch (err) {
    deps.meter.failed(stage.name);
    throw err;
  }
  for (const task of afterCommit) {
    await task().catch((err: unknown) =>
      deps.logger.error({ err, stage: stage.name }, 'work after a stage commit failed'),
    );
  }
  const done = deps.now().getTime();
  deps.meter.processed(
    stage.name,
    fresh.length,
    fresh.map((e) => Math.max(0, (done - Date.parse(e.at)) / 1000)),
  );
  return { processed: fresh.length };
}

import type { Db } from '../db/client.js';
import type { EnqueueStageBatches, PipelineEvent, StageBatch } from './catalog.js';
import { deleteOutboxRows, leaseOutboxPage, type OutboxRow } from './outbox.repo.js';
import type { Stage } from './stage.js';

export interface DrainDeps {
  db: Db;
  enqueueStageBatches: EnqueueStageBatches;
}

/** Rows leased per round, and how long a lease holds. */
const PAGE = 5000;
const LEASE_SECONDS = 60;
const DEFAULT_STAGE_BATCH = 500;

/**
 * Fans the outbox out to the stages: a page of rows is leased (a second drainer skips it), each
 * stage gets the rows of the topics it consumes as jobs of its own (per organization, oldest
 * first, up to its batch size), then the rows are deleted. A drainer that dies after queueing
 * and before deleting leaves its rows to be announced again when the lease runs out; the stages'
 * marks make the repeat a no-op: at least once through the queue, once per stage in effect.
 * No transaction spans the queueing, which on PGlite (one connection) would wait for itself.
 * Returns how many rows were drained.
 */
export async function drainOutbox(deps: DrainDeps, stages: readonly Stage[]): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await leaseOutboxPage(deps.db, PAGE, LEASE_SECONDS);
    if (rows.length === 0) return total;
    for (const stage of stages) {
      const batches = batchesFor(stage, rows);
      if (batches.length > 0) await deps.enqueueStageBatches(stage.name, batches);
    }
    await deleteOutboxRows(
      deps.db,
      rows.map((r) => r.id),
    );
    total += rows.length;
    if (rows.length < PAGE) return total;
  }
}

function batchesFor(stage: Stage, rows: readonly OutboxRow[]): StageBatch[] {
  const size = Math.min(1000, stage.batchSize ?? DEFAULT_STAGE_BATCH);
  const byOrganization = new Map<string, PipelineEvent[]>();
  for (const r of rows) {
    if (!stage.consumes.includes(r.topic)) continue;
    const event: PipelineEvent = {
      seq: r.id,
      topic: r.topic,
      subjectId: r.subjectId,
      version: r.version,
      at: r.createdAt.toISOString(),
    };
    const list = byOrganization.get(r.organizationId);
    if (list) list.push(event);
    else byOrganization.set(r.organizationId, [event]);
  }
  return [...byOrganization].flatMap(([organizationId, events]) =>
    Array.from({ length: Math.ceil(events.length / size) }, (_, i) => ({
      organizationId,
      events: events.slice(i * size, (i + 1) * size),
    })),
  );
}

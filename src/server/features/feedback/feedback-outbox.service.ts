import type { Db } from '../../db/client.js';
import type { EnqueueMany } from '../../jobs/queue.js';
import { deleteOutboxRows, leaseOutboxPage } from './feedback.repo.js';

export interface OutboxDeps {
  db: Db;
  enqueueMany: EnqueueMany;
}

/** Rows leased per round, ids per `feedback.ingested` job, and how long a lease holds. */
const PAGE = 5000;
const IDS_PER_JOB = 1000;
const LEASE_SECONDS = 60;

/**
 * Turns the outbox's announcements into `feedback.ingested` jobs, one per organization and up to
 * 1,000 ids: a page of rows is leased (a second drainer skips it), its jobs queued, then the rows
 * deleted. A drainer that dies after queueing and before deleting leaves its rows to be
 * announced again when the lease runs out, which the job handlers tolerate (they recompute, so a
 * repeat changes nothing): at least once, never lost. No transaction spans the queueing, which
 * on PGlite (one connection) would wait for itself. Returns how many rows were announced.
 */
export async function drainFeedbackOutbox(deps: OutboxDeps): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await leaseOutboxPage(deps.db, PAGE, LEASE_SECONDS);
    const byOrganization = new Map<string, string[]>();
    for (const r of rows) {
      const ids = byOrganization.get(r.organizationId);
      if (ids) ids.push(r.itemId);
      else byOrganization.set(r.organizationId, [r.itemId]);
    }
    const jobs = [...byOrganization].flatMap(([organizationId, ids]) =>
      Array.from({ length: Math.ceil(ids.length / IDS_PER_JOB) }, (_, i) => ({ organizationId, itemIds: ids.slice(i * IDS_PER_JOB, (i + 1) * IDS_PER_JOB) })),
    );
    await deps.enqueueMany('feedback.ingested', jobs);
    await deleteOutboxRows(deps.db, rows.map((r) => r.id));
    total += rows.length;
    if (rows.length < PAGE) return total;
  }
}

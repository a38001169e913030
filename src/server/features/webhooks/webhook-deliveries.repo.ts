import { and, desc, eq, gte, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import { bulkInsert, bulkUpdate } from '../../db/bulk-insert.js';
import type { Db } from '../../db/client.js';
import { webhookAttempts, webhookDeliveries } from '../../db/schema/index.js';

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type NewDelivery = typeof webhookDeliveries.$inferInsert;
export type AttemptRow = typeof webhookAttempts.$inferSelect;

/** Deliveries made by events: one per endpoint and event, however often the stage sees it. */
export async function insertEventDeliveries(db: Db, rows: readonly NewDelivery[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(webhookDeliveries)
    .values([...rows])
    .onConflictDoNothing({
      target: [webhookDeliveries.endpointId, webhookDeliveries.eventKey],
      where: isNotNull(webhookDeliveries.eventKey),
    })
    .returning({ id: webhookDeliveries.id });
  return inserted.map((r) => r.id);
}

export async function insertDeliveries(db: Db, rows: readonly NewDelivery[]): Promise<DeliveryRow[]> {
  if (rows.length === 0) return [];
  return db
    .insert(webhookDeliveries)
    .values([...rows])
    .returning();
}

/**
 * Takes attempt `attempt` of pending deliveries, a fetched page of jobs in one statement: each only
 * when the attempts before it are done and no other worker runs it (one that died gives it up after
 * a minute), so a job run twice sends once. Returns the deliveries taken.
 */
export async function claimAttempts(
  db: Db,
  jobs: readonly { organizationId: string; deliveryId: string; attempt: number }[],
  now: Date,
): Promise<DeliveryRow[]> {
  if (jobs.length === 0) return [];
  const staleBefore = new Date(now.getTime() - 60_000);
  return db
    .update(webhookDeliveries)
    .set({ attemptingSince: now })
    .where(
      and(
        sql`(${webhookDeliveries.organizationId}, ${webhookDeliveries.id}, ${webhookDeliveries.attempts} + 1) in (
          select j.org, j.id::uuid, j.attempt::int
          from unnest(${sql.param(jobs.map((j) => j.organizationId))}::text[],
                      ${sql.param(jobs.map((j) => j.deliveryId))}::text[],
                      ${sql.param(jobs.map((j) => String(j.attempt)))}::text[]) as j(org, id, attempt))`,
        eq(webhookDeliveries.status, 'pending'),
        or(
          sql`${webhookDeliveries.attemptingSince} is null`,
          lt(webhookDeliveries.attemptingSince, staleBefore),
        ),
      ),
    )
    .returning();
}

export interface FinishedAttempt {
  delivery: { organizationId: string; id: string };
  /** The attempt's log entry; null when the delivery was cancelled without a request. */
  log: {
    attempt: number;
    at: Date;
    durationMs: number;
    outcome: string;
    statusCode: number | null;
    responseExcerpt: string | null;
  } | null;
  set: { status: DeliveryRow['status']; attempts: number; nextAttemptAt: Date | null };
}

type Logged = NonNullable<FinishedAttempt['log']> & { delivery: FinishedAttempt['delivery'] };

/** Logs a page of attempts and sets their deliveries' state: two statements however many. */
export async function finishAttempts(db: Db, finished: readonly FinishedAttempt[]): Promise<void> {
  const logged: Logged[] = finished.flatMap((f) => (f.log ? [{ ...f.log, delivery: f.delivery }] : []));
  await bulkInsert<Logged>(
    db,
    'webhook_attempts',
    [
      { name: 'delivery_id', type: 'uuid', value: (r) => r.delivery.id },
      { name: 'organization_id', type: 'text', value: (r) => r.delivery.organizationId },
      { name: 'attempt', type: 'integer', value: (r) => r.attempt },
      { name: 'at', type: 'timestamptz', value: (r) => r.at },
      { name: 'duration_ms', type: 'integer', value: (r) => r.durationMs },
      { name: 'outcome', type: 'text', value: (r) => r.outcome },
      { name: 'status_code', type: 'integer', value: (r) => r.statusCode },
      { name: 'response_excerpt', type: 'text', value: (r) => r.responseExcerpt },
    ],
    logged,
  );
  await bulkUpdate<FinishedAttempt>(
    db,
    'webhook_deliveries',
    [
      { name: 'id', type: 'uuid', value: (f) => f.delivery.id },
      { name: 'organization_id', type: 'text', value: (f) => f.delivery.organizationId },
    ],
    [
      { name: 'status', type: 'text', value: (f) => f.set.status },
      { name: 'attempts', type: 'integer', value: (f) => f.set.attempts },
      { name: 'next_attempt_at', type: 'timestamptz', value: (f) => f.set.nextAttemptAt },
      { name: 'attempting_since', type: 'timestamptz', value: () => null },
    ],
    finished,
  );
}

/**
 * When each endpoint last had an attempt delivered and last had one fail, over the log (30 days,
 * test events included: they tell whether the receiver answers). Endpoints without attempts are
 * left out.
 */
export async function attemptTimesOf(
  db: Db,
  organizationId: string,
  endpointIds: readonly string[],
): Promise<Array<{ endpointId: string; lastDeliveredAt: Date | null; lastFailedAt: Date | null }>> {
  if (endpointIds.length === 0) return [];
  const rows = await db
    .select({
      endpointId: webhookDeliveries.endpointId,
      lastDeliveredAt:
        sql<Date | null>`max(${webhookAttempts.at}) filter (where ${webhookAttempts.outcome} = 'delivered')`.mapWith(
          webhookAttempts.at,
        ),
      lastFailedAt:
        sql<Date | null>`max(${webhookAttempts.at}) filter (where ${webhookAttempts.outcome} <> 'delivered')`.mapWith(
          webhookAttempts.at,
        ),
    })
    .from(webhookAttempts)
    .innerJoin(webhookDeliveries, eq(webhookDeliveries.id, webhookAttempts.deliveryId))
    .where(
      and(
        eq(webhookAttempts.organizationId, organizationId),
        eq(webhookDeliveries.organizationId, organizationId),
        inArray(webhookDeliveries.endpointId, [...endpointIds]),
      ),
    )
    .groupBy(webhookDeliveries.endpointId);
  // Alert rules' deliveries have no endpoint; the filter above leaves them out already.
  return rows.flatMap((r) => (r.endpointId === null ? [] : [{ ...r, endpointId: r.endpointId }]));
}

/**
 * A page of an endpoint's log, or of an alert rule's Slack or Teams messages (the same table),
 * newest first, after the (createdAt, id) of `after`.
 */
export async function listDeliveries(
  db: Db,
  organizationId: string,
  owner: { endpointId: string } | { alertRuleId: string },
  limit: number,
  after: { createdAt: Date; id: string } | null,
): Promise<DeliveryRow[]> {
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.organizationId, organizationId),
        'endpointId' in owner
          ? eq(webhookDeliveries.endpointId, owner.endpointId)
          : eq(webhookDeliveries.alertRuleId, owner.alertRuleId),
        after
          ? sql`(${webhookDeliveries.createdAt}, ${webhookDeliveries.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
}

export async function attemptsOf(
  db: Db,
  organizationId: string,
  deliveryIds: readonly string[],
): Promise<AttemptRow[]> {
  if (deliveryIds.length === 0) return [];
  return db
    .select()
    .from(webhookAttempts)
    .where(
      and(
        eq(webhookAttempts.organizationId, organizationId),
        inArray(webhookAttempts.deliveryId, [...deliveryIds]),
      ),
    )
    .orderBy(webhookAttempts.deliveryId, webhookAttempts.attempt, webhookAttempts.id);
}

export async function findDelivery(
  db: Db,
  organizationId: string,
  endpointId: string,
  deliveryId: string,
): Promise<DeliveryRow | null> {
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.organizationId, organizationId),
        eq(webhookDeliveries.endpointId, endpointId),
        eq(webhookDeliveries.id, deliveryId),
      ),
    );
  return row ?? null;
}

/** The deliveries events made for an endpoint since `since`, oldest first (what a replay sends again). */
export async function eventDeliveriesSince(
  db: Db,
  organizationId: string,
  endpointId: string,
  since: Date,
  limit: number,
): Promise<DeliveryRow[]> {
  return db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.organizationId, organizationId),
        eq(webhookDeliveries.endpointId, endpointId),
        eq(webhookDeliveries.origin, 'event'),
        gte(webhookDeliveries.createdAt, since),
      ),
    )
    .orderBy(webhookDeliveries.createdAt, webhookDeliveries.id)
    .limit(limit);
}

/** An erased person's deliveries go, queued or logged: their payloads may carry what they wrote. */
export async function deleteDeliveriesOfContact(
  db: Db,
  organizationId: string,
  contactId: string,
): Promise<number> {
  const gone = await db
    .delete(webhookDeliveries)
    .where(
      and(eq(webhookDeliveries.organizationId, organizationId), eq(webhookDeliveries.contactId, contactId)),
    )
    .returning({ id: webhookDeliveries.id });
  return gone.length;
}

/**
 * Pending deliveries whose next attempt is overdue by `before` and that no worker runs: their job
 * was lost (a queue write failing right after the stage committed). Any organization: a sweep.
 */
export async function overdueDeliveries(
  db: Db,
  before: Date,
  limit: number,
): Promise<Array<{ id: string; organizationId: string; attempts: number }>> {
  return db
    .select({
      id: webhookDeliveries.id,
      organizationId: webhookDeliveries.organizationId,
      attempts: webhookDeliveries.attempts,
    })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.status, 'pending'),
        lt(webhookDeliveries.nextAttemptAt, before),
        or(sql`${webhookDeliveries.attemptingSince} is null`, lt(webhookDeliveries.attemptingSince, before)),
      ),
    )
    .orderBy(webhookDeliveries.nextAttemptAt)
    .limit(limit);
}

/** The log's retention: deliveries (and their attempts) older than `cutoff`. */
export async function deleteDeliveriesBefore(db: Db, cutoff: Date): Promise<number> {
  const gone = await db
    .delete(webhookDeliveries)
    .where(lt(webhookDeliveries.createdAt, cutoff))
    .returning({ id: webhookDeliveries.id });
  return gone.length;
}

import { and, asc, desc, eq, inArray, lt, max, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { alertEvents, alertRules, emailMessages, webhookDeliveries } from '../../db/schema/index.js';

export type AlertEventRow = typeof alertEvents.$inferSelect;
export type NewAlertEvent = typeof alertEvents.$inferInsert;

/** Events rules matched; one per rule and event however often the stage sees it. Returns the rules that got new ones. */
export async function insertAlertEvents(db: Db, rows: readonly NewAlertEvent[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(alertEvents)
    .values([...rows])
    .onConflictDoNothing({ target: [alertEvents.ruleId, alertEvents.eventKey] })
    .returning({ ruleId: alertEvents.ruleId });
  return [...new Set(inserted.map((r) => r.ruleId))];
}

/** A rule's waiting alerts, oldest first. */
export async function pendingEvents(
  db: Db,
  organizationId: string,
  ruleId: string,
  limit: number,
): Promise<AlertEventRow[]> {
  return db
    .select()
    .from(alertEvents)
    .where(
      and(
        eq(alertEvents.organizationId, organizationId),
        eq(alertEvents.ruleId, ruleId),
        eq(alertEvents.status, 'pending'),
      ),
    )
    .orderBy(asc(alertEvents.occurredAt), asc(alertEvents.id))
    .limit(limit);
}

export async function markSent(
  db: Db,
  organizationId: string,
  ids: readonly string[],
  set: { deliveryId: string | null; mailIds: string[] | null; sentAt: Date },
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(alertEvents)
    .set({ status: 'sent', ...set })
    .where(and(eq(alertEvents.organizationId, organizationId), inArray(alertEvents.id, [...ids])));
}

/** A switched-off rule's waiting alerts are not sent later when it is turned on again. */
export async function dropPending(db: Db, organizationId: string, ruleId: string): Promise<void> {
  await db
    .update(alertEvents)
    .set({ status: 'dropped' })
    .where(
      and(
        eq(alertEvents.organizationId, organizationId),
        eq(alertEvents.ruleId, ruleId),
        eq(alertEvents.status, 'pending'),
      ),
    );
}

/**
 * How busy a channel is: the last message any rule writing to it sent, with the gap it left, and
 * until when a message to it waits for a retry (after a 429 or a 5xx).
 */
export async function channelState(
  db: Db,
  organizationId: string,
  targetKey: string,
): Promise<{ lastSentAt: Date | null; gapMs: number | null; retryingUntil: Date | null }> {
  const [last] = await db
    .select({ at: alertRules.lastSentAt, gapMs: alertRules.paceMs })
    .from(alertRules)
    .where(
      and(
        eq(alertRules.organizationId, organizationId),
        eq(alertRules.targetKey, targetKey),
        sql`${alertRules.lastSentAt} is not null`,
      ),
    )
    .orderBy(desc(alertRules.lastSentAt))
    .limit(1);
  const [retrying] = await db
    .select({ until: max(webhookDeliveries.nextAttemptAt) })
    .from(webhookDeliveries)
    .innerJoin(alertRules, eq(alertRules.id, webhookDeliveries.alertRuleId))
    .where(
      and(
        eq(webhookDeliveries.organizationId, organizationId),
        eq(alertRules.organizationId, organizationId),
        eq(alertRules.targetKey, targetKey),
        eq(webhookDeliveries.status, 'pending'),
        sql`${webhookDeliveries.attempts} >= 1`,
      ),
    );
  const date = (v: Date | string | null | undefined) => (v ? new Date(v) : null);
  return { lastSentAt: date(last?.at), gapMs: last?.gapMs ?? null, retryingUntil: date(retrying?.until) };
}

/**
 * GDPR art. 17 for alerts: the person's alerts go, waiting or sent, with every message that
 * carries them — a Slack or Teams delivery (queued or in the log) and alert mails (queued or in
 * the outbox). Other people's alerts that were waiting in a deleted summary wait again, so
 * they still go out. Returns the rules that have alerts waiting again.
 */
export async function eraseAlertsOf(db: Db, organizationId: string, contactId: string): Promise<string[]> {
  const mine = await db
    .delete(alertEvents)
    .where(and(eq(alertEvents.organizationId, organizationId), eq(alertEvents.contactId, contactId)))
    .returning({ deliveryId: alertEvents.deliveryId, mailIds: alertEvents.mailIds });
  const deliveryIds = [...new Set(mine.flatMap((m) => (m.deliveryId ? [m.deliveryId] : [])))];
  const mailIds = [...new Set(mine.flatMap((m) => m.mailIds ?? []))];
  let requeued: string[] = [];
  if (deliveryIds.length > 0 || mailIds.length > 0) {
    // Others' alerts in a message that had not gone yet wait for the next one.
    const unsent = deliveryIds.length
      ? await db
          .select({ id: webhookDeliveries.id })
          .from(webhookDeliveries)
          .where(
            and(
              eq(webhookDeliveries.organizationId, organizationId),
              inArray(webhookDeliveries.id, deliveryIds),
              eq(webhookDeliveries.status, 'pending'),
            ),
          )
      : [];
    const unsentMails = mailIds.length
      ? await db
          .select({ id: emailMessages.id })
          .from(emailMessages)
          .where(
            and(
              eq(emailMessages.organizationId, organizationId),
              inArray(emailMessages.id, mailIds),
              inArray(emailMessages.status, ['queued', 'outbox']),
            ),
          )
      : [];
    const again = [
      ...(unsent.length
        ? [
            inArray(
              alertEvents.deliveryId,
              unsent.map((u) => u.id),
            ),
          ]
        : []),
      ...unsentMails.map((m) => sql`${alertEvents.mailIds} ? ${m.id}`),
    ];
    if (again.length > 0) {
      const rows = await db
        .update(alertEvents)
        .set({ status: 'pending', deliveryId: null, mailIds: null, sentAt: null })
        .where(and(eq(alertEvents.organizationId, organizationId), sql`(${sql.join(again, sql` or `)})`))
        .returning({ ruleId: alertEvents.ruleId });
      requeued = [...new Set(rows.map((r) => r.ruleId))];
    }
    if (deliveryIds.length > 0)
      await db
        .delete(webhookDeliveries)
        .where(
          and(
            eq(webhookDeliveries.organizationId, organizationId),
            inArray(webhookDeliveries.id, deliveryIds),
          ),
        );
    if (mailIds.length > 0)
      await db
        .delete(emailMessages)
        .where(and(eq(emailMessages.organizationId, organizationId), inArray(emailMessages.id, mailIds)));
  }
  return requeued;
}

/**
 * Rules whose alerts wait without a flush on its way: the oldest pending one is older than
 * `before` and no flush is scheduled, or the one scheduled is overdue (its job was lost).
 * Any organization: a sweep.
 */
export async function stalledRules(
  db: Db,
  before: Date,
  limit: number,
): Promise<Array<{ organizationId: string; ruleId: string }>> {
  return db
    .selectDistinct({ organizationId: alertEvents.organizationId, ruleId: alertEvents.ruleId })
    .from(alertEvents)
    .innerJoin(alertRules, eq(alertRules.id, alertEvents.ruleId))
    .where(
      and(
        eq(alertEvents.status, 'pending'),
        lt(alertEvents.createdAt, before),
        sql`(${alertRules.flushAt} is null or ${alertRules.flushAt} < ${before.toISOString()}::timestamptz)`,
      ),
    )
    .limit(limit);
}

/** The alert log's retention, with the webhooks' 30 days. */
export async function deleteAlertEventsBefore(db: Db, cutoff: Date): Promise<number> {
  const gone = await db
    .delete(alertEvents)
    .where(lt(alertEvents.createdAt, cutoff))
    .returning({ id: alertEvents.id });
  return gone.length;
}

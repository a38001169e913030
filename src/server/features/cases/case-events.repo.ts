import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { caseEvents, caseItems, emailMessages, feedbackItems, user } from '../../db/schema/index.js';

export type NewCaseEvent = typeof caseEvents.$inferInsert;

export async function insertCaseEvents(db: Db, rows: readonly NewCaseEvent[]) {
  if (rows.length === 0) return [];
  return db
    .insert(caseEvents)
    .values([...rows])
    .returning();
}

/** A case's log, oldest first, with each actor's name and a reply's mail state. */
export async function findCaseEvents(db: Db, organizationId: string, caseId: string) {
  return db
    .select({
      event: caseEvents,
      actor: { id: user.id, name: user.name, email: user.email },
      delivery: emailMessages.status,
    })
    .from(caseEvents)
    .leftJoin(user, eq(user.id, caseEvents.actorUserId))
    .leftJoin(emailMessages, eq(emailMessages.id, caseEvents.emailMessageId))
    .where(and(eq(caseEvents.organizationId, organizationId), eq(caseEvents.caseId, caseId)))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
}

/** Just what the SLA clocks read: type, time, author and status, oldest first. */
export async function findSlaEvents(db: Db, organizationId: string, caseId: string) {
  return db
    .select({ at: caseEvents.at, type: caseEvents.type, author: caseEvents.author, data: caseEvents.data })
    .from(caseEvents)
    .where(and(eq(caseEvents.organizationId, organizationId), eq(caseEvents.caseId, caseId)))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
}

/** The case whose outgoing mail carried this Message-ID (inbound replies thread back by it). */
export async function findCaseByMailMessageId(db: Db, mailMessageId: string) {
  const [row] = await db
    .select({ caseId: caseEvents.caseId, organizationId: caseEvents.organizationId })
    .from(caseEvents)
    .where(eq(caseEvents.mailMessageId, mailMessageId))
    .limit(1);
  return row ?? null;
}

export async function addCaseItem(
  db: Db,
  row: { caseId: string; itemId: string; organizationId: string; joinedAt: Date },
): Promise<boolean> {
  const added = await db
    .insert(caseItems)
    .values(row)
    .onConflictDoNothing()
    .returning({ itemId: caseItems.itemId });
  return added.length > 0;
}

export async function findCaseItems(db: Db, organizationId: string, caseId: string) {
  return db
    .select({
      id: feedbackItems.id,
      channel: feedbackItems.channel,
      metric: feedbackItems.metric,
      score: feedbackItems.score,
      scaleMin: feedbackItems.scaleMin,
      scaleMax: feedbackItems.scaleMax,
      text: feedbackItems.text,
      occurredAt: feedbackItems.occurredAt,
      joinedAt: caseItems.joinedAt,
    })
    .from(caseItems)
    .innerJoin(feedbackItems, eq(feedbackItems.id, caseItems.itemId))
    .where(and(eq(caseItems.organizationId, organizationId), eq(caseItems.caseId, caseId)))
    .orderBy(asc(caseItems.joinedAt));
}

/** The Message-IDs of the case's mails so far, oldest first: a reply threads under them. */
export async function findMailThread(db: Db, organizationId: string, caseId: string): Promise<string[]> {
  const rows = await db
    .select({ id: caseEvents.mailMessageId })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.organizationId, organizationId),
        eq(caseEvents.caseId, caseId),
        isNotNull(caseEvents.mailMessageId),
      ),
    )
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
  return rows.flatMap((r) => (r.id ? [r.id] : []));
}

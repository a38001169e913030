import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { bulkInsert, type BulkColumn } from '../../db/bulk-insert.js';
import type { Db } from '../../db/client.js';
import {
  caseEvents,
  caseItems,
  emailMessages,
  feedbackItems,
  itemAnalyses,
  user,
} from '../../db/schema/index.js';

export type NewCaseEvent = typeof caseEvents.$inferInsert;

const EVENT_COLUMNS: readonly BulkColumn<NewCaseEvent>[] = [
  { name: 'case_id', type: 'uuid', value: (e) => e.caseId },
  { name: 'organization_id', type: 'text', value: (e) => e.organizationId },
  { name: 'at', type: 'timestamptz', value: (e) => e.at },
  { name: 'type', type: 'text', value: (e) => e.type },
  { name: 'author', type: 'text', value: (e) => e.author },
  { name: 'actor_user_id', type: 'text', value: (e) => e.actorUserId ?? null },
  { name: 'body', type: 'text', value: (e) => e.body ?? null },
  { name: 'data', type: 'jsonb', value: (e) => e.data ?? {} },
  { name: 'email_message_id', type: 'uuid', value: (e) => e.emailMessageId ?? null },
  { name: 'mail_message_id', type: 'text', value: (e) => e.mailMessageId ?? null },
];

/**
 * Appends to cases' logs in one statement, in the given order (the SLA tick writes a chunk's
 * warnings, breaches and escalations at once; one array per column instead of a parameter per cell).
 */
export async function insertCaseEvents(db: Db, rows: readonly NewCaseEvent[]): Promise<void> {
  await bulkInsert(db, 'case_events', EVENT_COLUMNS, rows);
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

/** What the SLA clocks read of many cases' logs, in one query: each case's events, oldest first. */
export async function findSlaEventsOfCases(db: Db, organizationId: string, caseIds: readonly string[]) {
  const byCase = new Map<string, SlaEventRow[]>();
  if (caseIds.length === 0) return byCase;
  const rows = await db
    .select({
      caseId: caseEvents.caseId,
      at: caseEvents.at,
      type: caseEvents.type,
      author: caseEvents.author,
      data: caseEvents.data,
    })
    .from(caseEvents)
    .where(and(eq(caseEvents.organizationId, organizationId), inArray(caseEvents.caseId, [...caseIds])))
    .orderBy(asc(caseEvents.caseId), asc(caseEvents.at), asc(caseEvents.id));
  for (const { caseId, ...event } of rows) {
    const list = byCase.get(caseId);
    if (list) list.push(event);
    else byCase.set(caseId, [event]);
  }
  return byCase;
}
export type SlaEventRow = Awaited<ReturnType<typeof findSlaEvents>>[number];

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

/** Many items into their cases in one statement; an item already in a case is skipped. */
export async function addCaseItems(
  db: Db,
  rows: readonly { caseId: string; itemId: string; organizationId: string; joinedAt: Date }[],
): Promise<void> {
  if (rows.length > 0)
    await db
      .insert(caseItems)
      .values([...rows])
      .onConflictDoNothing();
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
      analysis: itemAnalyses.analysis,
      occurredAt: feedbackItems.occurredAt,
      joinedAt: caseItems.joinedAt,
    })
    .from(caseItems)
    .innerJoin(feedbackItems, eq(feedbackItems.id, caseItems.itemId))
    .leftJoin(
      itemAnalyses,
      and(eq(itemAnalyses.itemId, feedbackItems.id), eq(itemAnalyses.organizationId, organizationId)),
    )
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

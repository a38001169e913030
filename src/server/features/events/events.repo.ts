import { and, desc, eq, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import { inTransaction } from '../../db/in-transaction.js';
import { announce } from '../../pipeline/outbox.repo.js';
import type { Db } from '../../db/client.js';
import { contactEvents, contacts } from '../../db/schema/index.js';

export type NewEventRow = typeof contactEvents.$inferInsert & { id: string };

/** Inserts what is new; an eventId stored already is skipped. Returns the inserted ids. */
/**
 * Inserts what is new, each new event announced (event.ingested) in the same transaction; rows
 * whose eventId exists already are skipped. Returns the inserted ids.
 */
export async function insertEvents(db: Db, rows: NewEventRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  return inTransaction(db, async (tx) => {
    const inserted = await tx
      .insert(contactEvents)
      .values(rows)
      .onConflictDoNothing({ target: [contactEvents.organizationId, contactEvents.eventId] })
      .returning({ id: contactEvents.id, organizationId: contactEvents.organizationId });
    await announce(
      tx,
      inserted.map((r) => ({
        organizationId: r.organizationId,
        topic: 'event.ingested' as const,
        subjectId: r.id,
        version: 1,
      })),
    );
    return new Set(inserted.map((r) => r.id));
  });
}

/** The announced events, for the stages that read the behaviour stream (event triggers). */
export async function eventsByIds(
  db: Db,
  organizationId: string,
  ids: readonly string[],
): Promise<Array<{ contactId: string; type: string; occurredAt: Date }>> {
  if (ids.length === 0) return [];
  return db
    .select({
      contactId: contactEvents.contactId,
      type: contactEvents.type,
      occurredAt: contactEvents.occurredAt,
    })
    .from(contactEvents)
    .where(and(eq(contactEvents.organizationId, organizationId), inArray(contactEvents.id, [...ids])))
    .orderBy(contactEvents.occurredAt);
}

export async function idsByEventId(
  db: Db,
  organizationId: string,
  eventIds: string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (eventIds.length === 0) return found;
  const rows = await db
    .select({ id: contactEvents.id, eventId: contactEvents.eventId })
    .from(contactEvents)
    .where(and(eq(contactEvents.organizationId, organizationId), inArray(contactEvents.eventId, eventIds)));
  for (const r of rows) if (r.eventId !== null) found.set(r.eventId, r.id);
  return found;
}

export interface EventFilter {
  contactId?: string | undefined;
  type?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  after?: { at: Date; id: string } | undefined;
}

export async function listEvents(db: Db, organizationId: string, f: EventFilter, limit: number) {
  const where: SQL[] = [eq(contactEvents.organizationId, organizationId)];
  if (f.contactId !== undefined) where.push(eq(contactEvents.contactId, f.contactId));
  if (f.type !== undefined) where.push(eq(contactEvents.type, f.type));
  if (f.from) where.push(gte(contactEvents.occurredAt, f.from));
  if (f.to) where.push(lt(contactEvents.occurredAt, f.to));
  if (f.after) {
    const keyset = or(
      lt(contactEvents.occurredAt, f.after.at),
      and(eq(contactEvents.occurredAt, f.after.at), lt(contactEvents.id, f.after.id)),
    );
    if (keyset) where.push(keyset);
  }
  return db
    .select({
      id: contactEvents.id,
      contactExternalId: contacts.externalId,
      type: contactEvents.type,
      value: contactEvents.value,
      revenue: contactEvents.revenue,
      occurredAt: contactEvents.occurredAt,
      properties: contactEvents.properties,
      eventId: contactEvents.eventId,
      createdAt: contactEvents.createdAt,
    })
    .from(contactEvents)
    .innerJoin(contacts, eq(contacts.id, contactEvents.contactId))
    .where(and(...where))
    .orderBy(desc(contactEvents.occurredAt), desc(contactEvents.id))
    .limit(limit);
}

import { and, desc, eq, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contactAliases, contactEvents, contacts } from '../../db/schema/index.js';

export type NewEventRow = typeof contactEvents.$inferInsert & { id: string };

/** Contact ids by external id, old ids of merged contacts included; scoped by organization. */
export async function contactIdsByExternalId(db: Db, organizationId: string, externalIds: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (externalIds.length === 0) return found;
  const direct = await db
    .select({ externalId: contacts.externalId, id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.organizationId, organizationId), inArray(contacts.externalId, externalIds)));
  for (const r of direct) found.set(r.externalId, r.id);
  const missing = externalIds.filter((e) => !found.has(e));
  if (missing.length > 0) {
    const aliases = await db
      .select({ externalId: contactAliases.externalId, id: contactAliases.contactId })
      .from(contactAliases)
      .where(and(eq(contactAliases.organizationId, organizationId), inArray(contactAliases.externalId, missing)));
    for (const r of aliases) found.set(r.externalId, r.id);
  }
  return found;
}

/** Inserts what is new; an eventId stored already is skipped. Returns the inserted ids. */
export async function insertEvents(db: Db, rows: NewEventRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await db
    .insert(contactEvents)
    .values(rows)
    .onConflictDoNothing({ target: [contactEvents.organizationId, contactEvents.eventId] })
    .returning({ id: contactEvents.id });
  return new Set(inserted.map((r) => r.id));
}

export async function idsByEventId(db: Db, organizationId: string, eventIds: string[]): Promise<Map<string, string>> {
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
    const keyset = or(lt(contactEvents.occurredAt, f.after.at), and(eq(contactEvents.occurredAt, f.after.at), lt(contactEvents.id, f.after.id)));
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

import { and, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  contactAliases,
  contactEvents,
  contacts,
  feedbackItems,
  surveyResponses,
} from '../../db/schema/index.js';

import type { CustomAttributeValue } from '../../db/schema/index.js';
export type { CustomAttributeValue };
export type ContactRow = typeof contacts.$inferSelect;
export type NewContactRow = typeof contacts.$inferInsert;
/** The columns an upsert may change. */
export type ContactValues = Omit<
  NewContactRow,
  'id' | 'organizationId' | 'externalId' | 'createdAt' | 'updatedAt'
>;

/** 500 rows per statement: few round trips, far below PostgreSQL's 65,535 bind parameters. */
const BATCH_SIZE = 500;

export { inTransaction } from '../../db/in-transaction.js';

/**
 * Contacts for the given external ids, each id resolved directly or through an alias (a merged
 * contact's old id). The map is keyed by the id asked for.
 */
export async function findByExternalIds(
  db: Db,
  organizationId: string,
  externalIds: readonly string[],
): Promise<Map<string, ContactRow>> {
  const found = new Map<string, ContactRow>();
  if (externalIds.length === 0) return found;
  const ids = [...new Set(externalIds)];
  const aliases = await db
    .select({ externalId: contactAliases.externalId, contactId: contactAliases.contactId })
    .from(contactAliases)
    .where(and(eq(contactAliases.organizationId, organizationId), inArray(contactAliases.externalId, ids)));
  const aliasTargets = aliases.map((a) => a.contactId);
  const rows = await db
    .select()
    .from(contacts)
    .where(
      and(
        eq(contacts.organizationId, organizationId),
        aliasTargets.length > 0
          ? or(inArray(contacts.externalId, ids), inArray(contacts.id, aliasTargets))
          : inArray(contacts.externalId, ids),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const r of rows) found.set(r.externalId, r);
  for (const a of aliases) {
    const row = byId.get(a.contactId);
    if (row && !found.has(a.externalId)) found.set(a.externalId, row);
  }
  return found;
}

export async function findByExternalId(
  db: Db,
  organizationId: string,
  externalId: string,
): Promise<ContactRow | null> {
  return (await findByExternalIds(db, organizationId, [externalId])).get(externalId) ?? null;
}

/** Inserts new contacts; ids another request created meanwhile are skipped and left out of the result. */
export async function insertContacts(db: Db, rows: readonly NewContactRow[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (let i = 0; i < rows.length; i += BATCH_SIZE) {
    const result = await db
      .insert(contacts)
      .values(rows.slice(i, i + BATCH_SIZE))
      .onConflictDoNothing({ target: [contacts.organizationId, contacts.externalId] })
      .returning({ externalId: contacts.externalId });
    for (const r of result) inserted.add(r.externalId);
  }
  return inserted;
}

export async function updateContact(
  db: Db,
  organizationId: string,
  id: string,
  values: ContactValues & { updatedAt: Date },
): Promise<void> {
  await db
    .update(contacts)
    .set(values)
    .where(and(eq(contacts.organizationId, organizationId), eq(contacts.id, id)));
}

export async function listAliases(db: Db, organizationId: string, contactId: string) {
  return db
    .select({ externalId: contactAliases.externalId, createdAt: contactAliases.createdAt })
    .from(contactAliases)
    .where(and(eq(contactAliases.organizationId, organizationId), eq(contactAliases.contactId, contactId)))
    .orderBy(contactAliases.createdAt, contactAliases.externalId);
}

export interface ListFilter {
  q?: string | undefined;
  segment?: string | undefined;
  region?: string | undefined;
  language?: string | undefined;
  plan?: string | undefined;
  hasEmail?: boolean | undefined;
  isChurned?: boolean | undefined;
  /** Custom attributes that must equal these values; null matches a missing value. */
  attributes?: Record<string, CustomAttributeValue> | undefined;
  /** Exclusive keyset position: created_at in microseconds since the epoch (exact) and id. */
  after?: { createdAt: string; id: string } | undefined;
  limit: number;
}

/** The WHERE clause of a contact filter (list, segments), always scoped by organization. */
export function contactFilter(organizationId: string, f: Omit<ListFilter, 'after' | 'limit'>): SQL[] {
  const where: SQL[] = [eq(contacts.organizationId, organizationId)];
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      or(
        ilike(contacts.name, pattern),
        ilike(contacts.email, pattern),
        ilike(contacts.externalId, pattern),
      ) as SQL,
    );
  }
  if (f.segment !== undefined) where.push(eq(contacts.segment, f.segment));
  if (f.region !== undefined) where.push(eq(contacts.region, f.region));
  if (f.language !== undefined) where.push(eq(contacts.language, f.language));
  if (f.plan !== undefined) where.push(eq(contacts.plan, f.plan));
  if (f.hasEmail !== undefined) where.push(f.hasEmail ? isNotNull(contacts.email) : isNull(contacts.email));
  if (f.isChurned !== undefined)
    where.push(f.isChurned ? isNotNull(contacts.churnedAt) : isNull(contacts.churnedAt));
  for (const [key, value] of Object.entries(f.attributes ?? {})) {
    where.push(
      value === null
        ? sql`${contacts.attributes} -> ${key} is null`
        : sql`${contacts.attributes} -> ${key} = ${JSON.stringify(value)}::jsonb`,
    );
  }
  return where;
}

export async function countMatching(
  db: Db,
  organizationId: string,
  f: Omit<ListFilter, 'after' | 'limit'>,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(contacts)
    .where(and(...contactFilter(organizationId, f)));
  return Number(row?.n ?? 0);
}

/** Newest first by (created_at, id): a stable order that keyset pagination walks exactly once. */
export async function listContacts(db: Db, organizationId: string, f: ListFilter) {
  const where = contactFilter(organizationId, f);
  if (f.after)
    where.push(
      sql`(${contacts.createdAt}, ${contacts.id}) < (timestamptz 'epoch' + ${f.after.createdAt}::bigint * interval '1 microsecond', ${f.after.id}::uuid)`,
    );
  return db
    .select({
      contact: contacts,
      createdAtText: sql<string>`(extract(epoch from ${contacts.createdAt}) * 1000000)::bigint::text`,
    })
    .from(contacts)
    .where(and(...where))
    .orderBy(desc(contacts.createdAt), desc(contacts.id))
    .limit(f.limit);
}

export async function recentFeedback(db: Db, organizationId: string, contactId: string, limit: number) {
  return db
    .select({
      id: feedbackItems.id,
      channel: feedbackItems.channel,
      source: feedbackItems.source,
      metric: feedbackItems.metric,
      score: feedbackItems.score,
      scaleMin: feedbackItems.scaleMin,
      scaleMax: feedbackItems.scaleMax,
      text: feedbackItems.text,
      product: feedbackItems.product,
      occurredAt: feedbackItems.occurredAt,
      hiddenFields: sql<Record<string, string>>`coalesce(${surveyResponses.hiddenFields}, '{}'::jsonb)`,
    })
    .from(feedbackItems)
    .leftJoin(
      surveyResponses,
      and(
        eq(surveyResponses.feedbackItemId, feedbackItems.id),
        eq(surveyResponses.organizationId, organizationId),
      ),
    )
    .where(and(eq(feedbackItems.organizationId, organizationId), eq(feedbackItems.contactId, contactId)))
    .orderBy(desc(feedbackItems.occurredAt), desc(feedbackItems.id))
    .limit(limit);
}

/** Behaviour events condensed per type and ISO week (UTC), most recent first. */
export async function condensedEvents(db: Db, organizationId: string, contactId: string, limit: number) {
  const week = sql<string>`to_char(date_trunc('week', ${contactEvents.occurredAt} at time zone 'UTC'), 'IYYY-"W"IW')`;
  const lastAt = sql<Date | string>`max(${contactEvents.occurredAt})`;
  const rows = await db
    .select({
      type: contactEvents.type,
      week,
      count: sql<number>`count(*)::int`,
      revenue: sql<number | string | null>`sum(${contactEvents.revenue})`,
      lastAt,
    })
    .from(contactEvents)
    .where(and(eq(contactEvents.organizationId, organizationId), eq(contactEvents.contactId, contactId)))
    .groupBy(contactEvents.type, week)
    .orderBy(desc(lastAt), contactEvents.type)
    .limit(limit);
  return rows.map((r) => ({
    type: r.type,
    week: r.week,
    count: Number(r.count),
    revenue: r.revenue === null ? null : Number(r.revenue),
    lastAt: r.lastAt instanceof Date ? r.lastAt : new Date(r.lastAt),
  }));
}

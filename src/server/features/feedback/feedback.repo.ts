import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contacts, feedbackItems } from '../../db/schema/index.js';

export type NewFeedbackRow = typeof feedbackItems.$inferInsert & { id: string };

/** Contact ids by e-mail (case-insensitive); an address that two contacts share matches neither. */
export async function contactIdsByEmail(db: Db, organizationId: string, emails: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (emails.length === 0) return found;
  const lowered = [...new Set(emails.map((e) => e.toLowerCase()))];
  const rows = await db
    .select({ email: sql<string>`lower(${contacts.email})`, id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.organizationId, organizationId), inArray(sql`lower(${contacts.email})`, lowered)));
  const ambiguous = new Set<string>();
  for (const r of rows) {
    if (found.has(r.email)) ambiguous.add(r.email);
    found.set(r.email, r.id);
  }
  for (const e of ambiguous) found.delete(e);
  return found;
}

/** Inserts what is new; rows whose (channel, externalRef) exists already are skipped. Returns the inserted ids. */
export async function insertFeedbackItems(db: Db, rows: NewFeedbackRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await db
    .insert(feedbackItems)
    .values(rows)
    .onConflictDoNothing({ target: [feedbackItems.organizationId, feedbackItems.channel, feedbackItems.externalRef] })
    .returning({ id: feedbackItems.id });
  return new Set(inserted.map((r) => r.id));
}

/** Ids of stored items by (channel, externalRef), to answer a repeated delivery with the original id. */
export async function idsByExternalRef(db: Db, organizationId: string, refs: Array<{ channel: string; externalRef: string }>): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (refs.length === 0) return found;
  const rows = await db
    .select({ id: feedbackItems.id, channel: feedbackItems.channel, externalRef: feedbackItems.externalRef })
    .from(feedbackItems)
    .where(and(eq(feedbackItems.organizationId, organizationId), inArray(feedbackItems.externalRef, [...new Set(refs.map((r) => r.externalRef))])));
  for (const r of rows) if (r.externalRef !== null) found.set(refKey(r.channel, r.externalRef), r.id);
  return found;
}

export const refKey = (channel: string, externalRef: string) => `${channel}\u0000${externalRef}`;

const itemColumns = {
  id: feedbackItems.id,
  channel: feedbackItems.channel,
  source: feedbackItems.source,
  metric: feedbackItems.metric,
  score: feedbackItems.score,
  scaleMin: feedbackItems.scaleMin,
  scaleMax: feedbackItems.scaleMax,
  text: feedbackItems.text,
  language: feedbackItems.language,
  product: feedbackItems.product,
  touchpoint: feedbackItems.touchpoint,
  link: feedbackItems.link,
  externalRef: feedbackItems.externalRef,
  contactId: feedbackItems.contactId,
  contactExternalId: contacts.externalId,
  authorEmail: feedbackItems.authorEmail,
  authorHandle: feedbackItems.authorHandle,
  authorName: feedbackItems.authorName,
  occurredAt: feedbackItems.occurredAt,
  createdAt: feedbackItems.createdAt,
};

export interface FeedbackFilter {
  channel?: string | undefined;
  source?: string | undefined;
  contactId?: string | undefined;
  product?: string | undefined;
  metric?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  after?: { at: Date; id: string } | undefined;
}

export async function listFeedbackItems(db: Db, organizationId: string, f: FeedbackFilter, limit: number) {
  const where: SQL[] = [eq(feedbackItems.organizationId, organizationId)];
  if (f.channel !== undefined) where.push(eq(feedbackItems.channel, f.channel));
  if (f.source !== undefined) where.push(eq(feedbackItems.source, f.source));
  if (f.contactId !== undefined) where.push(eq(feedbackItems.contactId, f.contactId));
  if (f.product !== undefined) where.push(eq(feedbackItems.product, f.product));
  if (f.metric !== undefined) where.push(eq(feedbackItems.metric, f.metric));
  if (f.from) where.push(gte(feedbackItems.occurredAt, f.from));
  if (f.to) where.push(lt(feedbackItems.occurredAt, f.to));
  if (f.after) {
    const keyset = or(lt(feedbackItems.occurredAt, f.after.at), and(eq(feedbackItems.occurredAt, f.after.at), lt(feedbackItems.id, f.after.id)));
    if (keyset) where.push(keyset);
  }
  return db
    .select(itemColumns)
    .from(feedbackItems)
    .leftJoin(contacts, eq(contacts.id, feedbackItems.contactId))
    .where(and(...where))
    .orderBy(desc(feedbackItems.occurredAt), desc(feedbackItems.id))
    .limit(limit);
}

export async function findFeedbackItem(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select(itemColumns)
    .from(feedbackItems)
    .leftJoin(contacts, eq(contacts.id, feedbackItems.contactId))
    .where(and(eq(feedbackItems.organizationId, organizationId), eq(feedbackItems.id, id)));
  return row ?? null;
}

export type FeedbackRow = NonNullable<Awaited<ReturnType<typeof findFeedbackItem>>>;

/** Channel counts of the given items, for the `feedback.ingested` job. */
export async function countByChannel(db: Db, organizationId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ channel: feedbackItems.channel, n: sql<number>`count(*)::int` })
    .from(feedbackItems)
    .where(and(eq(feedbackItems.organizationId, organizationId), inArray(feedbackItems.id, ids)))
    .groupBy(feedbackItems.channel);
}

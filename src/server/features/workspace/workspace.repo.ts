import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contacts, feedbackItems } from '../../db/schema/index.js';

/**
 * Counts over one organization's rows that no rollup can give: every feedback item, scored or
 * not, by channel and language, and its time span. The rollups (`metric_rollups`) hold only
 * survey-metric scores, so reviews, tickets and messages without a score never reach them; the
 * scored answers per metric come from the rollups (`metrics/scored-by-metric.service.ts`).
 * These scan the organization's items (organization index).
 */
const n = sql<number>`count(*)::int`;

export async function countContacts(db: Db, organizationId: string): Promise<number> {
  const [row] = await db.select({ n }).from(contacts).where(eq(contacts.organizationId, organizationId));
  return Number(row?.n ?? 0);
}

export async function feedbackTotals(db: Db, organizationId: string) {
  const [row] = await db
    .select({
      n,
      firstAt: sql<Date | string | null>`min(${feedbackItems.occurredAt})`,
      lastAt: sql<Date | string | null>`max(${feedbackItems.occurredAt})`,
    })
    .from(feedbackItems)
    .where(eq(feedbackItems.organizationId, organizationId));
  return { n: Number(row?.n ?? 0), firstAt: toDate(row?.firstAt), lastAt: toDate(row?.lastAt) };
}

export async function feedbackByChannel(db: Db, organizationId: string) {
  const rows = await db
    .select({ channel: feedbackItems.channel, n })
    .from(feedbackItems)
    .where(eq(feedbackItems.organizationId, organizationId))
    .groupBy(feedbackItems.channel)
    .orderBy(desc(n), asc(feedbackItems.channel));
  return rows.map((r) => ({ channel: r.channel, n: Number(r.n) }));
}

export async function feedbackByLanguage(db: Db, organizationId: string) {
  const rows = await db
    .select({ language: sql<string>`${feedbackItems.language}`, n })
    .from(feedbackItems)
    .where(and(eq(feedbackItems.organizationId, organizationId), isNotNull(feedbackItems.language)))
    .groupBy(feedbackItems.language)
    .orderBy(desc(n), asc(feedbackItems.language));
  return rows.map((r) => ({ language: r.language, n: Number(r.n) }));
}

/** Raw `min()`/`max()` come back as strings from node-postgres and as Dates from PGlite. */
function toDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value);
}

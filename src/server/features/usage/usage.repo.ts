import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { usageCounters } from '../../db/schema/index.js';

export async function readUsage(
  db: Db,
  organizationId: string,
  period: string,
  metric: string,
): Promise<number> {
  const [row] = await db
    .select({ count: usageCounters.count })
    .from(usageCounters)
    .where(
      and(
        eq(usageCounters.organizationId, organizationId),
        eq(usageCounters.period, period),
        eq(usageCounters.metric, metric),
      ),
    );
  return row?.count ?? 0;
}

/**
 * Adds `count` only if the result stays within `limit` (null: no limit), in one statement, so
 * two concurrent sends can never both squeeze past the quota. Returns the new total, or null
 * when the quota would be exceeded.
 */
export async function addUsage(
  db: Db,
  organizationId: string,
  period: string,
  metric: string,
  count: number,
  limit: number | null,
): Promise<number | null> {
  const guard = limit === null ? sql`true` : sql`${usageCounters.count} + ${count} <= ${limit}`;
  if (limit !== null && count > limit) return null;
  const rows = await db
    .insert(usageCounters)
    .values({ organizationId, period, metric, count })
    .onConflictDoUpdate({
      target: [usageCounters.organizationId, usageCounters.period, usageCounters.metric],
      set: { count: sql`${usageCounters.count} + ${count}` },
      setWhere: guard,
    })
    .returning({ count: usageCounters.count });
  return rows[0]?.count ?? null;
}

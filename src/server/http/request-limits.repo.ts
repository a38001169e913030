import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { requestLimits } from '../db/schema/index.js';

/** A bucket after a hit: how many hits its window holds and when that window ends. */
export interface LimitState {
  hits: number;
  windowEndsAt: Date;
  lastHitAt: Date;
}

// The existing row, named explicitly: inside ON CONFLICT … DO UPDATE the table name means the
// stored row (as opposed to `excluded`, the one proposed for insertion).
const stored = {
  hits: sql`"request_limits"."hits"`,
  windowEndsAt: sql`"request_limits"."window_ends_at"`,
};

/**
 * Counts one hit in one statement, whichever node makes it: a bucket whose window has ended
 * starts again at 1. A fixed window keeps its end; a sliding one moves its end to `now + window`
 * with every hit (failed sign-ins are forgotten only after a quiet hour).
 */
export async function countHit(
  db: Db,
  key: string,
  now: Date,
  windowMs: number,
  mode: 'fixed' | 'sliding',
): Promise<LimitState> {
  const windowEndsAt = new Date(now.getTime() + windowMs);
  const ended = sql`${stored.windowEndsAt} <= ${now.toISOString()}::timestamptz`;
  const [row] = await db
    .insert(requestLimits)
    .values({ key, hits: 1, windowEndsAt, lastHitAt: now })
    .onConflictDoUpdate({
      target: requestLimits.key,
      set: {
        hits: sql`case when ${ended} then 1 else ${stored.hits} + 1 end`,
        windowEndsAt:
          mode === 'sliding'
            ? windowEndsAt
            : sql`case when ${ended} then ${windowEndsAt.toISOString()}::timestamptz else ${stored.windowEndsAt} end`,
        lastHitAt: now,
      },
    })
    .returning({
      hits: requestLimits.hits,
      windowEndsAt: requestLimits.windowEndsAt,
      lastHitAt: requestLimits.lastHitAt,
    });
  if (!row) throw new Error('upsert into request_limits returned no row');
  return row;
}

/** The bucket as it stands, or null when it has none or its window has ended. */
export async function readLimit(db: Db, key: string, now: Date): Promise<LimitState | null> {
  const [row] = await db
    .select({
      hits: requestLimits.hits,
      windowEndsAt: requestLimits.windowEndsAt,
      lastHitAt: requestLimits.lastHitAt,
    })
    .from(requestLimits)
    .where(eq(requestLimits.key, key));
  return row && row.windowEndsAt > now ? row : null;
}

export async function clearLimit(db: Db, key: string): Promise<void> {
  await db.delete(requestLimits).where(eq(requestLimits.key, key));
}

/** Buckets whose window ended before `before` count nothing any more. */
export async function deleteEndedLimits(db: Db, before: Date): Promise<number> {
  const removed = await db
    .delete(requestLimits)
    .where(lt(requestLimits.windowEndsAt, before))
    .returning({ key: requestLimits.key });
  return removed.length;
}

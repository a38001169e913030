import { lt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rateLimit, requestLimits, session, verification } from '../../db/schema/index.js';

/** Not organization data: sessions and tokens belong to accounts, so no tenant scope applies. */
export async function deleteExpiredAuthRows(db: Db, now: Date) {
  const sessions = await db.delete(session).where(lt(session.expiresAt, now)).returning({ id: session.id });
  const tokens = await db
    .delete(verification)
    .where(lt(verification.expiresAt, now))
    .returning({ id: verification.id });
  const dayAgoMs = now.getTime() - 24 * 60 * 60 * 1000;
  const limits = await db
    .delete(rateLimit)
    .where(lt(rateLimit.lastRequest, dayAgoMs))
    .returning({ id: rateLimit.id });
  // Our shared request counters: a bucket whose window has ended counts nothing any more.
  const buckets = await db
    .delete(requestLimits)
    .where(lt(requestLimits.windowEndsAt, now))
    .returning({ key: requestLimits.key });
  return { sessions: sessions.length, tokens: tokens.length, rateLimits: limits.length + buckets.length };
}

import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { cases, notificationPreferences, notifications } from '../../db/schema/index.js';

export type NewNotification = typeof notifications.$inferInsert;

export async function insertNotifications(db: Db, rows: readonly NewNotification[]): Promise<void> {
  if (rows.length > 0) await db.insert(notifications).values([...rows]);
}

/** A person's latest notifications in one organization, with the case each is about. */
export async function findNotifications(db: Db, organizationId: string, userId: string, limit: number) {
  return db
    .select({
      n: notifications,
      case: { id: cases.id, number: cases.number, subject: cases.subject },
    })
    .from(notifications)
    .leftJoin(cases, eq(cases.id, notifications.caseId))
    .where(and(eq(notifications.organizationId, organizationId), eq(notifications.userId, userId)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function countUnread(db: Db, organizationId: string, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(
      and(
        eq(notifications.organizationId, organizationId),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
      ),
    );
  return row?.n ?? 0;
}

export async function markRead(
  db: Db,
  organizationId: string,
  userId: string,
  ids: readonly string[] | undefined,
  at: Date,
): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.organizationId, organizationId),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, [...ids]) : undefined,
      ),
    );
}

/** Each person's channels per kind (absent: every kind in the app and by e-mail). */
export async function findPreferences(db: Db, organizationId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return new Map<string, Record<string, string[]>>();
  const rows = await db
    .select()
    .from(notificationPreferences)
    .where(
      and(
        eq(notificationPreferences.organizationId, organizationId),
        inArray(notificationPreferences.userId, [...userIds]),
      ),
    );
  return new Map(rows.map((r) => [r.userId, r.channels]));
}

export async function savePreferences(
  db: Db,
  organizationId: string,
  userId: string,
  channels: Record<string, string[]>,
): Promise<void> {
  await db
    .insert(notificationPreferences)
    .values({ organizationId, userId, channels })
    .onConflictDoUpdate({
      target: [notificationPreferences.organizationId, notificationPreferences.userId],
      set: { channels },
    });
}

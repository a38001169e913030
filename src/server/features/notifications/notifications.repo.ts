import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { bulkInsert, type BulkColumn } from '../../db/bulk-insert.js';
import type { Db } from '../../db/client.js';
import { cases, notificationPreferences, notifications } from '../../db/schema/index.js';

export type NewNotification = typeof notifications.$inferInsert;

const NOTIFICATION_COLUMNS: readonly BulkColumn<NewNotification>[] = [
  { name: 'organization_id', type: 'text', value: (n) => n.organizationId },
  { name: 'user_id', type: 'text', value: (n) => n.userId },
  { name: 'kind', type: 'text', value: (n) => n.kind },
  { name: 'case_id', type: 'uuid', value: (n) => n.caseId ?? null },
  { name: 'data', type: 'jsonb', value: (n) => n.data ?? {} },
  { name: 'created_at', type: 'timestamptz', value: (n) => n.createdAt },
];

/** Many notifications in one statement (an SLA tick can write thousands). */
export async function insertNotifications(db: Db, rows: readonly NewNotification[]): Promise<void> {
  await bulkInsert(db, 'notifications', NOTIFICATION_COLUMNS, rows);
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

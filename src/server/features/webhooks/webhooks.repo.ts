import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { member, orgSettings, user, webhookEndpoints } from '../../db/schema/index.js';

export { inTransaction } from '../../db/in-transaction.js';

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
type NewEndpoint = typeof webhookEndpoints.$inferInsert;

const of = (organizationId: string, id: string) =>
  and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.id, id));

export async function listEndpoints(db: Db, organizationId: string): Promise<EndpointRow[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.organizationId, organizationId))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
}

export async function countEndpoints(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.organizationId, organizationId));
  return Number(row?.n ?? 0);
}

/** Locks the row when `forUpdate` (a rotation reads and rewrites the sealed secrets). */
export async function findEndpoint(
  db: Db,
  organizationId: string,
  id: string,
  forUpdate = false,
): Promise<EndpointRow | null> {
  const q = db.select().from(webhookEndpoints).where(of(organizationId, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

/** The endpoints of a page of deliveries, each matched with its own organization. */
export async function findEndpoints(
  db: Db,
  keys: readonly { organizationId: string; id: string }[],
): Promise<EndpointRow[]> {
  if (keys.length === 0) return [];
  return db
    .select()
    .from(webhookEndpoints)
    .where(
      sql`(${webhookEndpoints.organizationId}, ${webhookEndpoints.id}) in (
        select k.org, k.id::uuid
        from unnest(${sql.param(keys.map((k) => k.organizationId))}::text[],
                    ${sql.param(keys.map((k) => k.id))}::text[]) as k(org, id))`,
    );
}

export async function insertEndpoint(db: Db, row: NewEndpoint): Promise<EndpointRow> {
  const [created] = await db.insert(webhookEndpoints).values(row).returning();
  if (!created) throw new Error('webhook endpoint not inserted');
  return created;
}

export async function updateEndpoint(
  db: Db,
  organizationId: string,
  id: string,
  set: Partial<NewEndpoint>,
): Promise<EndpointRow | null> {
  const [row] = await db.update(webhookEndpoints).set(set).where(of(organizationId, id)).returning();
  return row ?? null;
}

export async function deleteEndpoint(db: Db, organizationId: string, id: string): Promise<boolean> {
  const gone = await db
    .delete(webhookEndpoints)
    .where(of(organizationId, id))
    .returning({ id: webhookEndpoints.id });
  return gone.length > 0;
}

/** The endpoints events go to: enabled ones, with what they subscribed to. */
export async function enabledEndpoints(
  db: Db,
  organizationId: string,
): Promise<Array<{ id: string; eventTypes: string[] }>> {
  return db
    .select({ id: webhookEndpoints.id, eventTypes: webhookEndpoints.eventTypes })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.isEnabled, true)));
}

/** Who hears that an endpoint was disabled: the organization's owners and admins, and its language. */
export async function adminsToTell(
  db: Db,
  organizationId: string,
): Promise<{ emails: string[]; language: string }> {
  const [people, [settings]] = await Promise.all([
    db
      .select({ email: user.email })
      .from(member)
      .innerJoin(user, eq(user.id, member.userId))
      .where(and(eq(member.organizationId, organizationId), inArray(member.role, ['owner', 'admin'])))
      .orderBy(asc(user.email)),
    db
      .select({ language: orgSettings.defaultLanguage })
      .from(orgSettings)
      .where(eq(orgSettings.organizationId, organizationId)),
  ]);
  return { emails: people.map((p) => p.email), language: settings?.language ?? 'en' };
}

/**
 * An endpoint's health after an attempt. Disabling is guarded (only an enabled endpoint is
 * switched off), so of two attempts failing at once only one reports having disabled it.
 */
export async function recordEndpointHealth(
  db: Db,
  organizationId: string,
  id: string,
  health: { failingSince: Date | null; disable: 'gone' | 'failing' | null },
  now: Date,
): Promise<{ disabled: boolean }> {
  if (!health.disable) {
    await db
      .update(webhookEndpoints)
      .set({ failingSince: health.failingSince })
      .where(of(organizationId, id));
    return { disabled: false };
  }
  const rows = await db
    .update(webhookEndpoints)
    .set({
      failingSince: health.failingSince,
      isEnabled: false,
      disabledReason: health.disable,
      disabledAt: now,
      updatedAt: now,
    })
    .where(and(of(organizationId, id), eq(webhookEndpoints.isEnabled, true)))
    .returning({ id: webhookEndpoints.id });
  return { disabled: rows.length > 0 };
}

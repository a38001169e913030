import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  alertRules,
  organization,
  orgSettings,
  webhookDeliveries,
  webhookEndpoints,
} from '../../db/schema/index.js';

export { inTransaction } from '../../db/in-transaction.js';

export type AlertRuleRow = typeof alertRules.$inferSelect;
export type NewAlertRule = typeof alertRules.$inferInsert;

const of = (organizationId: string, id: string) =>
  and(eq(alertRules.organizationId, organizationId), eq(alertRules.id, id));

export async function listRules(db: Db, organizationId: string): Promise<AlertRuleRow[]> {
  return db
    .select()
    .from(alertRules)
    .where(eq(alertRules.organizationId, organizationId))
    .orderBy(asc(alertRules.createdAt), asc(alertRules.id));
}

export async function countRules(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(alertRules)
    .where(eq(alertRules.organizationId, organizationId));
  return Number(row?.n ?? 0);
}

/** Locks the row when `forUpdate`: a rule's messages are written one flush at a time. */
export async function findRule(
  db: Db,
  organizationId: string,
  id: string,
  forUpdate = false,
): Promise<AlertRuleRow | null> {
  const q = db.select().from(alertRules).where(of(organizationId, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function insertRule(db: Db, row: NewAlertRule): Promise<AlertRuleRow> {
  const [created] = await db.insert(alertRules).values(row).returning();
  if (!created) throw new Error('alert rule not inserted');
  return created;
}

export async function updateRule(
  db: Db,
  organizationId: string,
  id: string,
  set: Partial<NewAlertRule>,
): Promise<AlertRuleRow | null> {
  const [row] = await db.update(alertRules).set(set).where(of(organizationId, id)).returning();
  return row ?? null;
}

/** The rule and its Slack or Teams deliveries (queued or logged), which have no foreign key to it. */
export async function deleteRule(db: Db, organizationId: string, id: string): Promise<boolean> {
  await db
    .delete(webhookDeliveries)
    .where(and(eq(webhookDeliveries.organizationId, organizationId), eq(webhookDeliveries.alertRuleId, id)));
  const gone = await db.delete(alertRules).where(of(organizationId, id)).returning({ id: alertRules.id });
  return gone.length > 0;
}

/** The enabled rules events are matched against. */
export async function enabledRules(db: Db, organizationId: string): Promise<AlertRuleRow[]> {
  return db
    .select()
    .from(alertRules)
    .where(and(eq(alertRules.organizationId, organizationId), eq(alertRules.isEnabled, true)));
}

export async function endpointExists(db: Db, organizationId: string, endpointId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.organizationId, organizationId), eq(webhookEndpoints.id, endpointId)));
  return row !== undefined;
}

/** The organization's name and default language, for messages and mails. */
export async function organizationFacts(
  db: Db,
  organizationId: string,
): Promise<{ name: string; language: string }> {
  const [row] = await db
    .select({ name: organization.name, language: orgSettings.defaultLanguage })
    .from(organization)
    .leftJoin(orgSettings, eq(orgSettings.organizationId, organization.id))
    .where(eq(organization.id, organizationId));
  return { name: row?.name ?? '', language: row?.language ?? 'en' };
}

/** Rules of the organization that write to the same channel (same keyed hash of the target). */
export async function rulesOfTarget(
  db: Db,
  organizationId: string,
  targetKey: string,
): Promise<AlertRuleRow[]> {
  return db
    .select()
    .from(alertRules)
    .where(and(eq(alertRules.organizationId, organizationId), eq(alertRules.targetKey, targetKey)));
}

export async function rulesByIds(
  db: Db,
  organizationId: string,
  ids: readonly string[],
): Promise<AlertRuleRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(alertRules)
    .where(and(eq(alertRules.organizationId, organizationId), inArray(alertRules.id, [...ids])));
}

/**
 * A rule's health after an attempt of one of its messages, as an endpoint's: disabling is guarded,
 * so of two attempts failing at once only one reports having disabled it.
 */
export async function recordRuleHealth(
  db: Db,
  organizationId: string,
  id: string,
  health: { failingSince: Date | null; disable: 'gone' | 'failing' | null },
  now: Date,
): Promise<{ disabled: boolean }> {
  if (!health.disable) {
    await db.update(alertRules).set({ failingSince: health.failingSince }).where(of(organizationId, id));
    return { disabled: false };
  }
  const rows = await db
    .update(alertRules)
    .set({
      failingSince: health.failingSince,
      isEnabled: false,
      disabledReason: health.disable,
      disabledAt: now,
      updatedAt: now,
    })
    .where(and(of(organizationId, id), eq(alertRules.isEnabled, true)))
    .returning({ id: alertRules.id });
  return { disabled: rows.length > 0 };
}

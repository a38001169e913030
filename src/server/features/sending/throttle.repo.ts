import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { emailSuppressions, orgSendingSettings, surveyInvitations } from '../../db/schema/index.js';

export interface LastInvited {
  /** Latest invitation across all surveys and channels (the quiet period). */
  any: Date | null;
  /** Latest invitation to this survey (its recontact period). */
  survey: Date | null;
}

/**
 * When each contact was last asked. Invitations that went out, or will (scheduled), count;
 * skipped, held and failed ones asked nobody. A scheduled invitation counts from its planned time.
 */
export async function lastInvitedAt(
  db: Db,
  organizationId: string,
  contactIds: readonly string[],
  surveyId: string,
): Promise<Map<string, LastInvited>> {
  const result = new Map<string, LastInvited>();
  if (contactIds.length === 0) return result;
  const at = sql<Date>`coalesce(${surveyInvitations.sentAt}, ${surveyInvitations.scheduledFor})`;
  const rows = await db
    .select({
      contactId: surveyInvitations.contactId,
      any: sql<string | null>`max(${at})`,
      survey: sql<string | null>`max(${at}) filter (where ${surveyInvitations.surveyId} = ${surveyId})`,
    })
    .from(surveyInvitations)
    .where(
      and(
        eq(surveyInvitations.organizationId, organizationId),
        inArray(surveyInvitations.contactId, [...contactIds]),
        inArray(surveyInvitations.status, ['scheduled', 'sent', 'bounced']),
      ),
    )
    .groupBy(surveyInvitations.contactId);
  for (const r of rows) {
    if (r.contactId)
      result.set(r.contactId, {
        any: r.any ? new Date(r.any) : null,
        survey: r.survey ? new Date(r.survey) : null,
      });
  }
  return result;
}

export async function suppressedHashes(
  db: Db,
  organizationId: string,
  hashes: readonly string[],
): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await db
    .select({ h: emailSuppressions.emailHash })
    .from(emailSuppressions)
    .where(
      and(
        eq(emailSuppressions.organizationId, organizationId),
        inArray(emailSuppressions.emailHash, [...hashes]),
      ),
    );
  return new Set(rows.map((r) => r.h));
}

export async function addSuppression(
  db: Db,
  organizationId: string,
  hash: string,
  reason: 'unsubscribed' | 'bounced' | 'manual',
): Promise<void> {
  await db
    .insert(emailSuppressions)
    .values({ organizationId, emailHash: hash, reason })
    .onConflictDoNothing();
}

export type SendingSettingsRow = typeof orgSendingSettings.$inferSelect;

/** The organization's sending settings, created with their defaults on first read. */
export async function sendingSettings(
  db: Db,
  organizationId: string,
  newWidgetKey: () => string,
): Promise<SendingSettingsRow> {
  const [found] = await db
    .select()
    .from(orgSendingSettings)
    .where(eq(orgSendingSettings.organizationId, organizationId));
  if (found) return found;
  await db
    .insert(orgSendingSettings)
    .values({ organizationId, widgetKey: newWidgetKey() })
    .onConflictDoNothing();
  const [row] = await db
    .select()
    .from(orgSendingSettings)
    .where(eq(orgSendingSettings.organizationId, organizationId));
  if (!row) throw new Error('org_sending_settings row missing after insert');
  return row;
}

export async function updateSendingSettings(
  db: Db,
  organizationId: string,
  values: Partial<Omit<SendingSettingsRow, 'organizationId' | 'widgetKey'>>,
): Promise<void> {
  await db
    .update(orgSendingSettings)
    .set(values)
    .where(eq(orgSendingSettings.organizationId, organizationId));
}

export async function organizationIdByWidgetKey(db: Db, widgetKey: string): Promise<string | null> {
  const [row] = await db
    .select({ id: orgSendingSettings.organizationId })
    .from(orgSendingSettings)
    .where(eq(orgSendingSettings.widgetKey, widgetKey));
  return row?.id ?? null;
}

export async function findSuppression(db: Db, organizationId: string, hash: string) {
  const [row] = await db
    .select({ reason: emailSuppressions.reason, createdAt: emailSuppressions.createdAt })
    .from(emailSuppressions)
    .where(and(eq(emailSuppressions.organizationId, organizationId), eq(emailSuppressions.emailHash, hash)));
  return row ?? null;
}

export async function removeSuppression(db: Db, organizationId: string, hash: string): Promise<void> {
  await db
    .delete(emailSuppressions)
    .where(and(eq(emailSuppressions.organizationId, organizationId), eq(emailSuppressions.emailHash, hash)));
}

export async function countSuppressions(
  db: Db,
  organizationId: string,
): Promise<Record<'unsubscribed' | 'bounced' | 'manual', number>> {
  const rows = await db
    .select({ reason: emailSuppressions.reason, n: sql<number>`count(*)::int` })
    .from(emailSuppressions)
    .where(eq(emailSuppressions.organizationId, organizationId))
    .groupBy(emailSuppressions.reason);
  const counts = { unsubscribed: 0, bounced: 0, manual: 0 };
  for (const r of rows) counts[r.reason] = Number(r.n);
  return counts;
}

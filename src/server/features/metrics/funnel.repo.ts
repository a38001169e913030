import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contacts, orgSendingSettings, surveyInvitations } from '../../db/schema/index.js';
import { funnelCountColumns, type FunnelCounts } from '../sending/sends.repo.js';

export interface FunnelFilter {
  from?: string | undefined;
  to?: string | undefined;
  surveyId?: string | undefined;
  channel?: string | undefined;
  segment?: string | undefined;
  region?: string | undefined;
  language?: string | undefined;
}

export interface OrgFunnelCounts extends FunnelCounts {
  /** Answered among the sent ones: the response rate's numerator. */
  answeredOfSent: number;
}

export const NO_INVITATIONS: OrgFunnelCounts = {
  invited: 0,
  sent: 0,
  delivered: 0,
  bounced: 0,
  opened: 0,
  clicked: 0,
  answered: 0,
  unsubscribed: 0,
  throttled: 0,
  skipped: 0,
  held: 0,
  reminded: 0,
  answeredOfSent: 0,
};

/** One organization's invitations in the filter, counted per funnel step in one scan. */
export async function orgFunnelCounts(
  db: Db,
  organizationId: string,
  f: FunnelFilter,
): Promise<OrgFunnelCounts> {
  const i = surveyInvitations;
  const n = (cond: SQL) => sql<number>`(count(*) filter (where ${cond}))::int`;
  const where: SQL[] = [eq(i.organizationId, organizationId)];
  // Days are UTC days, whatever the database session's time zone.
  if (f.from) where.push(sql`${i.createdAt} >= ${`${f.from}T00:00:00Z`}::timestamptz`);
  if (f.to) where.push(sql`${i.createdAt} < ${`${f.to}T00:00:00Z`}::timestamptz`);
  if (f.surveyId) where.push(eq(i.surveyId, f.surveyId));
  if (f.channel) where.push(sql`${i.channel} = ${f.channel}`);
  if (f.language) where.push(eq(i.language, f.language));
  if (f.segment) where.push(eq(contacts.segment, f.segment));
  if (f.region) where.push(eq(contacts.region, f.region));
  const [row] = await db
    .select({
      ...funnelCountColumns,
      answeredOfSent: n(sql`${i.sentAt} is not null and ${i.answeredAt} is not null`),
    })
    .from(i)
    // The contact's organization is checked too, so a segment filter can never read another tenant's contact.
    .leftJoin(contacts, and(eq(contacts.id, i.contactId), eq(contacts.organizationId, organizationId)))
    .where(and(...where));
  if (!row) return NO_INVITATIONS;
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, Number(v)]),
  ) as unknown as OrgFunnelCounts;
}

/** Whether the organization tracks opens; read without creating its settings row (a GET writes nothing). */
export async function isOpenTracking(db: Db, organizationId: string): Promise<boolean> {
  const [row] = await db
    .select({ on: orgSendingSettings.isOpenTracking })
    .from(orgSendingSettings)
    .where(eq(orgSendingSettings.organizationId, organizationId));
  return row?.on ?? false;
}

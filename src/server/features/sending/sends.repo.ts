import { and, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contacts, surveyInvitations, surveySends, type SendAudience } from '../../db/schema/index.js';
import type { TSegmentFilter } from '../../../shared/contracts/segments.js';
import { contactFilter } from '../contacts/contacts.repo.js';
import { sendContactColumns, type InvitationStatus, type SendContact } from './invitations.repo.js';

const sendColumns = {
  id: surveySends.id,
  organizationId: surveySends.organizationId,
  surveyId: surveySends.surveyId,
  kind: surveySends.kind,
  audience: surveySends.audience,
  everyDays: surveySends.everyDays,
  delaySeconds: surveySends.delaySeconds,
  status: surveySends.status,
  createdAt: surveySends.createdAt,
};
export type SendRow = { [K in keyof typeof sendColumns]: (typeof surveySends.$inferSelect)[K] };

export async function listSends(db: Db, organizationId: string, surveyId: string): Promise<SendRow[]> {
  return db
    .select(sendColumns)
    .from(surveySends)
    .where(and(eq(surveySends.organizationId, organizationId), eq(surveySends.surveyId, surveyId)))
    .orderBy(desc(surveySends.createdAt));
}

export async function findSend(db: Db, organizationId: string, id: string): Promise<SendRow | null> {
  const [row] = await db
    .select(sendColumns)
    .from(surveySends)
    .where(and(eq(surveySends.organizationId, organizationId), eq(surveySends.id, id)));
  return row ?? null;
}

export async function setSendStatus(
  db: Db,
  organizationId: string,
  id: string,
  status: 'active' | 'paused' | 'done',
): Promise<SendRow | null> {
  const [row] = await db
    .update(surveySends)
    .set({ status })
    .where(and(eq(surveySends.organizationId, organizationId), eq(surveySends.id, id)))
    .returning(sendColumns);
  return row ?? null;
}

/** Active programs of one kind across all organizations (the schedulers' work list). */
export async function activeSends(
  db: Db,
  kind: 'recurring' | 'event',
  organizationId?: string,
): Promise<SendRow[]> {
  const where: SQL[] = [eq(surveySends.kind, kind), eq(surveySends.status, 'active')];
  if (organizationId) where.push(eq(surveySends.organizationId, organizationId));
  return db
    .select(sendColumns)
    .from(surveySends)
    .where(and(...where));
}

export async function segmentMembers(
  db: Db,
  organizationId: string,
  filter: TSegmentFilter,
): Promise<SendContact[]> {
  return db
    .select(sendContactColumns)
    .from(contacts)
    .where(and(...contactFilter(organizationId, filter)));
}

/** Contacts this send already has an invitation for since `since` (planned, sent or skipped). */
export async function plannedSince(
  db: Db,
  organizationId: string,
  sendId: string,
  since: Date,
): Promise<Set<string>> {
  const rows = await db
    .select({ contactId: surveyInvitations.contactId })
    .from(surveyInvitations)
    .where(
      and(
        eq(surveyInvitations.organizationId, organizationId),
        eq(surveyInvitations.sendId, sendId),
        sql`${surveyInvitations.scheduledFor} >= ${since.toISOString()}::timestamptz`,
      ),
    );
  return new Set(rows.flatMap((r) => (r.contactId ? [r.contactId] : [])));
}

export interface FunnelCounts {
  invited: number;
  sent: number;
  delivered: number;
  bounced: number;
  opened: number;
  clicked: number;
  answered: number;
  unsubscribed: number;
  throttled: number;
  skipped: number;
  held: number;
  reminded: number;
}

const n = (cond: SQL) => sql<number>`(count(*) filter (where ${cond}))::int`;

/** The funnel's counts over the invitations a query selects: one definition for every funnel (a send's, a survey's, the overview's). */
export const funnelCountColumns = {
  invited: sql<number>`count(*)::int`,
  sent: n(sql`${surveyInvitations.sentAt} is not null`),
  delivered: n(sql`${surveyInvitations.deliveredAt} is not null`),
  bounced: n(sql`${surveyInvitations.status} = 'bounced'`),
  opened: n(sql`${surveyInvitations.openedAt} is not null`),
  clicked: n(sql`${surveyInvitations.clickedAt} is not null`),
  answered: n(sql`${surveyInvitations.answeredAt} is not null`),
  unsubscribed: n(sql`${surveyInvitations.unsubscribedAt} is not null`),
  throttled: n(sql`${surveyInvitations.skipReason} in ('quiet_period', 'recontact_period')`),
  skipped: n(sql`${surveyInvitations.status} = 'skipped'`),
  held: n(sql`${surveyInvitations.status} = 'held'`),
  reminded: n(sql`${surveyInvitations.remindedAt} is not null`),
};

/** The funnel of a survey, per send (key: send id) and in total (key: ''). */
export async function funnels(
  db: Db,
  organizationId: string,
  surveyId: string,
): Promise<Map<string, FunnelCounts>> {
  const i = surveyInvitations;
  const rows = await db
    .select({ sendId: i.sendId, ...funnelCountColumns })
    .from(i)
    .where(and(eq(i.organizationId, organizationId), eq(i.surveyId, surveyId)))
    .groupBy(i.sendId);
  const result = new Map<string, FunnelCounts>();
  const total: FunnelCounts = {
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
  };
  for (const { sendId, ...counts } of rows) {
    const c = Object.fromEntries(
      Object.entries(counts).map(([k, v]) => [k, Number(v)]),
    ) as unknown as FunnelCounts;
    if (sendId) result.set(sendId, c);
    for (const key of Object.keys(total) as Array<keyof FunnelCounts>) total[key] += c[key];
  }
  result.set('', total);
  return result;
}

export async function listInvitations(
  db: Db,
  organizationId: string,
  surveyId: string,
  f: {
    sendId?: string | undefined;
    status?: InvitationStatus | undefined;
    after?: { at: Date; id: string } | undefined;
  },
  limit: number,
) {
  const i = surveyInvitations;
  const where: SQL[] = [eq(i.organizationId, organizationId), eq(i.surveyId, surveyId)];
  if (f.sendId) where.push(eq(i.sendId, f.sendId));
  if (f.status) where.push(inArray(i.status, [f.status]));
  if (f.after) {
    const at = sql`${f.after.at.toISOString()}::timestamptz`;
    const cond = or(lt(i.createdAt, at), and(eq(i.createdAt, at), lt(i.id, f.after.id)));
    if (cond) where.push(cond);
  }
  return db
    .select({
      id: i.id,
      surveyId: i.surveyId,
      sendId: i.sendId,
      contactId: i.contactId,
      contactExternalId: contacts.externalId,
      contactName: contacts.name,
      channel: i.channel,
      language: i.language,
      status: i.status,
      skipReason: i.skipReason,
      skipUntil: i.skipUntil,
      scheduledFor: i.scheduledFor,
      sentAt: i.sentAt,
      answeredAt: i.answeredAt,
      remindedAt: i.remindedAt,
      nudgedAt: i.nudgedAt,
      createdAt: i.createdAt,
    })
    .from(i)
    .leftJoin(contacts, and(eq(contacts.id, i.contactId), eq(contacts.organizationId, organizationId)))
    .where(and(...where))
    .orderBy(desc(i.createdAt), desc(i.id))
    .limit(limit);
}

export type { SendAudience };

/** One group of a send's invitations: an outcome and its reason, counted, with the earliest `skip_until`. */
export interface OutcomeGroup {
  outcome: 'invited' | 'held' | 'skipped';
  reason: string | null;
  count: number;
  until: Date | null;
}

/** A send's invitations counted by outcome and reason in one grouped scan (the send index), however many there are. */
export async function outcomeGroups(db: Db, organizationId: string, sendId: string): Promise<OutcomeGroup[]> {
  const i = surveyInvitations;
  const outcome = sql<
    OutcomeGroup['outcome']
  >`case when ${i.status} in ('held', 'skipped') then ${i.status}::text else 'invited' end`;
  const rows = await db
    .select({
      outcome,
      reason: i.skipReason,
      count: sql<number>`count(*)::int`,
      until: sql<Date | null>`min(${i.skipUntil})`,
    })
    .from(i)
    .where(and(eq(i.organizationId, organizationId), eq(i.sendId, sendId)))
    .groupBy(sql`1`, i.skipReason);
  // min() of a timestamptz comes back as text from some drivers: read it as a date either way.
  return rows.map((r) => ({
    outcome: r.outcome,
    reason: r.reason,
    count: Number(r.count),
    until: r.until === null ? null : new Date(r.until),
  }));
}

import { and, count, eq, gte, inArray, isNull, lt, or } from 'drizzle-orm';
import { PERMISSIONS } from '../../../shared/roles.js';
import type { Db } from '../../db/client.js';
import { digestSubscriptions, member, surveyInvitations, user } from '../../db/schema/index.js';

export async function findSubscription(db: Db, organizationId: string, userId: string) {
  const [row] = await db
    .select({ lastPeriod: digestSubscriptions.lastPeriod })
    .from(digestSubscriptions)
    .where(
      and(eq(digestSubscriptions.organizationId, organizationId), eq(digestSubscriptions.userId, userId)),
    );
  return row ?? null;
}

/** Subscribing again keeps `last_period`, so it never re-opens a week already mailed. */
export async function subscribe(db: Db, organizationId: string, userId: string, at: Date): Promise<void> {
  await db
    .insert(digestSubscriptions)
    .values({ organizationId, userId, createdAt: at })
    .onConflictDoNothing();
}

export async function unsubscribe(db: Db, organizationId: string, userId: string): Promise<void> {
  await db
    .delete(digestSubscriptions)
    .where(
      and(eq(digestSubscriptions.organizationId, organizationId), eq(digestSubscriptions.userId, userId)),
    );
}

/**
 * Not yet mailed `period`. ISO week keys (`2026-W05`) sort as text in time order, so `<` also
 * keeps a late retry of an older week from mailing after a newer one went out.
 */
const dueFor = (period: string) =>
  or(isNull(digestSubscriptions.lastPeriod), lt(digestSubscriptions.lastPeriod, period));

/** Organizations with at least one subscriber who has not had `period` yet. */
export async function organizationsDue(db: Db, period: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ organizationId: digestSubscriptions.organizationId })
    .from(digestSubscriptions)
    .where(dueFor(period));
  return rows.map((r) => r.organizationId);
}

/**
 * Who gets `period`'s digest of an organization: subscribers who are still members with a role
 * that may read analytics today (a role changed to agent, or a removed member, gets nothing).
 */
export async function dueRecipients(db: Db, organizationId: string, period: string) {
  return db
    .select({ userId: user.id, email: user.email, name: user.name })
    .from(digestSubscriptions)
    .innerJoin(
      member,
      and(
        eq(member.organizationId, digestSubscriptions.organizationId),
        eq(member.userId, digestSubscriptions.userId),
      ),
    )
    .innerJoin(user, eq(user.id, digestSubscriptions.userId))
    .where(
      and(
        eq(digestSubscriptions.organizationId, organizationId),
        dueFor(period),
        inArray(member.role, [...PERMISSIONS['analytics.read']]),
      ),
    )
    .orderBy(user.email);
}

/**
 * Records `period` as mailed to one subscriber: a guarded UPDATE, true only for the one caller
 * that moved it. Run in the transaction that writes the mail, so a retried or concurrent job
 * cannot mail the same week twice, and a failed write leaves the week open.
 */
export async function claimPeriod(
  db: Db,
  organizationId: string,
  userId: string,
  period: string,
): Promise<boolean> {
  const rows = await db
    .update(digestSubscriptions)
    .set({ lastPeriod: period })
    .where(
      and(
        eq(digestSubscriptions.organizationId, organizationId),
        eq(digestSubscriptions.userId, userId),
        dueFor(period),
      ),
    )
    .returning({ userId: digestSubscriptions.userId });
  return rows.length === 1;
}

/** E-mail invitations sent in [from, to) and how many of them have been answered so far. */
export async function invitationCounts(
  db: Db,
  organizationId: string,
  from: Date,
  to: Date,
): Promise<{ sent: number; answered: number }> {
  const [row] = await db
    .select({ sent: count(), answered: count(surveyInvitations.answeredAt) })
    .from(surveyInvitations)
    .where(
      and(
        eq(surveyInvitations.organizationId, organizationId),
        gte(surveyInvitations.sentAt, from),
        lt(surveyInvitations.sentAt, to),
      ),
    );
  return { sent: Number(row?.sent ?? 0), answered: Number(row?.answered ?? 0) };
}

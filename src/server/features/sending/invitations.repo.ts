import { and, asc, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { bulkInsert, type BulkColumn } from '../../db/bulk-insert.js';
import type { Db } from '../../db/client.js';
import {
  contacts,
  emailMessages,
  feedbackItems,
  surveyInvitations,
  surveyResponses,
  surveys,
  surveySends,
  surveyVersions,
  type SendAudience,
} from '../../db/schema/index.js';
import type { SkipReason } from '../../../shared/contracts/sending.js';
import type { SurveyDefinition } from '../../../shared/contracts/survey-model.js';

export type InvitationStatus = 'scheduled' | 'held' | 'sent' | 'skipped' | 'failed' | 'bounced';

export interface NewInvitation {
  id: string;
  organizationId: string;
  surveyId: string;
  sendId: string | null;
  contactId: string | null;
  channel: 'email' | 'link' | 'widget';
  language: string;
  status: InvitationStatus;
  skipReason: SkipReason | null;
  skipUntil: Date | null;
  scheduledFor: Date;
}

export { inTransaction } from '../../db/in-transaction.js';

export async function insertSend(
  db: Db,
  v: {
    organizationId: string;
    surveyId: string;
    kind: 'one_off' | 'recurring' | 'event' | 'api';
    audience: SendAudience;
    everyDays: number | null;
    delaySeconds: number;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await db.insert(surveySends).values(v).returning({ id: surveySends.id });
  if (!row) throw new Error('insert into survey_sends returned no row');
  return row.id;
}

const INVITATION_COLUMNS: readonly BulkColumn<NewInvitation>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'organization_id', type: 'text', value: (r) => r.organizationId },
  { name: 'survey_id', type: 'uuid', value: (r) => r.surveyId },
  { name: 'send_id', type: 'uuid', value: (r) => r.sendId },
  { name: 'contact_id', type: 'uuid', value: (r) => r.contactId },
  { name: 'channel', type: 'text', value: (r) => r.channel },
  { name: 'language', type: 'text', value: (r) => r.language },
  { name: 'status', type: 'text', value: (r) => r.status },
  { name: 'skip_reason', type: 'text', value: (r) => r.skipReason },
  { name: 'skip_until', type: 'timestamptz', value: (r) => r.skipUntil },
  { name: 'scheduled_for', type: 'timestamptz', value: (r) => r.scheduledFor },
];

/** One array per column through `unnest`: a send to thousands binds eleven parameters, not eleven per person. */
export async function insertInvitations(db: Db, rows: readonly NewInvitation[]): Promise<void> {
  await bulkInsert(db, 'survey_invitations', INVITATION_COLUMNS, rows);
}

/** What deciding a send needs to know about each contact. */
export const sendContactColumns = {
  id: contacts.id,
  externalId: contacts.externalId,
  email: contacts.email,
  name: contacts.name,
  language: contacts.language,
  isEmailOptOut: contacts.isEmailOptOut,
  isNeverSurvey: contacts.isNeverSurvey,
};
export interface SendContact {
  id: string;
  externalId: string;
  email: string | null;
  name: string | null;
  language: string | null;
  isEmailOptOut: boolean;
  isNeverSurvey: boolean;
}

export async function contactsByIds(
  db: Db,
  organizationId: string,
  ids: readonly string[],
): Promise<SendContact[]> {
  if (ids.length === 0) return [];
  return db
    .select(sendContactColumns)
    .from(contacts)
    .where(and(eq(contacts.organizationId, organizationId), inArray(contacts.id, [...ids])));
}

/** Scheduled invitations whose time has come, oldest first, with what the mail needs. */
export async function dueInvitations(db: Db, now: Date, limit: number, organizationId?: string) {
  return db
    .select({
      id: surveyInvitations.id,
      organizationId: surveyInvitations.organizationId,
      surveyId: surveyInvitations.surveyId,
      contactId: surveyInvitations.contactId,
      channel: surveyInvitations.channel,
      language: surveyInvitations.language,
      scheduledFor: surveyInvitations.scheduledFor,
    })
    .from(surveyInvitations)
    .where(
      and(
        eq(surveyInvitations.status, 'scheduled'),
        lte(surveyInvitations.scheduledFor, now),
        organizationId ? eq(surveyInvitations.organizationId, organizationId) : undefined,
      ),
    )
    .orderBy(asc(surveyInvitations.scheduledFor))
    .limit(limit);
}

/** Held (over quota) invitations, to release when a new quota month starts. */
export async function heldInvitations(db: Db, now: Date, limit: number, organizationId?: string) {
  return db
    .select({ id: surveyInvitations.id, organizationId: surveyInvitations.organizationId })
    .from(surveyInvitations)
    .where(
      and(
        eq(surveyInvitations.status, 'held'),
        lte(surveyInvitations.skipUntil, now),
        organizationId ? eq(surveyInvitations.organizationId, organizationId) : undefined,
      ),
    )
    .orderBy(asc(surveyInvitations.skipUntil))
    .limit(limit);
}

export async function releaseHeld(
  db: Db,
  organizationId: string,
  ids: readonly string[],
  now: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(surveyInvitations)
    .set({ status: 'scheduled', skipReason: null, skipUntil: null, scheduledFor: now })
    .where(
      and(
        eq(surveyInvitations.organizationId, organizationId),
        eq(surveyInvitations.status, 'held'),
        inArray(surveyInvitations.id, [...ids]),
      ),
    );
}

/**
 * Moves one invitation from scheduled to its outcome. Guarded by status, so two workers racing
 * for the same invitation cannot both send it: the loser updates no row.
 */
export async function claimScheduled(
  db: Db,
  id: string,
  outcome:
    | { status: 'sent'; sentAt: Date; expiresAt: Date; tokenHash: string; emailMessageId: string | null }
    | { status: 'skipped' | 'held'; skipReason: SkipReason; skipUntil: Date | null },
): Promise<boolean> {
  const rows = await db
    .update(surveyInvitations)
    .set(outcome)
    .where(and(eq(surveyInvitations.id, id), eq(surveyInvitations.status, 'scheduled')))
    .returning({ id: surveyInvitations.id });
  return rows.length === 1;
}

/**
 * Many scheduled invitations marked sent in one statement, each with its own token hash, expiry
 * and mail; the guard on `scheduled` makes a lost race visible per row. Returns the ids claimed.
 */
export async function claimScheduledAsSent(
  db: Db,
  sentAt: Date,
  rows: readonly { id: string; expiresAt: Date; tokenHash: string; emailMessageId: string }[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  // Four array parameters rather than a VALUES list of 4 × n: the statement stays small to build and parse.
  const claimed = await db.execute(sql`
    update survey_invitations si
    set status = 'sent', sent_at = ${sentAt.toISOString()}::timestamptz, expires_at = v.expires_at, token_hash = v.token_hash, email_message_id = v.email_message_id
    from unnest(${sql.param(rows.map((r) => r.id))}::uuid[], ${sql.param(rows.map((r) => r.expiresAt.toISOString()))}::timestamptz[], ${sql.param(rows.map((r) => r.tokenHash))}::text[], ${sql.param(rows.map((r) => r.emailMessageId))}::uuid[])
      as v(id, expires_at, token_hash, email_message_id)
    where si.id = v.id and si.status = 'scheduled'
    returning si.id`);
  return new Set((claimed as unknown as { rows: { id: string }[] }).rows.map((r) => r.id));
}

export async function surveyWithVersion(db: Db, organizationId: string, surveyId: string) {
  const [row] = await db
    .select({
      id: surveys.id,
      name: surveys.name,
      status: surveys.status,
      version: surveys.currentVersion,
      recontactPeriodDays: surveys.recontactPeriodDays,
      definition: surveyVersions.definition,
    })
    .from(surveys)
    .innerJoin(
      surveyVersions,
      and(eq(surveyVersions.surveyId, surveys.id), eq(surveyVersions.version, surveys.currentVersion)),
    )
    .where(and(eq(surveys.organizationId, organizationId), eq(surveys.id, surveyId)));
  return row ? { ...row, definition: row.definition as SurveyDefinition } : null;
}
export type SurveyWithVersion = NonNullable<Awaited<ReturnType<typeof surveyWithVersion>>>;

/** The columns every invitation read returns (also the public pages' one-query lookup). */
export const invitationColumns = {
  id: surveyInvitations.id,
  organizationId: surveyInvitations.organizationId,
  surveyId: surveyInvitations.surveyId,
  contactId: surveyInvitations.contactId,
  channel: surveyInvitations.channel,
  language: surveyInvitations.language,
  status: surveyInvitations.status,
  sentAt: surveyInvitations.sentAt,
  expiresAt: surveyInvitations.expiresAt,
  answeredAt: surveyInvitations.answeredAt,
  remindedAt: surveyInvitations.remindedAt,
  nudgedAt: surveyInvitations.nudgedAt,
  unsubscribedAt: surveyInvitations.unsubscribedAt,
};

/** The invitation a link's token names; the token hash is unique across organizations. */
export async function invitationByTokenHash(db: Db, hash: string) {
  const [row] = await db
    .select(invitationColumns)
    .from(surveyInvitations)
    .where(eq(surveyInvitations.tokenHash, hash));
  return row ?? null;
}
export type InvitationRow = NonNullable<Awaited<ReturnType<typeof invitationByTokenHash>>>;

export async function markClicked(db: Db, organizationId: string, id: string, at: Date): Promise<void> {
  await db
    .update(surveyInvitations)
    .set({ clickedAt: sql`coalesce(${surveyInvitations.clickedAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(surveyInvitations.organizationId, organizationId), eq(surveyInvitations.id, id)));
}

export async function markOpened(db: Db, id: string, at: Date): Promise<void> {
  await db
    .update(surveyInvitations)
    .set({ openedAt: sql`coalesce(${surveyInvitations.openedAt}, ${at.toISOString()}::timestamptz)` })
    .where(eq(surveyInvitations.id, id));
}

export async function markUnsubscribed(db: Db, organizationId: string, id: string, at: Date): Promise<void> {
  await db
    .update(surveyInvitations)
    .set({
      unsubscribedAt: sql`coalesce(${surveyInvitations.unsubscribedAt}, ${at.toISOString()}::timestamptz)`,
    })
    .where(and(eq(surveyInvitations.organizationId, organizationId), eq(surveyInvitations.id, id)));
}

/** E-mail invitations sent at or before `sentBefore`, unanswered and not yet reminded. */
export async function reminderCandidates(
  db: Db,
  organizationId: string,
  sentBefore: Date,
  now: Date,
  limit: number,
) {
  return db
    .select(invitationColumns)
    .from(surveyInvitations)
    .where(
      and(
        eq(surveyInvitations.organizationId, organizationId),
        eq(surveyInvitations.channel, 'email'),
        eq(surveyInvitations.status, 'sent'),
        // Rows without a token (the demo's history) have no working link to remind anyone of.
        isNotNull(surveyInvitations.tokenHash),
        isNull(surveyInvitations.answeredAt),
        isNull(surveyInvitations.remindedAt),
        isNull(surveyInvitations.unsubscribedAt),
        lte(surveyInvitations.sentAt, sentBefore),
        sql`${surveyInvitations.expiresAt} > ${now.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(surveyInvitations.sentAt))
    .limit(limit);
}

/** Organizations with e-mail invitations that may be due a reminder or a nudge: the sweep visits only these. */
export async function organizationsWithOpenInvitations(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: surveyInvitations.organizationId })
    .from(surveyInvitations)
    .where(
      and(
        eq(surveyInvitations.channel, 'email'),
        eq(surveyInvitations.status, 'sent'),
        isNull(surveyInvitations.nudgedAt),
      ),
    );
  return rows.map((r) => r.id);
}

/** Stamps a follow-up mail (reminder or nudge) once: false when another worker already did. */
export async function stampFollowUp(
  db: Db,
  id: string,
  field: 'remindedAt' | 'nudgedAt',
  at: Date,
): Promise<boolean> {
  const column = field === 'remindedAt' ? surveyInvitations.remindedAt : surveyInvitations.nudgedAt;
  const rows = await db
    .update(surveyInvitations)
    .set({ [field]: at })
    .where(and(eq(surveyInvitations.id, id), isNull(column)))
    .returning({ id: surveyInvitations.id });
  return rows.length === 1;
}

/** Delivery outcomes reported by the mail job for the invitation that mail carried. */
export async function markDeliveredByMessages(
  db: Db,
  messageIds: readonly string[],
  at: Date,
): Promise<void> {
  if (messageIds.length === 0) return;
  await db
    .update(surveyInvitations)
    .set({ deliveredAt: at })
    .where(
      and(inArray(surveyInvitations.emailMessageId, [...messageIds]), isNull(surveyInvitations.deliveredAt)),
    );
}

export async function markBouncedByMessage(
  db: Db,
  messageId: string,
  at: Date,
): Promise<{ organizationId: string; toAddress: string } | null> {
  const rows = await db
    .update(surveyInvitations)
    .set({ status: 'bounced', bouncedAt: at })
    .where(eq(surveyInvitations.emailMessageId, messageId))
    .returning({ organizationId: surveyInvitations.organizationId });
  const first = rows[0];
  if (!first) return null;
  const [mail] = await db
    .select({ to: emailMessages.toAddress })
    .from(emailMessages)
    .where(eq(emailMessages.id, messageId));
  return mail ? { organizationId: first.organizationId, toAddress: mail.to } : null;
}

export async function postponeHeld(
  db: Db,
  organizationId: string,
  ids: readonly string[],
  until: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(surveyInvitations)
    .set({ skipUntil: until })
    .where(
      and(
        eq(surveyInvitations.organizationId, organizationId),
        eq(surveyInvitations.status, 'held'),
        inArray(surveyInvitations.id, [...ids]),
      ),
    );
}

/** Answered e-mail invitations whose response has a score but no comment, not yet nudged. */
export async function nudgeCandidates(
  db: Db,
  organizationId: string,
  answeredBefore: Date,
  now: Date,
  limit: number,
) {
  return db
    .select({
      ...invitationColumns,
      score: feedbackItems.score,
      comment: feedbackItems.text,
    })
    .from(surveyInvitations)
    .innerJoin(surveyResponses, eq(surveyResponses.invitationId, surveyInvitations.id))
    .innerJoin(feedbackItems, eq(feedbackItems.id, surveyResponses.feedbackItemId))
    .where(
      and(
        eq(surveyInvitations.organizationId, organizationId),
        eq(surveyInvitations.channel, 'email'),
        eq(surveyInvitations.status, 'sent'),
        isNotNull(surveyInvitations.tokenHash),
        isNull(surveyInvitations.nudgedAt),
        isNull(surveyInvitations.unsubscribedAt),
        lte(surveyInvitations.answeredAt, answeredBefore),
        sql`${feedbackItems.score} is not null`,
        sql`coalesce(btrim(${feedbackItems.text}), '') = ''`,
        sql`${surveyInvitations.expiresAt} > ${now.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(surveyInvitations.answeredAt))
    .limit(limit);
}

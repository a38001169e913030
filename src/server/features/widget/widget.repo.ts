import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  contacts,
  segments,
  surveyInvitations,
  surveys,
  type WidgetTargeting,
} from '../../db/schema/index.js';
import type { TSegmentFilter } from '../../../shared/contracts/segments.js';
import { contactFilter } from '../contacts/contacts.repo.js';

export type { WidgetTargeting };

export interface WidgetSurveyRow {
  id: string;
  currentVersion: number;
  recontactPeriodDays: number | null;
  widget: WidgetTargeting;
}

/** Live surveys placed in the widget, oldest first: when several match, the first one asks. */
export async function liveWidgetSurveys(db: Db, organizationId: string): Promise<WidgetSurveyRow[]> {
  const rows = await db
    .select({
      id: surveys.id,
      currentVersion: surveys.currentVersion,
      recontactPeriodDays: surveys.recontactPeriodDays,
      widget: surveys.widget,
    })
    .from(surveys)
    .where(
      and(eq(surveys.organizationId, organizationId), eq(surveys.status, 'live'), isNotNull(surveys.widget)),
    )
    .orderBy(asc(surveys.createdAt), asc(surveys.id));
  return rows.flatMap((r) => (r.widget ? [{ ...r, widget: r.widget }] : []));
}

/** Sets (or with null removes) a survey's widget targeting; false when the survey is not the organization's. */
export async function setWidgetTargeting(
  db: Db,
  organizationId: string,
  surveyId: string,
  widget: WidgetTargeting | null,
): Promise<boolean> {
  const rows = await db
    .update(surveys)
    .set({ widget })
    .where(and(eq(surveys.organizationId, organizationId), eq(surveys.id, surveyId)))
    .returning({ id: surveys.id });
  return rows.length === 1;
}

/**
 * Whether the contact matches the saved segment's filter right now, through the same WHERE
 * clause the contact list and the segment counts use. A deleted segment matches nobody.
 */
export async function isContactInSegment(
  db: Db,
  organizationId: string,
  segmentId: string,
  contactId: string,
): Promise<boolean> {
  const [segment] = await db
    .select({ filter: segments.filter })
    .from(segments)
    .where(and(eq(segments.organizationId, organizationId), eq(segments.id, segmentId)));
  if (!segment) return false;
  const filter = segment.filter as TSegmentFilter;
  const [row] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(...contactFilter(organizationId, filter), eq(contacts.id, contactId)));
  return row !== undefined;
}

/**
 * Runs `fn` in a transaction holding a lock on one contact, so two tabs identifying the same
 * visitor at once cannot both pass the throttle and show two surveys. Transaction-scoped
 * advisory locks need no table and release themselves on commit or rollback.
 */
export function withContactLock<T>(db: Db, contactId: string, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`widget:${contactId}`}, 0))`);
    return fn(tx as unknown as Db);
  });
}

export interface NewWidgetInvitation {
  id: string;
  organizationId: string;
  surveyId: string;
  /** null for an anonymous visitor */
  contactId: string | null;
  language: string;
  tokenHash: string;
  sentAt: Date;
  expiresAt: Date;
}

/** A widget impression: 'sent' at once, which is what the quiet and recontact periods count. */
export async function insertWidgetInvitation(db: Db, v: NewWidgetInvitation): Promise<void> {
  await db
    .insert(surveyInvitations)
    .values({ ...v, channel: 'widget', status: 'sent', scheduledFor: v.sentAt, createdAt: v.sentAt });
}

/** The organization's widget invitation a token names; another organization's token finds nothing. */
export async function findWidgetInvitation(db: Db, organizationId: string, tokenHash: string) {
  const [row] = await db
    .select({
      id: surveyInvitations.id,
      surveyId: surveyInvitations.surveyId,
      contactId: surveyInvitations.contactId,
      language: surveyInvitations.language,
      expiresAt: surveyInvitations.expiresAt,
    })
    .from(surveyInvitations)
    .where(
      and(
        eq(surveyInvitations.organizationId, organizationId),
        eq(surveyInvitations.tokenHash, tokenHash),
        eq(surveyInvitations.channel, 'widget'),
      ),
    );
  return row ?? null;
}

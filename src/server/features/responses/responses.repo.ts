import { and, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contacts, feedbackItems, surveyInvitations, surveyResponses } from '../../db/schema/index.js';
import type { ResponseChannel } from '../../../shared/contracts/responses.js';

export type AnswerMap = Record<string, number | string | null>;

export interface StoredResponse {
  feedbackItemId: string;
  surveyId: string;
  surveyVersion: number;
  invitationId: string | null;
  answers: AnswerMap;
}

const storedColumns = {
  feedbackItemId: surveyResponses.feedbackItemId,
  surveyId: surveyResponses.surveyId,
  surveyVersion: surveyResponses.surveyVersion,
  invitationId: surveyResponses.invitationId,
  answers: surveyResponses.answers,
};

export async function findByInvitation(db: Db, organizationId: string, invitationId: string): Promise<StoredResponse | null> {
  const [row] = await db
    .select(storedColumns)
    .from(surveyResponses)
    .where(and(eq(surveyResponses.organizationId, organizationId), eq(surveyResponses.invitationId, invitationId)));
  return row ?? null;
}

export async function findByFeedbackItem(db: Db, organizationId: string, feedbackItemId: string): Promise<StoredResponse | null> {
  const [row] = await db
    .select(storedColumns)
    .from(surveyResponses)
    .where(and(eq(surveyResponses.organizationId, organizationId), eq(surveyResponses.feedbackItemId, feedbackItemId)));
  return row ?? null;
}

export interface ResponseRowInput {
  feedbackItemId: string;
  organizationId: string;
  surveyId: string;
  surveyVersion: number;
  invitationId: string | null;
  contactId: string | null;
  channel: ResponseChannel;
  language: string;
  answers: AnswerMap;
  hiddenFields: Record<string, string>;
  at: Date;
}

/** Inserts the response, or replaces its answers when the row exists (a retry after a crash between the two writes). */
export async function upsertResponse(db: Db, r: ResponseRowInput): Promise<void> {
  await db
    .insert(surveyResponses)
    .values({ ...r, createdAt: r.at, updatedAt: r.at })
    .onConflictDoUpdate({ target: surveyResponses.feedbackItemId, set: { answers: r.answers, updatedAt: r.at } });
}

/** The pipeline item follows the response: its score and comment are the headline answers. */
export async function updateFeedbackScore(db: Db, organizationId: string, id: string, v: { score: number | null; text: string | null }): Promise<void> {
  await db
    .update(feedbackItems)
    .set({ score: v.score, text: v.text })
    .where(and(eq(feedbackItems.organizationId, organizationId), eq(feedbackItems.id, id)));
}

/** First answer stamps answered_at (and clicked_at if the click came without the script); later edits keep them. */
export async function markInvitationAnswered(db: Db, organizationId: string, invitationId: string, at: Date): Promise<void> {
  await db
    .update(surveyInvitations)
    .set({ answeredAt: sql`coalesce(${surveyInvitations.answeredAt}, ${at.toISOString()}::timestamptz)`, clickedAt: sql`coalesce(${surveyInvitations.clickedAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(surveyInvitations.organizationId, organizationId), eq(surveyInvitations.id, invitationId)));
}

export interface ResponseFilter {
  id?: string | undefined;
  surveyId?: string | undefined;
  contactId?: string | undefined;
  channel?: ResponseChannel | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  after?: { at: Date; id: string } | undefined;
}

export async function listResponses(db: Db, organizationId: string, f: ResponseFilter, limit: number) {
  const where: SQL[] = [eq(surveyResponses.organizationId, organizationId)];
  if (f.id) where.push(eq(surveyResponses.feedbackItemId, f.id));
  if (f.surveyId) where.push(eq(surveyResponses.surveyId, f.surveyId));
  if (f.contactId) where.push(eq(surveyResponses.contactId, f.contactId));
  if (f.channel) where.push(eq(surveyResponses.channel, f.channel));
  if (f.from) where.push(sql`${surveyResponses.createdAt} >= ${f.from.toISOString()}::timestamptz`);
  if (f.to) where.push(sql`${surveyResponses.createdAt} < ${f.to.toISOString()}::timestamptz`);
  if (f.after) {
    const at = sql`${f.after.at.toISOString()}::timestamptz`;
    const cond = or(lt(surveyResponses.createdAt, at), and(eq(surveyResponses.createdAt, at), lt(surveyResponses.feedbackItemId, f.after.id)));
    if (cond) where.push(cond);
  }
  return db
    .select({
      id: surveyResponses.feedbackItemId,
      surveyId: surveyResponses.surveyId,
      surveyVersion: surveyResponses.surveyVersion,
      invitationId: surveyResponses.invitationId,
      contactId: surveyResponses.contactId,
      contactExternalId: contacts.externalId,
      channel: surveyResponses.channel,
      language: surveyResponses.language,
      answers: surveyResponses.answers,
      hiddenFields: surveyResponses.hiddenFields,
      metric: feedbackItems.metric,
      score: feedbackItems.score,
      comment: feedbackItems.text,
      createdAt: surveyResponses.createdAt,
      updatedAt: surveyResponses.updatedAt,
    })
    .from(surveyResponses)
    .innerJoin(feedbackItems, eq(feedbackItems.id, surveyResponses.feedbackItemId))
    .leftJoin(contacts, and(eq(contacts.id, surveyResponses.contactId), eq(contacts.organizationId, organizationId)))
    .where(and(...where))
    .orderBy(desc(surveyResponses.createdAt), desc(surveyResponses.feedbackItemId))
    .limit(limit);
}

export type ResponseListRow = Awaited<ReturnType<typeof listResponses>>[number];

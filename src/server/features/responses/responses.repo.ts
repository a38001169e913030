import { and, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contacts, feedbackItems, surveyInvitations, surveyResponses, surveys } from '../../db/schema/index.js';
import type { ResponseChannel } from '../../../shared/contracts/responses.js';
import type { SurveyStatus } from '../../../shared/contracts/surveys.js';
import type { DependentWrite } from '../feedback/feedback.repo.js';

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

/** What recording an answer reads about its survey: the survey row and the invitation's response, if any. */
export interface AnswerTarget {
  survey: { id: string; name: string; status: SurveyStatus; currentVersion: number };
  existing: StoredResponse | null;
}

/** The survey and, for an invitation, its stored response: one query instead of two. */
export async function findAnswerTarget(db: Db, organizationId: string, surveyId: string, invitationId: string | null): Promise<AnswerTarget | null> {
  const [row] = await db
    .select({ id: surveys.id, name: surveys.name, status: surveys.status, currentVersion: surveys.currentVersion, response: storedColumns })
    .from(surveys)
    .leftJoin(
      surveyResponses,
      invitationId === null ? sql`false` : and(eq(surveyResponses.organizationId, organizationId), eq(surveyResponses.invitationId, invitationId)),
    )
    .where(and(eq(surveys.organizationId, organizationId), eq(surveys.id, surveyId)));
  if (!row) return null;
  const { response, ...survey } = row;
  return { survey, existing: response };
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

const responseForNewItemSql = sql`insert into survey_responses (feedback_item_id, organization_id, survey_id, survey_version, invitation_id, contact_id, channel, language, answers, hidden_fields, created_at, updated_at)
  select item.id, r->>'organizationId', (r->>'surveyId')::uuid, (r->>'surveyVersion')::integer, (r->>'invitationId')::uuid, (r->>'contactId')::uuid,
    r->>'channel', r->>'language', r->'answers', r->'hiddenFields', (r->>'at')::timestamptz, (r->>'at')::timestamptz
  from item join input on input.id = item.id cross join lateral (select input.deps->'response') as p(r)`;

/**
 * `upsertResponse` for a response hanging off a feedback item inserted in the same statement
 * (`insertFeedbackItemWith`): the id comes from `item`. The item is new, so the response is too.
 */
export function insertResponseForNewItem(r: Omit<ResponseRowInput, 'feedbackItemId'>): DependentWrite {
  return {
    name: 'response',
    sql: responseForNewItemSql,
    params: {
      organizationId: r.organizationId,
      surveyId: r.surveyId,
      surveyVersion: r.surveyVersion,
      invitationId: r.invitationId,
      contactId: r.contactId,
      channel: r.channel,
      language: r.language,
      answers: r.answers,
      hiddenFields: r.hiddenFields,
      at: r.at.toISOString(),
    },
  };
}

// The invitations are found by their primary key (`= any(array(...))`): joined to the batch
// instead, the planner guesses jsonb_to_recordset returns 100 rows and scans the whole table.
const stampAnsweredForNewItemSql = sql`update survey_invitations s
  set answered_at = coalesce(s.answered_at, p.at), clicked_at = coalesce(s.clicked_at, p.at)
  from (
    select (input.deps->'stamp'->>'invitationId')::uuid, input.deps->'stamp'->>'organizationId', (input.deps->'stamp'->>'at')::timestamptz
    from item join input on input.id = item.id
  ) as p(invitation_id, organization_id, at)
  where s.id = any(array(select (input.deps->'stamp'->>'invitationId')::uuid from item join input on input.id = item.id))
    and s.id = p.invitation_id and s.organization_id = p.organization_id`;

/** `markInvitationAnswered` in the statement that inserts the answer's item: stamps only if the item is new. */
export function stampAnsweredForNewItem(organizationId: string, invitationId: string, at: Date): DependentWrite {
  return { name: 'stamp', sql: stampAnsweredForNewItemSql, params: { invitationId, organizationId, at: at.toISOString() } };
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

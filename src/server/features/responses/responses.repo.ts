import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  contacts,
  feedbackItems,
  itemAnalyses,
  surveyInvitations,
  surveyResponses,
  surveys,
  caseItems,
} from '../../db/schema/index.js';
import type { ResponseChannel } from '../../../shared/contracts/responses.js';
import type { SurveyStatus } from '../../../shared/contracts/surveys.js';
import type { DependentWrite } from '../feedback/feedback.repo.js';
import type { AnswerCursor } from './answer-cursor.js';
import {
  answerConditions,
  responseJoin,
  type AnswerFilter,
  type AnswerSource,
} from './answer-filter.repo.js';

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

export async function findByInvitation(
  db: Db,
  organizationId: string,
  invitationId: string,
): Promise<StoredResponse | null> {
  const [row] = await db
    .select(storedColumns)
    .from(surveyResponses)
    .where(
      and(eq(surveyResponses.organizationId, organizationId), eq(surveyResponses.invitationId, invitationId)),
    );
  return row ?? null;
}

/** What recording an answer reads about its survey: the survey row and the invitation's response, if any. */
export interface AnswerTarget {
  survey: { id: string; name: string; status: SurveyStatus; currentVersion: number };
  existing: StoredResponse | null;
}

/** The survey and, for an invitation, its stored response: one query instead of two. */
export async function findAnswerTarget(
  db: Db,
  organizationId: string,
  surveyId: string,
  invitationId: string | null,
): Promise<AnswerTarget | null> {
  const [row] = await db
    .select({
      id: surveys.id,
      name: surveys.name,
      status: surveys.status,
      currentVersion: surveys.currentVersion,
      response: storedColumns,
    })
    .from(surveys)
    .leftJoin(
      surveyResponses,
      invitationId === null
        ? sql`false`
        : and(
            eq(surveyResponses.organizationId, organizationId),
            eq(surveyResponses.invitationId, invitationId),
          ),
    )
    .where(and(eq(surveys.organizationId, organizationId), eq(surveys.id, surveyId)));
  if (!row) return null;
  const { response, ...survey } = row;
  return { survey, existing: response };
}

export async function findByFeedbackItem(
  db: Db,
  organizationId: string,
  feedbackItemId: string,
): Promise<StoredResponse | null> {
  const [row] = await db
    .select(storedColumns)
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.organizationId, organizationId),
        eq(surveyResponses.feedbackItemId, feedbackItemId),
      ),
    );
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
    .onConflictDoUpdate({
      target: surveyResponses.feedbackItemId,
      set: { answers: r.answers, updatedAt: r.at },
    });
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
export function stampAnsweredForNewItem(
  organizationId: string,
  invitationId: string,
  at: Date,
): DependentWrite {
  return {
    name: 'stamp',
    sql: stampAnsweredForNewItemSql,
    params: { invitationId, organizationId, at: at.toISOString() },
  };
}

export { inTransaction } from '../../db/in-transaction.js';

/**
 * The pipeline item follows the response: its score and comment are the headline answers. Only a
 * real change raises the item's version; returns the new version, or null when nothing changed.
 */
export async function updateFeedbackScore(
  db: Db,
  organizationId: string,
  id: string,
  v: { score: number | null; text: string | null },
): Promise<number | null> {
  const [row] = await db
    .update(feedbackItems)
    .set({ score: v.score, text: v.text, version: sql`${feedbackItems.version} + 1` })
    .where(
      and(
        eq(feedbackItems.organizationId, organizationId),
        eq(feedbackItems.id, id),
        sql`(${feedbackItems.score} is distinct from ${v.score} or ${feedbackItems.text} is distinct from ${v.text})`,
      ),
    )
    .returning({ version: feedbackItems.version });
  return row?.version ?? null;
}

/** First answer stamps answered_at (and clicked_at if the click came without the script); later edits keep them. */
export async function markInvitationAnswered(
  db: Db,
  organizationId: string,
  invitationId: string,
  at: Date,
): Promise<void> {
  await db
    .update(surveyInvitations)
    .set({
      answeredAt: sql`coalesce(${surveyInvitations.answeredAt}, ${at.toISOString()}::timestamptz)`,
      clickedAt: sql`coalesce(${surveyInvitations.clickedAt}, ${at.toISOString()}::timestamptz)`,
    })
    .where(and(eq(surveyInvitations.organizationId, organizationId), eq(surveyInvitations.id, invitationId)));
}

/** The drill-down's tables: the filters are built on the same references the query selects from and joins. */
const drillDown: AnswerSource = { item: feedbackItems, response: surveyResponses };

/** The answers of a drill-down, newest first, after `after`; or one answer by id. */
export async function listResponses(
  db: Db,
  organizationId: string,
  f: AnswerFilter & { id?: string },
  after: AnswerCursor | null,
  limit: number,
) {
  const where = answerConditions(drillDown, organizationId, f);
  if (f.id) where.push(eq(feedbackItems.id, f.id));
  if (after) {
    // The plain bound lets the (organization, occurred_at) index start at the cursor; the row comparison breaks ties by id.
    where.push(sql`${feedbackItems.occurredAt} <= ${after.at}::timestamptz`);
    where.push(
      sql`(${feedbackItems.occurredAt}, ${feedbackItems.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`,
    );
  }
  return db
    .select({
      id: feedbackItems.id,
      surveyId: surveyResponses.surveyId,
      surveyName: surveys.name,
      surveyVersion: surveyResponses.surveyVersion,
      invitationId: surveyResponses.invitationId,
      contactId: contacts.id,
      contactExternalId: contacts.externalId,
      contactName: contacts.name,
      contactSegment: contacts.segment,
      channel: surveyResponses.channel,
      itemChannel: feedbackItems.channel,
      language: sql<string>`coalesce(${feedbackItems.language}, ${surveyResponses.language}, '')`,
      answers: surveyResponses.answers,
      hiddenFields: surveyResponses.hiddenFields,
      metric: feedbackItems.metric,
      score: feedbackItems.score,
      scaleMax: feedbackItems.scaleMax,
      comment: feedbackItems.text,
      occurredAt: feedbackItems.occurredAt,
      cursorAt: sql<string>`${feedbackItems.occurredAt}::text`,
      updatedAt: surveyResponses.updatedAt,
      caseId: caseItems.caseId,
      analysis: itemAnalyses.analysis,
    })
    .from(drillDown.item)
    .leftJoin(drillDown.response, responseJoin(drillDown, organizationId))
    .leftJoin(
      caseItems,
      and(eq(caseItems.itemId, feedbackItems.id), eq(caseItems.organizationId, organizationId)),
    )
    .leftJoin(
      itemAnalyses,
      and(eq(itemAnalyses.itemId, feedbackItems.id), eq(itemAnalyses.organizationId, organizationId)),
    )
    .leftJoin(
      surveys,
      and(eq(surveys.id, surveyResponses.surveyId), eq(surveys.organizationId, organizationId)),
    )
    .leftJoin(
      contacts,
      and(eq(contacts.id, feedbackItems.contactId), eq(contacts.organizationId, organizationId)),
    )
    .where(and(...where))
    .orderBy(desc(feedbackItems.occurredAt), desc(feedbackItems.id))
    .limit(limit);
}

/** How many answers a drill-down lists. */
export async function countResponses(db: Db, organizationId: string, f: AnswerFilter): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(drillDown.item)
    .leftJoin(drillDown.response, responseJoin(drillDown, organizationId))
    .where(and(...answerConditions(drillDown, organizationId, f)));
  return Number(row?.n ?? 0);
}

export type ResponseListRow = Awaited<ReturnType<typeof listResponses>>[number];

import { and, asc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contacts, feedbackItems, surveyResponses, surveys } from '../../db/schema/index.js';
import type { ResponseChannel } from '../../../shared/contracts/responses.js';
import {
  answerConditions,
  responseJoin,
  type AnswerFilter,
  type AnswerSource,
} from '../responses/answer-filter.repo.js';

export interface ExportFilter {
  surveyId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  channel?: ResponseChannel | undefined;
  segment?: string | undefined;
}

/** Where to continue: the last row's time exactly as PostgreSQL holds it (text keeps the microseconds a JS Date would drop) and its id. */
export interface ExportCursor {
  at: string;
  id: string;
}

export async function surveyExists(db: Db, organizationId: string, surveyId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: surveys.id })
    .from(surveys)
    .where(and(eq(surveys.organizationId, organizationId), eq(surveys.id, surveyId)));
  return row !== undefined;
}

function itemFilters(organizationId: string, f: ExportFilter): SQL[] {
  const where: SQL[] = [eq(feedbackItems.organizationId, organizationId)];
  if (f.from) where.push(sql`${feedbackItems.occurredAt} >= ${f.from.toISOString()}::timestamptz`);
  if (f.to) where.push(sql`${feedbackItems.occurredAt} < ${f.to.toISOString()}::timestamptz`);
  return where;
}

function responseFilters(organizationId: string, f: ExportFilter): SQL[] {
  const where: SQL[] = [eq(surveyResponses.organizationId, organizationId)];
  if (f.surveyId) where.push(eq(surveyResponses.surveyId, f.surveyId));
  if (f.channel) where.push(eq(surveyResponses.channel, f.channel));
  return where;
}

/** Survey names by id: an organization has a handful, read once per export instead of joined into every page. */
export async function surveyNames(db: Db, organizationId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: surveys.id, name: surveys.name })
    .from(surveys)
    .where(eq(surveys.organizationId, organizationId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The export's tables: the drill-down's filters are built on the same references the query reads. */
const exported: AnswerSource = { item: feedbackItems, response: surveyResponses };

/**
 * One page of the answers a drill-down lists (the same filter as `GET /api/v1/responses`), oldest first, after `after` (keyset on time and id: each page
 * starts where the last ended, however deep into a million rows the export is). Only the two
 * tables every row needs are joined, by primary key; contacts are read per page by id
 * (`contactsByIds`) and survey names once. PGlite never runs autovacuum, so a freshly filled
 * database has no planner statistics: with four joins the planner guessed nested loops that
 * took seconds, with two it finds the key lookups by itself.
 */
export async function pageResponses(
  db: Db,
  organizationId: string,
  f: AnswerFilter,
  after: ExportCursor | null,
  limit: number,
) {
  const where = answerConditions(exported, organizationId, f);
  if (after) {
    // The plain bound lets the (organization, occurred_at) index start the scan at the cursor; the row comparison breaks ties by id.
    where.push(sql`${feedbackItems.occurredAt} >= ${after.at}::timestamptz`);
    where.push(
      sql`(${feedbackItems.occurredAt}, ${feedbackItems.id}) > (${after.at}::timestamptz, ${after.id}::uuid)`,
    );
  }
  return db
    .select({
      id: feedbackItems.id,
      occurredAt: feedbackItems.occurredAt,
      cursorAt: sql<string>`${feedbackItems.occurredAt}::text`,
      surveyId: surveyResponses.surveyId,
      metric: feedbackItems.metric,
      score: feedbackItems.score,
      comment: feedbackItems.text,
      // As the metrics count it: the answering channel, or a feedback-API score's own channel.
      channel: sql<string>`coalesce(${surveyResponses.channel}, ${feedbackItems.channel})`,
      language: sql<string | null>`coalesce(${feedbackItems.language}, ${surveyResponses.language})`,
      contactId: feedbackItems.contactId,
      hiddenFields: surveyResponses.hiddenFields,
    })
    .from(exported.item)
    .leftJoin(exported.response, responseJoin(exported, organizationId))
    .where(and(...where))
    .orderBy(asc(feedbackItems.occurredAt), asc(feedbackItems.id))
    .limit(limit);
}

export interface ExportContact {
  externalId: string;
  segment: string | null;
  region: string | null;
}

/** The contacts of one page, by id. */
export async function contactsByIds(
  db: Db,
  organizationId: string,
  ids: readonly string[],
): Promise<Map<string, ExportContact>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: contacts.id,
      externalId: contacts.externalId,
      segment: contacts.segment,
      region: contacts.region,
    })
    .from(contacts)
    .where(
      and(
        eq(contacts.organizationId, organizationId),
        sql`${contacts.id} = any(${sql.param([...ids])}::uuid[])`,
      ),
    );
  return new Map(rows.map(({ id, ...c }) => [id, c]));
}

export type ResponseExportRow = Awaited<ReturnType<typeof pageResponses>>[number];

/** Answers per month (UTC), metric, scale and score: the GROUP BY every monthly number is computed from. */
export async function monthlyScoreCounts(db: Db, organizationId: string, f: ExportFilter) {
  const month = sql<string>`to_char(${feedbackItems.occurredAt} at time zone 'UTC', 'YYYY-MM')`;
  const where = [
    ...itemFilters(organizationId, f),
    inArray(feedbackItems.metric, ['nps', 'csat', 'ces']),
    isNotNull(feedbackItems.score),
  ];
  // Survey and channel live on the response; without those filters answers from every source count.
  const bySurvey = f.surveyId !== undefined || f.channel !== undefined;
  if (bySurvey) where.push(...responseFilters(organizationId, f));
  let query = db
    .select({
      month,
      metric: sql<string>`${feedbackItems.metric}`,
      scaleMin: feedbackItems.scaleMin,
      scaleMax: feedbackItems.scaleMax,
      score: sql<number>`${feedbackItems.score}`,
      n: sql<number>`count(*)::int`,
    })
    .from(feedbackItems)
    .$dynamic();
  if (bySurvey)
    query = query.innerJoin(surveyResponses, eq(surveyResponses.feedbackItemId, feedbackItems.id));
  if (f.segment !== undefined) {
    query = query.innerJoin(
      contacts,
      and(eq(contacts.id, feedbackItems.contactId), eq(contacts.organizationId, organizationId)),
    );
    where.push(eq(contacts.segment, f.segment));
  }
  const rows = await query
    .where(and(...where))
    .groupBy(month, feedbackItems.metric, feedbackItems.scaleMin, feedbackItems.scaleMax, feedbackItems.score)
    .orderBy(month, feedbackItems.metric);
  return rows.map((r) => ({ ...r, score: Number(r.score), n: Number(r.n) }));
}

export type MonthlyScoreCount = Awaited<ReturnType<typeof monthlyScoreCounts>>[number];

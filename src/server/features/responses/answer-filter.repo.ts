import { and, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  commentSearchVector,
  contacts,
  type feedbackItems,
  type surveyResponses,
} from '../../db/schema/index.js';
import { textConditions } from '../text/analysis-filter.repo.js';
import { ANSWER_SCALES, type NpsCategory, type TAnswerFilters } from '../../../shared/contracts/responses.js';

/** The drill-down filters once the contact's external id is resolved and the times are read. */
export interface AnswerFilter extends Omit<TAnswerFilters, 'contactExternalId' | 'from' | 'to'> {
  contactId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

/**
 * The same filters over any feedback item, answer or not (the feedback inbox): the channel may
 * also be `survey` (every survey answer) or a feedback channel, the metric also a source's own
 * `rating`, and the source narrows to one (e.g. "Google Reviews").
 */
export interface ItemFilter extends Omit<AnswerFilter, 'channel' | 'metric'> {
  channel?: string | undefined;
  metric?: keyof typeof ANSWER_SCALES | 'rating' | undefined;
  source?: string | undefined;
}

/** Score ranges of the NPS categories (STATS.md): promoter 9–10, passive 7–8, detractor 0–6. */
export const CATEGORY_SCORES: Record<NpsCategory, readonly [number, number]> = {
  promoter: [9, 10],
  passive: [7, 8],
  detractor: [0, 6],
};

/**
 * The tables a filter reads, as the calling query has them in scope: its feedback items and,
 * left-joined to them with `responseJoin`, their survey responses. Every condition below is
 * built on these references and on nothing else of the caller's query, so the caller decides
 * what its tables are called (the plain tables or aliases of them) and no repo relies on
 * another's names. The contact dimensions read contacts in their own aliased subquery.
 */
export interface AnswerSource {
  item: typeof feedbackItems;
  response: typeof surveyResponses;
}

/**
 * A score the metrics API counts: nps, csat or ces on its canonical scale, as the rollups
 * select them (metrics/rollups.repo.ts); a source's own stars stay out.
 */
function isMetric({ item }: AnswerSource, metric: keyof typeof ANSWER_SCALES): SQL {
  const [min, max] = ANSWER_SCALES[metric];
  return sql`(${item.metric} = ${metric} and ${item.score} between ${min} and ${max} and coalesce(${item.scaleMax}, ${max}) = ${max})`;
}

/** The join of an item's survey response, scoped by organization like every other read. */
export const responseJoin = ({ item, response }: AnswerSource, organizationId: string) =>
  and(eq(response.feedbackItemId, item.id), eq(response.organizationId, organizationId));

/** The contacts of the segment and region conditions: named apart, so no contacts table of the caller's query is shadowed or meant. */
const FILTER_CONTACT = 'filter_contact';
const filterContact = alias(contacts, FILTER_CONTACT);

/**
 * A comment containing the words of `q`, read in the comment's language: German comments with
 * German stemming, English with English, others word by word (`commentSearchVector`, the
 * expression the search index is built on). Each arm pairs the item's language with the query
 * read the same way, so a German stem never matches an English comment by accident; each arm
 * carries the index's own expression, so the planner can combine three index scans. The index
 * holds only items with a comment (`feedback_items_search_idx`'s predicate, which the leading
 * `text is not null` restates so the planner may use it): an item without one matches nothing.
 */
function commentMatches({ item }: AnswerSource, q: string): SQL {
  const vector = commentSearchVector(item.language, item.text);
  return sql`(${item.text} is not null and ((${item.language} = 'de' and ${vector} @@ websearch_to_tsquery('german', ${q}))
    or (${item.language} = 'en' and ${vector} @@ websearch_to_tsquery('english', ${q}))
    or (${item.language} is distinct from 'de' and ${item.language} is distinct from 'en' and ${vector} @@ websearch_to_tsquery('simple', ${q}))))`;
}

/**
 * The conditions over `feedback_items` (left-joined to `survey_responses` with `responseJoin`)
 * that select a drill-down's answers. Each dimension is read exactly as the rollups derive it,
 * so the rows listed for a filter are the n the metrics API reports for it: survey answers,
 * and scores sent through the feedback API, which the metrics count too.
 */
export function answerConditions(source: AnswerSource, organizationId: string, f: AnswerFilter): SQL[] {
  const isScore = sql`${isMetric(source, 'nps')} or ${isMetric(source, 'csat')} or ${isMetric(source, 'ces')}`;
  const isAnswer = sql`(${source.response.feedbackItemId} is not null or ${isScore})`;
  return [...itemConditions(source, organizationId, f), isAnswer];
}

/** The drill-down's conditions without the restriction to answers: every item of the inbox, filtered the same way. */
export function itemConditions(source: AnswerSource, organizationId: string, f: ItemFilter): SQL[] {
  const { item: fi, response: sr } = source;
  const where: SQL[] = [eq(fi.organizationId, organizationId)];
  if (f.metric === 'rating') where.push(eq(fi.metric, 'rating'));
  else if (f.metric) where.push(isMetric(source, f.metric));
  if (f.category) {
    const [low, high] = CATEGORY_SCORES[f.category];
    where.push(sql`${fi.score} between ${low} and ${high}`);
  }
  if (f.score !== undefined) where.push(eq(fi.score, f.score));
  if (f.hasComment !== undefined)
    where.push(
      f.hasComment ? sql`btrim(coalesce(${fi.text}, '')) <> ''` : sql`btrim(coalesce(${fi.text}, '')) = ''`,
    );
  if (f.q !== undefined) where.push(commentMatches(source, f.q));
  where.push(...textConditions(fi, organizationId, f, { from: f.from, to: f.to }));
  if (f.surveyId) where.push(eq(sr.surveyId, f.surveyId));
  if (f.contactId) where.push(eq(fi.contactId, f.contactId));
  if (f.source) where.push(eq(fi.source, f.source));
  if (f.channel === 'survey') where.push(eq(fi.channel, 'survey'));
  else if (f.channel)
    where.push(
      sql`coalesce(${sr.channel}, case when ${fi.channel} = 'survey' then ${fi.touchpoint} else ${fi.channel} end) = ${f.channel}`,
    );
  if (f.product) where.push(eq(fi.product, f.product));
  if (f.touchpoint) {
    // As the rollups read it: a survey answer recorded by Resonance keeps its answering channel
    // in `touchpoint`, which is the channel dimension, not a touchpoint.
    where.push(
      sql`${fi.touchpoint} = ${f.touchpoint} and not (${fi.channel} = 'survey' and ${fi.touchpoint} in ('email', 'link', 'widget', 'api'))`,
    );
  }
  if (f.language) where.push(sql`coalesce(${fi.language}, ${sr.language}) = ${f.language}`);
  const c = filterContact;
  for (const [column, value] of [
    [c.segment, f.segment],
    [c.region, f.region],
  ] as const) {
    if (value) {
      where.push(sql`exists (select 1 from ${contacts} as ${sql.identifier(FILTER_CONTACT)}
        where ${c.id} = ${fi.contactId} and ${c.organizationId} = ${organizationId} and ${column} = ${value})`);
    }
  }
  if (f.from) where.push(sql`${fi.occurredAt} >= ${f.from.toISOString()}::timestamptz`);
  if (f.to) where.push(sql`${fi.occurredAt} < ${f.to.toISOString()}::timestamptz`);
  return where;
}

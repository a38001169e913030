import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { FeedbackAnalysis } from './item-analysis.repo.js';

type Rows<T> = { rows: T[] };
const rowsOf = <T>(result: unknown) => (result as Rows<T>).rows;

/** Whether the organization's comments ever mentioned the theme (a theme outside the catalog). */
export async function themeMentioned(db: Db, organizationId: string, themeId: string): Promise<boolean> {
  const result = await db.execute(sql`
    select exists (
      select 1 from item_themes where organization_id = ${organizationId} and theme_id = ${themeId}
    ) as found`);
  return rowsOf<{ found: boolean }>(result)[0]?.found === true;
}

export type SeriesGrain = 'day' | 'week' | 'month';

export interface BucketMentions {
  /** The bucket's first day (YYYY-MM-DD), as date_trunc gives it in UTC. */
  bucket: string;
  mentions: number;
  sentiment: number | null;
}

/** The theme's mentions per bucket, read from the (organization, theme, time) index alone. */
export async function mentionsPerBucket(
  db: Db,
  organizationId: string,
  themeId: string,
  from: Date,
  to: Date,
  grain: SeriesGrain,
): Promise<BucketMentions[]> {
  const result = await db.execute(sql`
    select to_char(date_trunc(${grain}, occurred_at at time zone 'UTC'), 'YYYY-MM-DD') as bucket,
           count(*)::int as mentions,
           avg(sentiment)::float8 as sentiment
    from item_themes
    where organization_id = ${organizationId} and theme_id = ${themeId}
      and occurred_at >= ${from} and occurred_at < ${to}
    group by 1`);
  return rowsOf<BucketMentions>(result).map((r) => ({
    ...r,
    sentiment: r.sentiment === null ? null : Number(r.sentiment),
  }));
}

/** The analysed comments per bucket (the share's denominator). */
export async function commentsPerBucket(
  db: Db,
  organizationId: string,
  from: Date,
  to: Date,
  grain: SeriesGrain,
): Promise<Array<{ bucket: string; comments: number }>> {
  const result = await db.execute(sql`
    select to_char(date_trunc(${grain}, occurred_at at time zone 'UTC'), 'YYYY-MM-DD') as bucket,
           count(*)::int as comments
    from item_analyses
    where organization_id = ${organizationId} and occurred_at >= ${from} and occurred_at < ${to}
    group by 1`);
  return rowsOf(result);
}

export type BreakdownDimension = 'channel' | 'segment' | 'touchpoint';

/** The dimension's value of an item `fi` (its contact `ct` joined for the segment); fixed SQL, never input. */
const KEY: Record<BreakdownDimension, SQL> = {
  channel: sql`fi.channel`,
  segment: sql`ct.segment`,
  touchpoint: sql`fi.touchpoint`,
};

const contactJoin = (dimension: BreakdownDimension) =>
  dimension === 'segment'
    ? sql`left join contacts ct on ct.id = fi.contact_id and ct.organization_id = fi.organization_id`
    : sql``;

export interface GroupRow {
  key: string | null;
  mentions: number;
  comments: number;
}

/**
 * Per value of a dimension: the theme's mentions and the analysed comments (mentioned or not).
 * Only values with a mention come back; a comment without a value (no contact, no touchpoint)
 * counts under null.
 */
export async function breakdownRows(
  db: Db,
  organizationId: string,
  themeId: string,
  from: Date,
  to: Date,
  dimension: BreakdownDimension,
): Promise<GroupRow[]> {
  const key = KEY[dimension];
  const join = contactJoin(dimension);
  const result = await db.execute(sql`
    with mentioned as (
      select ${key} as key, count(*)::int as mentions
      from item_themes t
      join feedback_items fi on fi.id = t.item_id and fi.organization_id = t.organization_id
      ${join}
      where t.organization_id = ${organizationId} and t.theme_id = ${themeId}
        and t.occurred_at >= ${from} and t.occurred_at < ${to}
      group by 1
    ), analysed as (
      select ${key} as key, count(*)::int as comments
      from item_analyses ia
      join feedback_items fi on fi.id = ia.item_id and fi.organization_id = ia.organization_id
      ${join}
      where ia.organization_id = ${organizationId} and ia.occurred_at >= ${from} and ia.occurred_at < ${to}
      group by 1
    )
    select m.key, m.mentions, coalesce(a.comments, 0)::int as comments
    from mentioned m
    left join analysed a on a.key is not distinct from m.key
    order by m.mentions desc, m.key`);
  return rowsOf<GroupRow>(result);
}

export interface ExampleRow {
  item_id: string;
  occurred_at: Date | string;
  channel: string;
  metric: string | null;
  score: number | null;
  text: string;
  analysis: FeedbackAnalysis | null;
  sentiment: number;
  case_id: string | null;
}

/**
 * The most recent comments that mention the theme with a negative sentence (`negative`) or
 * not, newest first, with the case holding each item if any.
 */
export async function exampleRows(
  db: Db,
  organizationId: string,
  themeId: string,
  from: Date,
  to: Date,
  negative: boolean,
  limit: number,
): Promise<ExampleRow[]> {
  const tone = negative ? sql`t.sentiment < 0` : sql`t.sentiment >= 0`;
  const result = await db.execute(sql`
    select fi.id as item_id, fi.occurred_at, fi.channel, fi.metric, fi.score, fi.text, ia.analysis,
           t.sentiment::float8 as sentiment, ci.case_id
    from item_themes t
    join feedback_items fi on fi.id = t.item_id and fi.organization_id = t.organization_id
    left join item_analyses ia on ia.item_id = fi.id and ia.organization_id = fi.organization_id
    left join case_items ci on ci.item_id = fi.id and ci.organization_id = fi.organization_id
    where t.organization_id = ${organizationId} and t.theme_id = ${themeId}
      and t.occurred_at >= ${from} and t.occurred_at < ${to}
      and ${tone} and fi.text is not null
    order by t.occurred_at desc, t.item_id desc
    limit ${limit}`);
  return rowsOf<ExampleRow>(result).map((r) => ({ ...r, sentiment: Number(r.sentiment) }));
}

import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { feedbackItems, metricRollups } from '../../db/schema/index.js';

/**
 * The dimensions of a rollup, in the order of `grouping(…)` below: the bit of each is
 * 64, 32, 16, 8, 4, 2, 1 (set when the dimension is aggregated away).
 */
const GRAIN_OF_GROUPING: SQL = sql`case grouping(survey, channel, segment, region, product, language, touchpoint)
  when 127 then 'total' when 63 then 'survey' when 95 then 'channel' when 111 then 'segment'
  when 119 then 'region' when 123 then 'product' when 125 then 'language' when 126 then 'touchpoint' else 'all' end`;

/**
 * The touchpoint of an item. A survey answer recorded through `recordResponse` carries its
 * answering channel there (email, link, widget, api), which is the `channel` dimension already,
 * not a touchpoint: such answers have none (''). Demo and API survey items name a real one
 * (relationship, support, billing, …) and keep it.
 */
const TOUCHPOINT: SQL = sql`case when fi.channel = 'survey' and fi.touchpoint in ('email', 'link', 'widget', 'api') then '' else coalesce(fi.touchpoint, '') end`;

/**
 * Which items are survey metrics: nps, csat and ces on their canonical scales (the feedback API
 * and the survey models only store those, the check keeps a stray scale out of a histogram).
 * A source's own stars (`rating`) are not NPS/CSAT/CES and stay out.
 */
const IS_SURVEY_METRIC: SQL = sql`fi.score is not null and (
  (fi.metric = 'nps' and fi.score between 0 and 10 and coalesce(fi.scale_max, 10) = 10)
  or (fi.metric = 'csat' and fi.score between 1 and 5 and coalesce(fi.scale_max, 5) = 5)
  or (fi.metric = 'ces' and fi.score between 1 and 7 and coalesce(fi.scale_max, 7) = 7))`;

/** UTC days of the given items, as 'YYYY-MM-DD'. Erased or unknown ids are simply missing. */
export async function daysOfItems(db: Db, organizationId: string, itemIds: readonly string[]): Promise<string[]> {
  if (itemIds.length === 0) return [];
  const day = sql<string>`((${feedbackItems.occurredAt} at time zone 'UTC')::date)::text`;
  const rows = await db
    .selectDistinct({ day })
    .from(feedbackItems)
    .where(and(eq(feedbackItems.organizationId, organizationId), inArray(feedbackItems.id, [...itemIds])));
  return rows.map((r) => r.day).sort();
}

/**
 * Deletes and re-aggregates the rollup rows of the given UTC days (or of every day) from the raw
 * items, in one transaction: idempotent, and right after inserts, score changes and erasures
 * alike. An advisory lock per organization serialises recomputes, so two jobs touching the
 * same day cannot both insert it (the second would hit the primary key and retry).
 */
export async function recomputeRollups(db: Db, organizationId: string, days: readonly string[] | 'all'): Promise<number> {
  if (days !== 'all' && days.length === 0) return 0;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`metric_rollups:${organizationId}`}))`);
    const dayList = days === 'all' ? null : sql.join(days.map((d) => sql`${d}::date`), sql`, `);
    await tx
      .delete(metricRollups)
      .where(and(eq(metricRollups.organizationId, organizationId), dayList ? sql`${metricRollups.day} in (${dayList})` : undefined));
    // The occurred_at range lets the (organization, occurred_at) index find the days' items.
    const inDays = dayList
      ? sql`and fi.occurred_at >= (${days[0]}::date)::timestamp at time zone 'UTC'
            and fi.occurred_at < ((${days[days.length - 1]}::date + 1)::timestamp at time zone 'UTC')
            and (fi.occurred_at at time zone 'UTC')::date in (${dayList})`
      : sql``;
    const result = await tx.execute(sql`
      with answers as (
        select fi.metric, fi.score, (fi.occurred_at at time zone 'UTC')::date as day,
          coalesce(sr.survey_id::text, fi.source, '') as survey,
          coalesce(sr.channel, case when fi.channel = 'survey' then fi.touchpoint else fi.channel end, '') as channel,
          coalesce(c.segment, '') as segment,
          coalesce(c.region, '') as region,
          coalesce(fi.product, '') as product,
          coalesce(fi.language, sr.language, '') as language,
          ${TOUCHPOINT} as touchpoint,
          case when c.revenue > 0 then c.revenue else 0 end as w
        from feedback_items fi
        left join survey_responses sr on sr.feedback_item_id = fi.id
        left join contacts c on c.id = fi.contact_id
        where fi.organization_id = ${organizationId} and ${IS_SURVEY_METRIC} ${inDays}
      )
      insert into metric_rollups (organization_id, metric, grain, day, survey, channel, segment, region, product, language, touchpoint, score, n, weighted_n, sum_weight, sum_weight_sq)
      select ${organizationId}, metric, ${GRAIN_OF_GROUPING}, day,
        coalesce(survey, ''), coalesce(channel, ''), coalesce(segment, ''), coalesce(region, ''), coalesce(product, ''), coalesce(language, ''), coalesce(touchpoint, ''),
        score, count(*)::int, (count(*) filter (where w > 0))::int, sum(w)::float8, sum(w * w)::float8
      from answers
      group by grouping sets (
        (metric, day, score),
        (metric, day, score, survey),
        (metric, day, score, channel),
        (metric, day, score, segment),
        (metric, day, score, region),
        (metric, day, score, product),
        (metric, day, score, language),
        (metric, day, score, touchpoint),
        (metric, day, score, survey, channel, segment, region, product, language, touchpoint)
      )`);
    return (result as unknown as { rowCount?: number | null; affectedRows?: number }).rowCount ?? (result as unknown as { affectedRows?: number }).affectedRows ?? 0;
  });
}

/** Answers per survey metric over every day, as the rollups count them (grain `total`): what the metrics API reports. */
export async function rolledUpAnswersByMetric(db: Db, organizationId: string): Promise<{ metric: string; n: number }[]> {
  const rows = await db
    .select({ metric: metricRollups.metric, n: sql<number>`sum(${metricRollups.n})::int` })
    .from(metricRollups)
    .where(and(eq(metricRollups.organizationId, organizationId), eq(metricRollups.grain, 'total')))
    .groupBy(metricRollups.metric);
  return rows.map((r) => ({ metric: r.metric, n: Number(r.n) }));
}

/**
 * Scored items the rollups leave out, per metric, counted from the items themselves: a source's
 * own stars (`rating`), a survey's brand or rating question, a score off its metric's scale.
 * No rollup holds them, so this is the one raw count left of the scored items.
 */
export async function scoredItemsOutsideRollups(db: Db, organizationId: string): Promise<{ metric: string; n: number }[]> {
  const result = await db.execute(sql`
    select fi.metric, count(*)::int as n
    from feedback_items fi
    where fi.organization_id = ${organizationId} and fi.metric is not null and fi.score is not null and not (${IS_SURVEY_METRIC})
    group by fi.metric`);
  const rows = (result as unknown as { rows: { metric: string; n: number | string }[] }).rows;
  return rows.map((r) => ({ metric: r.metric, n: Number(r.n) }));
}

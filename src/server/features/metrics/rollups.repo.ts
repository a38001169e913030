import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { metricRollups } from '../../db/schema/index.js';

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

/**
 * Each survey-metric item's contribution to the rollups, from its current row: the dimensions as
 * the rollups group them and the revenue weight. `filter` narrows the items (always within one
 * organization; it reads them as `fi`). Also what the metrics count directly when a filter no
 * rollup knows is set (`item-histogram.repo.ts`), so both read every dimension alike.
 */
export function contributionsOf(organizationId: string, filter: SQL): SQL {
  return sql`
    select fi.id as item_id, fi.organization_id, fi.metric, (fi.occurred_at at time zone 'UTC')::date as day,
      coalesce(sr.survey_id::text, fi.source, '') as survey,
      coalesce(sr.channel, case when fi.channel = 'survey' then fi.touchpoint else fi.channel end, '') as channel,
      coalesce(c.segment, '') as segment,
      coalesce(c.region, '') as region,
      coalesce(fi.product, '') as product,
      coalesce(fi.language, sr.language, '') as language,
      ${TOUCHPOINT} as touchpoint,
      fi.score,
      (case when c.revenue > 0 then c.revenue else 0 end)::float8 as weight
    from feedback_items fi
    left join survey_responses sr on sr.feedback_item_id = fi.id
    left join contacts c on c.id = fi.contact_id
    where fi.organization_id = ${organizationId} and ${IS_SURVEY_METRIC} and ${filter}`;
}

const CONTRIBUTION_COLUMNS = sql.raw(
  'item_id, organization_id, metric, day, survey, channel, segment, region, product, language, touchpoint, score, weight',
);

/**
 * Rollup rows from signed contributions (`src`: metric, day, the dimensions, score, sign, weight),
 * one per grain as `grouping(…)` names it; added to existing rows when `add` (the incremental
 * path), inserted into emptied days otherwise.
 */
function rollupsFrom(organizationId: string, src: SQL, add: boolean): SQL {
  return sql`
    insert into metric_rollups (organization_id, metric, grain, day, survey, channel, segment, region, product, language, touchpoint, score, n, weighted_n, sum_weight, sum_weight_sq)
    select ${organizationId}, metric, ${GRAIN_OF_GROUPING}, day,
      coalesce(survey, ''), coalesce(channel, ''), coalesce(segment, ''), coalesce(region, ''), coalesce(product, ''), coalesce(language, ''), coalesce(touchpoint, ''),
      score, sum(sign)::int, sum(case when weight > 0 then sign else 0 end)::int, sum(sign * weight)::float8, sum(sign * weight * weight)::float8
    from (${src}) as src
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
    )
    ${
      add
        ? sql`on conflict on constraint metric_rollups_pk do update set n = metric_rollups.n + excluded.n, weighted_n = metric_rollups.weighted_n + excluded.weighted_n,
            sum_weight = metric_rollups.sum_weight + excluded.sum_weight, sum_weight_sq = metric_rollups.sum_weight_sq + excluded.sum_weight_sq`
        : sql``
    }`;
}

interface Contribution {
  item_id: string;
  metric: string;
  day: string;
  survey: string;
  channel: string;
  segment: string;
  region: string;
  product: string;
  language: string;
  touchpoint: string;
  score: number;
  weight: number;
}

const lockOrganization = (tx: Db, organizationId: string) =>
  tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`metric_rollups:${organizationId}`}))`);

/**
 * Brings the rollups up to date for these items, whatever happened to them (new, changed score or
 * comment, another contact, anonymised, deleted): each item's stored contribution is taken out and
 * its current one put in, as one signed delta added to the rollup rows. Call it inside the
 * caller's transaction; idempotent (a second call finds the contributions current). The
 * organization's advisory lock orders it with other updates and rebuilds of the same rollups.
 */
export async function applyItemChanges(
  tx: Db,
  organizationId: string,
  itemIds: readonly string[],
): Promise<{ items: number; days: number }> {
  const ids = [...new Set(itemIds)];
  if (ids.length === 0) return { items: 0, days: 0 };
  await lockOrganization(tx, organizationId);
  const idList = sql`(${sql.param(ids)}::uuid[])`;
  const removed = (await tx.execute(
    sql`delete from rollup_contributions where organization_id = ${organizationId} and item_id = any${idList} returning ${CONTRIBUTION_COLUMNS}`,
  )) as unknown as { rows: Contribution[] };
  const added = (await tx.execute(
    sql`insert into rollup_contributions (${CONTRIBUTION_COLUMNS}) ${contributionsOf(organizationId, sql`fi.id = any${idList}`)} returning ${CONTRIBUTION_COLUMNS}`,
  )) as unknown as { rows: Contribution[] };
  const dayOf = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
  const signed = [
    ...added.rows.map((r) => ({ ...r, day: dayOf(r.day), sign: 1 })),
    ...removed.rows.map((r) => ({ ...r, day: dayOf(r.day), sign: -1 })),
  ];
  if (signed.length === 0) return { items: 0, days: 0 };
  const src = sql`select metric, day, survey, channel, segment, region, product, language, touchpoint, score, sign, weight
    from jsonb_to_recordset(${JSON.stringify(signed)}::jsonb) as r(metric text, day date, survey text, channel text, segment text, region text, product text, language text, touchpoint text, score int, sign int, weight float8)`;
  await tx.execute(rollupsFrom(organizationId, src, true));
  const days = [...new Set(signed.map((r) => r.day))];
  // A histogram bar whose last answer moved away is removed rather than kept at zero.
  await tx.execute(
    sql`delete from metric_rollups where organization_id = ${organizationId} and day = any(${sql.param(days)}::date[]) and n = 0`,
  );
  return { items: added.rows.length, days: days.length };
}

/**
 * Rebuilds the contributions and rollup rows of the given UTC days (or of every day) from the raw
 * items, in one transaction: after the demo fill, or to move old answers to the contacts' current
 * segments. The advisory lock keeps the incremental updates out meanwhile.
 */
export async function recomputeRollups(
  db: Db,
  organizationId: string,
  days: readonly string[] | 'all',
): Promise<number> {
  if (days !== 'all' && days.length === 0) return 0;
  return db.transaction(async (tx) => {
    await lockOrganization(tx as unknown as Db, organizationId);
    const dayList = days === 'all' ? null : sql`(${sql.param([...days])}::date[])`;
    await tx.execute(
      sql`delete from metric_rollups where organization_id = ${organizationId} ${dayList ? sql`and day = any${dayList}` : sql``}`,
    );
    await tx.execute(
      sql`delete from rollup_contributions where organization_id = ${organizationId} ${dayList ? sql`and day = any${dayList}` : sql``}`,
    );
    // The occurred_at range lets the (organization, occurred_at) index find the days' items.
    const inDays =
      days === 'all' || !dayList
        ? sql`true`
        : sql`fi.occurred_at >= (${days[0]}::date)::timestamp at time zone 'UTC'
            and fi.occurred_at < ((${days[days.length - 1]}::date + 1)::timestamp at time zone 'UTC')
            and (fi.occurred_at at time zone 'UTC')::date = any${dayList}`;
    await tx.execute(
      sql`insert into rollup_contributions (${CONTRIBUTION_COLUMNS}) ${contributionsOf(organizationId, inDays)}`,
    );
    const src = sql`select metric, day, survey, channel, segment, region, product, language, touchpoint, score, 1 as sign, weight
      from rollup_contributions where organization_id = ${organizationId} ${dayList ? sql`and day = any${dayList}` : sql``}`;
    const result = await tx.execute(rollupsFrom(organizationId, src, false));
    return (
      (result as unknown as { rowCount?: number | null; affectedRows?: number }).rowCount ??
      (result as unknown as { affectedRows?: number }).affectedRows ??
      0
    );
  });
}

/** Answers per survey metric over every day, as the rollups count them (grain `total`): what the metrics API reports. */
export async function rolledUpAnswersByMetric(
  db: Db,
  organizationId: string,
): Promise<{ metric: string; n: number }[]> {
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
export async function scoredItemsOutsideRollups(
  db: Db,
  organizationId: string,
): Promise<{ metric: string; n: number }[]> {
  const result = await db.execute(sql`
    select fi.metric, count(*)::int as n
    from feedback_items fi
    where fi.organization_id = ${organizationId} and fi.metric is not null and fi.score is not null and not (${IS_SURVEY_METRIC})
    group by fi.metric`);
  const rows = (result as unknown as { rows: { metric: string; n: number | string }[] }).rows;
  return rows.map((r) => ({ metric: r.metric, n: Number(r.n) }));
}

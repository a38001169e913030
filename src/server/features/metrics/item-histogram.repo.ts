import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { TDimension } from '../../../shared/contracts/metrics.js';
import { textConditions, type TextFilter } from '../text/analysis-filter.repo.js';
import type { HistogramRow, RollupFilter } from './metrics.repo.js';
import { contributionsOf } from './rollups.repo.js';

/** The contribution columns of the dimensions (`contributionsOf`), named as the rollups name them. */
const DIMENSION_COLUMN: Record<TDimension, SQL> = {
  survey: sql.raw('c.survey'),
  channel: sql.raw('c.channel'),
  segment: sql.raw('c.segment'),
  region: sql.raw('c.region'),
  product: sql.raw('c.product'),
  language: sql.raw('c.language'),
  touchpoint: sql.raw('c.touchpoint'),
};

const midnight = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * `readHistogram` for filters no rollup holds (what a comment says): the same histogram rows,
 * counted from the matching items with the rollups' own reading of every dimension, day and
 * revenue weight (`contributionsOf`), so the figures and their intervals mean what the
 * unfiltered ones mean. The period bounds `occurred_at` (UTC days, as the rollups' `day`), so
 * the (organization, occurred_at) index finds the items.
 */
export async function readItemHistogram(
  db: Db,
  organizationId: string,
  filter: RollupFilter & TextFilter,
  by: TDimension | 'day' | null,
): Promise<HistogramRow[]> {
  const from = filter.from ? midnight(filter.from) : undefined;
  const to = filter.to ? midnight(filter.to) : undefined;
  const items: SQL[] = [sql`fi.metric = ${filter.metric}`];
  if (from) items.push(sql`fi.occurred_at >= ${from.toISOString()}::timestamptz`);
  if (to) items.push(sql`fi.occurred_at < ${to.toISOString()}::timestamptz`);
  items.push(
    ...textConditions({ id: sql.raw('fi.id') }, organizationId, filter, {
      from,
      to,
    }),
  );
  const dimensions = (Object.entries(filter.dimensions) as [TDimension, string][]).map(
    ([d, value]) => sql`${DIMENSION_COLUMN[d]} = ${value}`,
  );
  const key: SQL = by === null ? sql`''` : by === 'day' ? sql`c.day::text` : DIMENSION_COLUMN[by];
  const result = await db.execute(sql`
    select ${key} as key, c.score,
      count(*)::int as n,
      count(*) filter (where c.weight > 0)::int as weighted_n,
      coalesce(sum(c.weight), 0)::float8 as sum_weight,
      coalesce(sum(c.weight * c.weight), 0)::float8 as sum_weight_sq
    from (${contributionsOf(organizationId, sql.join(items, sql` and `))}) as c
    ${dimensions.length > 0 ? sql`where ${sql.join(dimensions, sql` and `)}` : sql``}
    group by 1, c.score`);
  const rows = (
    result as unknown as {
      rows: {
        key: string;
        score: number;
        n: number | string;
        weighted_n: number | string;
        sum_weight: number | string;
        sum_weight_sq: number | string;
      }[];
    }
  ).rows;
  return rows.map((r) => ({
    key: String(r.key),
    score: Number(r.score),
    n: Number(r.n),
    weightedN: Number(r.weighted_n),
    sumWeight: Number(r.sum_weight),
    sumWeightSq: Number(r.sum_weight_sq),
  }));
}

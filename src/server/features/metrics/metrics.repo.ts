import { and, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.js';
import { metricRollups, surveys, type RollupGrain } from '../../db/schema/index.js';
import type { TDimension, TMetric } from '../../../shared/contracts/metrics.js';

export interface RollupFilter {
  metric: TMetric;
  /** UTC days, from inclusive, to exclusive. */
  from?: string | undefined;
  to?: string | undefined;
  dimensions: Partial<Record<TDimension, string>>;
}

/** One histogram cell: answers of one score in one group, with the weight sums. */
export interface HistogramRow {
  key: string;
  score: number;
  n: number;
  weightedN: number;
  sumWeight: number;
  sumWeightSq: number;
}

const COLUMN: Record<TDimension, PgColumn> = {
  survey: metricRollups.survey,
  channel: metricRollups.channel,
  segment: metricRollups.segment,
  region: metricRollups.region,
  product: metricRollups.product,
  language: metricRollups.language,
  touchpoint: metricRollups.touchpoint,
};

/**
 * The smallest grain holding every dimension the query filters or groups by: one dimension has
 * its own grain, none reads the per-day totals, several fall back to the grain with all.
 */
export function grainFor(dimensions: readonly TDimension[]): RollupGrain {
  const distinct = [...new Set(dimensions)];
  if (distinct.length === 0) return 'total';
  if (distinct.length === 1) return distinct[0] as TDimension;
  return 'all';
}

/**
 * Score histograms from the rollups, grouped by `by`: a dimension, the UTC day (for trends,
 * bucketed by the caller with the domain's key functions) or nothing.
 */
export async function readHistogram(
  db: Db,
  organizationId: string,
  filter: RollupFilter,
  by: TDimension | 'day' | null,
): Promise<HistogramRow[]> {
  const filtered = Object.entries(filter.dimensions) as [TDimension, string][];
  const grain = grainFor([...filtered.map(([d]) => d), ...(by && by !== 'day' ? [by] : [])]);
  const conditions: (SQL | undefined)[] = [
    eq(metricRollups.organizationId, organizationId),
    eq(metricRollups.metric, filter.metric),
    eq(metricRollups.grain, grain),
    filter.from ? gte(metricRollups.day, filter.from) : undefined,
    filter.to ? lt(metricRollups.day, filter.to) : undefined,
    ...filtered.map(([d, value]) => eq(COLUMN[d], value)),
  ];
  const key: SQL<string> =
    by === null
      ? sql<string>`''`
      : by === 'day'
        ? sql<string>`${metricRollups.day}::text`
        : sql<string>`${COLUMN[by]}`;
  const rows = await db
    .select({
      key,
      score: metricRollups.score,
      n: sql<number>`sum(${metricRollups.n})::int`,
      weightedN: sql<number>`sum(${metricRollups.weightedN})::int`,
      sumWeight: sql<number>`sum(${metricRollups.sumWeight})::float8`,
      sumWeightSq: sql<number>`sum(${metricRollups.sumWeightSq})::float8`,
    })
    .from(metricRollups)
    .where(and(...conditions))
    .groupBy(sql`1`, metricRollups.score);
  return rows.map((r) => ({
    key: String(r.key),
    score: r.score,
    n: Number(r.n),
    weightedN: Number(r.weightedN),
    sumWeight: Number(r.sumWeight),
    sumWeightSq: Number(r.sumWeightSq),
  }));
}

export async function surveyExists(db: Db, organizationId: string, surveyId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: surveys.id })
    .from(surveys)
    .where(and(eq(surveys.organizationId, organizationId), eq(surveys.id, surveyId)))
    .limit(1);
  return row !== undefined;
}

import { assessNpsDrop } from '../../../domain/metrics/compare-nps.js';
import { answeredCount } from '../../../domain/metrics/nps.js';
import { trendBucketOf, type TrendGranularity } from '../../../domain/metrics/trend-buckets.js';
import {
  BREAKDOWN_FDR,
  THIN_BELOW,
  type TDimension,
  type TMetric,
  type TMetricsCompareQuery,
  type TMetricsComparison,
  type TMetricsQuery,
  type TMetricsResult,
} from '../../../shared/contracts/metrics.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../common/app-error.js';
import { markBreakdown, markShareBreakdown } from './breakdown-significance.js';
import type { TextFilter } from '../text/analysis-filter.repo.js';
import { readItemHistogram } from './item-histogram.repo.js';
import * as repo from './metrics.repo.js';
import { npsCountsOf, summariseGroup, type GroupInput } from './summarise-group.js';

export interface MetricsDeps {
  db: Db;
}

type Filters = Pick<
  TMetricsQuery,
  'surveyId' | 'channel' | 'segment' | 'region' | 'product' | 'language' | 'touchpoint'
>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The query's dimension filters; a survey id must be one of the organization's surveys. */
async function dimensionFilters(
  deps: MetricsDeps,
  organizationId: string,
  q: Filters,
): Promise<Partial<Record<TDimension, string>>> {
  if (q.surveyId && UUID.test(q.surveyId) && !(await repo.surveyExists(deps.db, organizationId, q.surveyId)))
    throw notFound('Survey');
  const values: Record<TDimension, string | undefined> = {
    survey: q.surveyId,
    channel: q.channel,
    segment: q.segment,
    region: q.region,
    product: q.product,
    language: q.language,
    touchpoint: q.touchpoint,
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<
    Record<TDimension, string>
  >;
}

/**
 * The histogram of the filtered answers: from the rollups, or, when the query narrows to what a
 * comment says (theme, sentiment), which no rollup records, counted from the matching items the
 * way the rollups count them. Either way the same rows feed the same statistics.
 */
function readHistogram(
  deps: MetricsDeps,
  organizationId: string,
  filter: repo.RollupFilter,
  text: TextFilter,
  by: TDimension | 'day' | null,
): Promise<repo.HistogramRow[]> {
  if (text.theme === undefined && text.sentiment === undefined)
    return repo.readHistogram(deps.db, organizationId, filter, by);
  return readItemHistogram(deps.db, organizationId, { ...filter, ...text }, by);
}

const textFilterOf = (q: TextFilter): TextFilter => ({ theme: q.theme, sentiment: q.sentiment });

function groupRows(rows: readonly repo.HistogramRow[]): Map<string, repo.HistogramRow[]> {
  const groups = new Map<string, repo.HistogramRow[]>();
  for (const row of rows) groups.set(row.key, [...(groups.get(row.key) ?? []), row]);
  return groups;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Per-day rows into week/month/quarter buckets by the domain's key function (UTC, ISO weeks), oldest first. */
function trendGroups(rows: readonly repo.HistogramRow[], granularity: TrendGranularity): GroupInput[] {
  const buckets = new Map<string, { key: string; start: string; end: string; rows: repo.HistogramRow[] }>();
  for (const row of rows) {
    const bucket = trendBucketOf(new Date(`${row.key}T00:00:00Z`), granularity);
    const group = buckets.get(bucket.key) ?? {
      key: bucket.key,
      start: day(bucket.start),
      end: day(bucket.end),
      rows: [],
    };
    group.rows.push(row);
    buckets.set(bucket.key, group);
  }
  return [...buckets.values()].sort((a, b) => a.start.localeCompare(b.start));
}

/**
 * `GET /api/v1/metrics`: the overall figure and, by `groupBy`, a trend or a breakdown with
 * significance marks (NPS on the adjusted-Wald score, CSAT and CES on their headline share).
 * Reads rollups only (one small grouped query whatever the number of answers), except under a
 * theme or sentiment filter, which is counted from the matching items.
 */
export async function getMetrics(
  deps: MetricsDeps,
  organizationId: string,
  q: TMetricsQuery,
): Promise<TMetricsResult> {
  const dimensions = await dimensionFilters(deps, organizationId, q);
  const filter: repo.RollupFilter = { metric: q.metric, from: q.from, to: q.to, dimensions };
  const opts = { weighted: q.weighted && q.metric === 'nps' };
  const by =
    q.groupBy === 'none'
      ? null
      : q.groupBy === 'week' || q.groupBy === 'month' || q.groupBy === 'quarter'
        ? 'day'
        : q.groupBy;
  const rows = await readHistogram(deps, organizationId, filter, textFilterOf(q), by);
  // Every answer is in exactly one group of a grain, so the overall figure is the groups' sum: one query per call.
  const overallRows = by === null ? rows : sumByScore(rows);
  const overall = summariseGroup(q.metric, { key: 'all', rows: overallRows }, opts);
  const result = {
    metric: q.metric,
    groupBy: q.groupBy,
    from: q.from ?? null,
    to: q.to ?? null,
    thinBelow: THIN_BELOW,
    fdr: BREAKDOWN_FDR,
    overall,
  };
  if (q.groupBy === 'none') return { ...result, groups: [] };
  if (q.groupBy === 'week' || q.groupBy === 'month' || q.groupBy === 'quarter') {
    return { ...result, groups: trendGroups(rows, q.groupBy).map((g) => summariseGroup(q.metric, g, opts)) };
  }
  const groups = [...groupRows(rows)]
    .map(([key, rowsOfKey]) => summariseGroup(q.metric, { key, rows: rowsOfKey }, opts))
    .sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
  return {
    ...result,
    groups:
      q.metric === 'nps'
        ? markBreakdown(groups, npsCountsOf(overallRows))
        : markShareBreakdown(q.metric, groups),
  };
}

/** Rows of many groups as one histogram (counts and weight sums added per score). */
function sumByScore(rows: readonly repo.HistogramRow[]): repo.HistogramRow[] {
  const byScore = new Map<number, repo.HistogramRow>();
  for (const row of rows) {
    const sum = byScore.get(row.score) ?? {
      key: '',
      score: row.score,
      n: 0,
      weightedN: 0,
      sumWeight: 0,
      sumWeightSq: 0,
    };
    byScore.set(row.score, {
      ...sum,
      n: sum.n + row.n,
      weightedN: sum.weightedN + row.weightedN,
      sumWeight: sum.sumWeight + row.sumWeight,
      sumWeightSq: sum.sumWeightSq + row.sumWeightSq,
    });
  }
  return [...byScore.values()];
}

/** `GET /api/v1/metrics/compare`: period B against period A with the difference, its interval, p and the drop state. */
export async function compareMetricPeriods(
  deps: MetricsDeps,
  organizationId: string,
  q: TMetricsCompareQuery,
): Promise<TMetricsComparison> {
  const dimensions = await dimensionFilters(deps, organizationId, q);
  const metric: TMetric = q.metric;
  const text = textFilterOf(q);
  const [aRows, bRows] = await Promise.all([
    readHistogram(deps, organizationId, { metric, from: q.aFrom, to: q.aTo, dimensions }, text, null),
    readHistogram(deps, organizationId, { metric, from: q.bFrom, to: q.bTo, dimensions }, text, null),
  ]);
  const a = summariseGroup(
    metric,
    { key: 'a', start: q.aFrom, end: q.aTo, rows: aRows },
    { weighted: false },
  );
  const b = summariseGroup(
    metric,
    { key: 'b', start: q.bFrom, end: q.bTo, rows: bRows },
    { weighted: false },
  );
  const before = npsCountsOf(aRows);
  const after = npsCountsOf(bRows);
  if (answeredCount(before) === 0 || answeredCount(after) === 0) return { metric, a, b, comparison: null };
  const drop = assessNpsDrop(before, after);
  const c = drop.comparison;
  return {
    metric,
    a,
    b,
    comparison: {
      difference: c.difference,
      observedDifference: c.observedDifference,
      standardError: c.standardError,
      ci: c.ci,
      pValue: c.pValue,
      drop: {
        verdict: drop.verdict,
        significant: drop.significant,
        material: drop.material,
        confirmed: drop.confirmed,
        answersNeededPerPeriod: drop.answersNeededPerPeriod,
      },
    },
  };
}

import { cesSummaryOfDistribution } from '../../../domain/metrics/ces.js';
import { csatSummary } from '../../../domain/metrics/csat.js';
import type { MeanEstimate } from '../../../domain/metrics/mean-interval.js';
import { estimateNps, npsCountsOfDistribution, type NpsCounts } from '../../../domain/metrics/nps.js';
import type { PercentEstimate } from '../../../domain/metrics/wilson.js';
import { weightedNpsOfSums } from '../../../domain/metrics/weighted-nps-sums.js';
import { THIN_BELOW, type TMetric, type TMetricGroup } from '../../../shared/contracts/metrics.js';
import type { HistogramRow } from './metrics.repo.js';

/** The CES scale version the rollups hold: CES 2.0 on 1–7 (other scales are kept out). */
const CES_SCALE_VERSION = 1;

export interface GroupInput {
  key: string;
  start?: string | null;
  end?: string | null;
  rows: readonly HistogramRow[];
}

/** The score histogram of a group's rollup rows. */
export function distributionOf(rows: readonly HistogramRow[]): Record<number, number> {
  const distribution: Record<number, number> = {};
  for (const row of rows) distribution[row.score] = (distribution[row.score] ?? 0) + row.n;
  return distribution;
}

export function npsCountsOf(rows: readonly HistogramRow[]): NpsCounts {
  return npsCountsOfDistribution(distributionOf(rows));
}

const meanOf = (m: MeanEstimate) => ({ value: m.mean, sd: m.sd, ci: m.ci });
const shareOf = (p: PercentEstimate) => ({ score: p.percent, ci: { low: p.low, high: p.high } });

/**
 * One group's figures, all from domain/metrics: NPS with its adjusted-Wald interval and
 * categories, CSAT top-2-box and CES % agree with Wilson intervals and the mean. A group
 * without answers has n 0 and no score rather than a 0 that would read as a result.
 */
export function summariseGroup(
  metric: TMetric,
  group: GroupInput,
  opts: { weighted: boolean },
): TMetricGroup {
  const distribution = distributionOf(group.rows);
  const n = Object.values(distribution).reduce((sum, c) => sum + c, 0);
  const base = {
    key: group.key,
    start: group.start ?? null,
    end: group.end ?? null,
    n,
    isThin: n < THIN_BELOW,
    distribution: Object.fromEntries(Object.entries(distribution).map(([s, c]) => [s, c])),
    significance: null,
  };
  const none = {
    score: null,
    ci: null,
    promoters: null,
    passives: null,
    detractors: null,
    mean: null,
    weighted: null,
  };
  if (metric === 'nps') {
    const counts = npsCountsOfDistribution(distribution);
    const weighted = opts.weighted
      ? weightedNpsOfSums(
          group.rows.map((r) => ({
            score: r.score,
            n: r.weightedN,
            sumWeight: r.sumWeight,
            sumWeightSq: r.sumWeightSq,
          })),
        )
      : null;
    const weightedDto = weighted
      ? { n: weighted.n, effectiveN: weighted.effectiveN, score: weighted.score, ci: weighted.ci }
      : null;
    if (n === 0) return { ...base, ...none, ...counts, weighted: weightedDto };
    const estimate = estimateNps(counts);
    return { ...base, ...none, ...counts, score: estimate.score, ci: estimate.ci, weighted: weightedDto };
  }
  if (n === 0) return { ...base, ...none };
  if (metric === 'csat') {
    const summary = csatSummary(distribution);
    return { ...base, ...none, ...shareOf(summary.topTwoBox), mean: meanOf(summary.mean) };
  }
  const summary = cesSummaryOfDistribution(CES_SCALE_VERSION, distribution);
  return { ...base, ...none, ...shareOf(summary.agree), mean: meanOf(summary.mean) };
}

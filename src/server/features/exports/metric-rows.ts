import { CES_SCALES, cesSummaryOfDistribution } from '../../../domain/metrics/ces.js';
import { CSAT_SCALE, csatSummary } from '../../../domain/metrics/csat.js';
import { estimateNps, npsCountsOfDistribution } from '../../../domain/metrics/nps.js';
import type { ScoreDistribution } from '../../../domain/metrics/score-distribution.js';
import type { MonthlyScoreCount } from './exports.repo.js';

/** One line of the metrics export. Score and interval: NPS points, or % satisfied (CSAT) / % agreeing (CES). */
export interface MetricRow {
  month: string;
  metric: 'nps' | 'csat' | 'ces';
  scale: string;
  n: number;
  score: number;
  ciLow: number;
  ciHigh: number;
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
  /** Mean score (CSAT, CES); NPS has none worth showing. */
  mean: number | null;
}

type Metric = MetricRow['metric'];

interface Scale {
  min: number;
  max: number;
  /** The CES scale version, which keeps 5- and 7-point CES in separate rows. */
  cesVersion?: number;
}

/**
 * The scale an answer was given on, or null when it is not one these metrics are defined for
 * (an NPS on 1–5, a CES on a scale with no registered version): such answers are left out, not
 * squeezed into a number that means something else. A missing scale means the metric's standard one.
 */
function scaleOf(metric: Metric, min: number | null, max: number | null): Scale | null {
  if (metric === 'nps') return (min ?? 0) === 0 && (max ?? 10) === 10 ? { min: 0, max: 10 } : null;
  if (metric === 'csat')
    return (min ?? CSAT_SCALE.min) === CSAT_SCALE.min && (max ?? CSAT_SCALE.max) === CSAT_SCALE.max
      ? { min: CSAT_SCALE.min, max: CSAT_SCALE.max }
      : null;
  if (min === null || max === null) return null;
  const version = Object.entries(CES_SCALES).find(([, s]) => s.min === min && s.max === max)?.[0];
  return version === undefined ? null : { min, max, cesVersion: Number(version) };
}

function row(month: string, metric: Metric, scale: Scale, distribution: ScoreDistribution): MetricRow {
  const base = { month, metric, scale: `${scale.min}–${scale.max}` };
  if (metric === 'nps') {
    const e = estimateNps(npsCountsOfDistribution(distribution));
    return {
      ...base,
      n: e.n,
      score: e.score,
      ciLow: e.ci.low,
      ciHigh: e.ci.high,
      promoters: e.promoters,
      passives: e.passives,
      detractors: e.detractors,
      mean: null,
    };
  }
  const share =
    metric === 'csat'
      ? csatSummary(distribution)
      : cesSummaryOfDistribution(scale.cesVersion ?? 1, distribution);
  const percent = 'topTwoBox' in share ? share.topTwoBox : share.agree;
  return {
    ...base,
    n: share.n,
    score: percent.percent,
    ciLow: percent.low,
    ciHigh: percent.high,
    promoters: null,
    passives: null,
    detractors: null,
    mean: share.mean.mean,
  };
}

/** Folds the GROUP BY rows (month × metric × scale × score) into one row per month, metric and scale. */
export function metricRows(counts: readonly MonthlyScoreCount[]): MetricRow[] {
  const groups = new Map<
    string,
    { month: string; metric: Metric; scale: Scale; distribution: Record<number, number> }
  >();
  for (const c of counts) {
    if (c.metric !== 'nps' && c.metric !== 'csat' && c.metric !== 'ces') continue;
    const scale = scaleOf(c.metric, c.scaleMin, c.scaleMax);
    if (!scale || !Number.isInteger(c.score) || c.score < scale.min || c.score > scale.max) continue;
    const key = `${c.month}|${c.metric}|${scale.min}|${scale.max}`;
    const group = groups.get(key) ?? { month: c.month, metric: c.metric, scale, distribution: {} };
    group.distribution[c.score] = (group.distribution[c.score] ?? 0) + c.n;
    groups.set(key, group);
  }
  const order: Record<Metric, number> = { nps: 0, csat: 1, ces: 2 };
  return [...groups.values()]
    .sort((a, b) =>
      a.month < b.month
        ? -1
        : a.month > b.month
          ? 1
          : order[a.metric] - order[b.metric] || a.scale.max - b.scale.max,
    )
    .map((g) => row(g.month, g.metric, g.scale, g.distribution));
}

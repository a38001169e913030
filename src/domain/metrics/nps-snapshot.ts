import { estimateNps, type NpsCounts } from './nps.js';
import { asPercent, wilsonInterval, type PercentEstimate } from './wilson.js';

/** The three categories right now: each contact counted once, by their latest answer. */
export interface NpsSnapshot {
  readonly n: number;
  /** Share of respondents in percent with its Wilson interval; null without respondents. */
  readonly promoters: PercentEstimate | null;
  readonly passives: PercentEstimate | null;
  readonly detractors: PercentEstimate | null;
  /** Plain NPS with the adjusted-Wald interval; null without respondents. */
  readonly nps: { readonly score: number; readonly low: number; readonly high: number } | null;
}

/**
 * Shares of promoters, passives and detractors among respondents, each with its own Wilson
 * interval (the shares are dependent — they sum to 100 % — but each interval holds for its own
 * category), and the NPS with the adjusted-Wald interval.
 */
export function npsSnapshot(counts: NpsCounts, confidence = 0.95): NpsSnapshot {
  const n = counts.promoters + counts.passives + counts.detractors;
  if (n === 0) return { n, promoters: null, passives: null, detractors: null, nps: null };
  const share = (x: number) => asPercent(wilsonInterval(x, n, confidence));
  const estimate = estimateNps(counts, { confidence });
  return {
    n,
    promoters: share(counts.promoters),
    passives: share(counts.passives),
    detractors: share(counts.detractors),
    nps: { score: estimate.score, low: estimate.ci.low, high: estimate.ci.high },
  };
}

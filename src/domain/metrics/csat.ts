import { meanWithInterval, type MeanEstimate } from './mean-interval.js';
import { type ScoreDistribution, distributionEntries } from './score-distribution.js';
import { asPercent, type PercentEstimate, wilsonInterval } from './wilson.js';

/** CSAT is asked on 1–5; 4 and 5 are "satisfied". */
export const CSAT_SCALE = { min: 1, max: 5, satisfiedFrom: 4 } as const;

export interface CsatSummary {
  readonly n: number;
  /** Share of 4–5 answers in percent, with its Wilson interval. */
  readonly topTwoBox: PercentEstimate;
  /** Mean score with sd and t-interval. */
  readonly mean: MeanEstimate;
}

/**
 * CSAT as top-2-box share (what people mean by "% satisfied") plus the mean, which moves when
 * 1s turn into 3s even though the share does not.
 * @throws RangeError when there are no answers or a score is outside 1–5.
 */
export function csatSummary(distribution: ScoreDistribution, confidence = 0.95): CsatSummary {
  const entries = distributionEntries(distribution, CSAT_SCALE.min, CSAT_SCALE.max);
  const n = entries.reduce((sum, [, count]) => sum + count, 0);
  const satisfied = entries.reduce(
    (sum, [score, count]) => (score >= CSAT_SCALE.satisfiedFrom ? sum + count : sum),
    0,
  );
  if (n === 0) throw new RangeError('a CSAT of no answers is undefined');
  return {
    n,
    topTwoBox: asPercent(wilsonInterval(satisfied, n, confidence)),
    mean: meanWithInterval(distribution, CSAT_SCALE, confidence),
  };
}

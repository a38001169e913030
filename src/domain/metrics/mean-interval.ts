import { type Interval } from './interval.js';
import { type ScoreDistribution, distributionEntries } from './score-distribution.js';
import { studentTQuantile } from './student-t.js';

export interface MeanEstimate {
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1); null with a single answer. */
  readonly sd: number | null;
  /** mean ± t(n − 1)·sd/√n; null with a single answer. */
  readonly ci: Interval | null;
}

/**
 * The mean score of a distribution on a min–max scale with its t-interval. The t (not z)
 * quantile matters for the small n of a single team or week: at n = 10 it is 2.26, not 1.96.
 * @throws RangeError when the distribution is empty or has scores outside the scale.
 */
export function meanWithInterval(
  distribution: ScoreDistribution,
  scale: { readonly min: number; readonly max: number },
  confidence = 0.95,
): MeanEstimate {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be between 0 and 1, got ${confidence}`);
  const entries = distributionEntries(distribution, scale.min, scale.max);
  const n = entries.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) throw new RangeError('a mean of no answers is undefined');
  const mean = entries.reduce((sum, [score, count]) => sum + score * count, 0) / n;
  if (n < 2) return { n, mean, sd: null, ci: null };
  // Squared deviations from the mean, not Σx² − n·mean², which cancels badly for large n.
  const sumOfSquares = entries.reduce((sum, [score, count]) => sum + count * (score - mean) ** 2, 0);
  const sd = Math.sqrt(sumOfSquares / (n - 1));
  const halfWidth = (studentTQuantile(1 - (1 - confidence) / 2, n - 1) * sd) / Math.sqrt(n);
  return {
    n,
    mean,
    sd,
    ci: { low: Math.max(scale.min, mean - halfWidth), high: Math.min(scale.max, mean + halfWidth) },
  };
}

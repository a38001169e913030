import { logGamma } from './log-gamma.js';
import { type RandomSource } from './mulberry32.js';
import { normalQuantile } from './normal.js';

/**
 * From this variance n·p·(1−p) on, a draw is taken from the normal approximation: its skew
 * 1/√variance is then ≤ 0.03, far below what a percentile of 2,000 resamples can show, and the
 * walk from the mode would take ~√variance steps per draw (a million answers: ~1,000).
 */
const NORMAL_FROM_VARIANCE = 1000;

/** ln P(X = k) for X ~ Binomial(n, p), 0 < p < 1. */
function logPmf(k: number, n: number, p: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);
}

/**
 * One draw of Binomial(n, p) by inversion, searched outwards from the mode ("chop-down"): the
 * probabilities are walked down and up alternately from the most likely count, so a draw takes
 * about √(n·p·(1−p)) steps, not n; from a variance of 1,000 on, the normal approximation. Resampling a group of 100,000 answers one by one 2,000 times
 * would cost 200 million draws; its category counts are all a resample needs.
 * @throws RangeError for n not a whole number ≥ 0 or p outside [0, 1].
 */
export function binomialDraw(n: number, p: number, random: RandomSource): number {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1], got ${p}`);
  if (n === 0 || p === 0) return 0;
  if (p === 1) return n;
  const variance = n * p * (1 - p);
  if (variance >= NORMAL_FROM_VARIANCE) {
    // 1 − u is in (0, 1]; kept below 1, whose quantile is +∞.
    const z = normalQuantile(Math.min(1 - 1e-12, 1 - random()));
    return Math.max(0, Math.min(n, Math.round(n * p + Math.sqrt(variance) * z)));
  }
  const mode = Math.min(n, Math.floor((n + 1) * p));
  const ratio = p / (1 - p);
  const atMode = Math.exp(logPmf(mode, n, p));
  let u = random() - atMode;
  if (u <= 0) return mode;
  // pmf(k+1)/pmf(k) = (n−k)/(k+1)·p/(1−p): each step is one multiplication.
  let down = mode;
  let up = mode;
  let pDown = atMode;
  let pUp = atMode;
  while (down > 0 || up < n) {
    if (down > 0) {
      pDown *= down / (n - down + 1) / ratio;
      down--;
      u -= pDown;
      if (u <= 0) return down;
    }
    if (up < n) {
      pUp *= ((n - up) / (up + 1)) * ratio;
      up++;
      u -= pUp;
      if (u <= 0) return up;
    }
  }
  // Rounding left a sliver of probability unassigned: the mode is the honest answer for it.
  return mode;
}

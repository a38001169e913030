import { twoSidedZ } from './normal.js';

/** A share with its interval, as fractions in [0, 1]. */
export interface ProportionEstimate {
  readonly successes: number;
  readonly n: number;
  readonly proportion: number;
  readonly low: number;
  readonly high: number;
}

/** The same in percent (0–100), as the dashboard shows it. */
export interface PercentEstimate {
  readonly n: number;
  readonly percent: number;
  readonly low: number;
  readonly high: number;
}

/**
 * The Wilson score interval: centre (x + z²/2)/(n + z²), half-width
 * z·√(p̂(1−p̂)/n + z²/(4n²))/(1 + z²/n). Unlike p̂ ± z·SE it stays inside [0, 1], is never
 * zero-width at 0 % or 100 %, and keeps its coverage at small n.
 * @throws RangeError when n is not positive or successes are outside [0, n].
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): ProportionEstimate {
  if (!(n > 0) || !Number.isFinite(n))
    throw new RangeError(`a share needs at least one answer, got n = ${n}`);
  if (!(successes >= 0 && successes <= n))
    throw new RangeError(`successes must be between 0 and n (${n}), got ${successes}`);
  const z = twoSidedZ(confidence);
  const z2 = z * z;
  const p = successes / n;
  const centre = (successes + z2 / 2) / (n + z2);
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  // min/max with p: rounding must not leave the estimate a hair outside its own interval at 0 or 1.
  return {
    successes,
    n,
    proportion: p,
    low: Math.max(0, Math.min(p, centre - halfWidth)),
    high: Math.min(1, Math.max(p, centre + halfWidth)),
  };
}

/** A proportion estimate in percent. */
export function asPercent(estimate: ProportionEstimate): PercentEstimate {
  return {
    n: estimate.n,
    percent: 100 * estimate.proportion,
    low: 100 * estimate.low,
    high: 100 * estimate.high,
  };
}

import { clipInterval, type Interval } from './interval.js';
import { minDetectableDifference, type PowerOptions } from './min-detectable.js';
import { normalCdf } from './normal.js';
import { wilsonInterval } from './wilson.js';

/** A share's raw counts: answers that count (CSAT 4–5, CES 5–7) out of all answers. */
export interface ProportionCounts {
  readonly successes: number;
  readonly n: number;
}

/** Two shares side by side: `after` minus `before`, in percentage points. */
export interface ProportionComparison {
  /** (p₂ − p₁)·100: the difference of the shares people see. */
  readonly difference: number;
  /** Unpooled √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂)·100: the spread of the observed difference. */
  readonly standardError: number;
  /** The pooled two-proportion z statistic (0 when both shares are 0 % or both 100 %). */
  readonly z: number;
  /** Two-sided p-value of "the shares are equal". */
  readonly pValue: number;
  /** Newcombe's hybrid score interval of the difference (built from the two Wilson intervals), points. */
  readonly ci: Interval;
}

function checkCounts(name: string, c: ProportionCounts): void {
  if (!(Number.isInteger(c.n) && c.n > 0))
    throw new RangeError(`${name} needs at least one answer, got n = ${c.n}`);
  if (!(Number.isInteger(c.successes) && c.successes >= 0 && c.successes <= c.n))
    throw new RangeError(`${name}: successes must be a whole number in [0, ${c.n}], got ${c.successes}`);
}

/**
 * The two-proportion z-test for CSAT top-2-box or CES % agree of two groups. Under "no
 * difference" both groups share one proportion, so the test uses the pooled
 * p̄ = (x₁ + x₂)/(n₁ + n₂): z = (p₂ − p₁)/√(p̄(1−p̄)(1/n₁ + 1/n₂)); this keeps the false-alarm
 * rate at α even at moderate n. The interval is Newcombe's (method 10): like the Wilson
 * intervals it is built from (STATS.md's interval for shares), it stays inside ±100 points and
 * keeps its coverage when a share is near 0 % or 100 %, where p ± z·SE fails.
 * @throws RangeError when a group has no answers or impossible counts.
 */
export function compareProportions(
  before: ProportionCounts,
  after: ProportionCounts,
  options: { readonly confidence?: number } = {},
): ProportionComparison {
  checkCounts('before', before);
  checkCounts('after', after);
  const confidence = options.confidence ?? 0.95;
  const p1 = before.successes / before.n;
  const p2 = after.successes / after.n;
  const pooled = (before.successes + after.successes) / (before.n + after.n);
  const nullSe = Math.sqrt(pooled * (1 - pooled) * (1 / before.n + 1 / after.n));
  // All answers on one side of the cut: the shares are equal and there is nothing to test.
  const z = nullSe > 0 ? (p2 - p1) / nullSe : 0;
  const w1 = wilsonInterval(before.successes, before.n, confidence);
  const w2 = wilsonInterval(after.successes, after.n, confidence);
  const d = p2 - p1;
  const low = d - Math.hypot(p2 - w2.low, w1.high - p1);
  const high = d + Math.hypot(w2.high - p2, p1 - w1.low);
  return {
    difference: 100 * d,
    standardError: 100 * Math.sqrt((p1 * (1 - p1)) / before.n + (p2 * (1 - p2)) / after.n),
    z,
    pValue: Math.min(1, 2 * normalCdf(-Math.abs(z))),
    ci: clipInterval({ low: 100 * low, high: 100 * high }, -100, 100),
  };
}

/**
 * The smallest true difference of two shares (percentage points) a comparison of these group
 * sizes detects with 80 % power at 5 % two-sided. The variances are taken at the
 * Agresti–Caffo shares (x + 1)/(n + 2) with n + 2 answers — the counterpart of the adjusted-Wald
 * NPS that NPS breakdowns use — so a group at 100 % does not claim to detect a difference of 0.
 * @throws RangeError when a group has no answers or impossible counts.
 */
export function minDetectableProportionDifference(
  a: ProportionCounts,
  b: ProportionCounts,
  options: PowerOptions = {},
): number {
  checkCounts('a', a);
  checkCounts('b', b);
  const adjusted = (c: ProportionCounts) => {
    const p = (c.successes + 1) / (c.n + 2);
    return { variance: p * (1 - p), n: c.n + 2 };
  };
  const x = adjusted(a);
  const y = adjusted(b);
  return minDetectableDifference({ variance1: x.variance, variance2: y.variance, n1: x.n, n2: y.n }, options);
}

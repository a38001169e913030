import { clipInterval, type Interval } from './interval.js';
import { answersNeededPerGroup } from './min-detectable.js';
import { normalCdf, normalQuantile, twoSidedZ } from './normal.js';
import { estimateNps, type NpsCounts, type NpsEstimate } from './nps.js';

/** Two periods or segments side by side: `after` minus `before`. */
export interface NpsComparison {
  readonly before: NpsEstimate;
  readonly after: NpsEstimate;
  /** Δ = NPS′₂ − NPS′₁ (adjusted, points): what the test and interval are built on. */
  readonly difference: number;
  /** The difference of the plain scores shown to people. */
  readonly observedDifference: number;
  /** SE_Δ = √(V′₁/n′₁ + V′₂/n′₂), in points. */
  readonly standardError: number;
  readonly z: number;
  /** Two-sided p-value of "no difference". */
  readonly pValue: number;
  /** Δ ± z·SE_Δ, clipped to [−200, 200]. */
  readonly ci: Interval;
}

/**
 * Compares two NPS with each group adjusted separately (MeasuringU's NPS significance test on
 * adjusted-Wald values). Group sizes may differ.
 * @throws RangeError when a group has no answers.
 */
export function compareNps(
  before: NpsCounts,
  after: NpsCounts,
  options: { readonly confidence?: number } = {},
): NpsComparison {
  const first = estimateNps(before);
  const second = estimateNps(after);
  const difference = second.adjusted.score - first.adjusted.score;
  const standardError = Math.hypot(first.adjusted.standardError, second.adjusted.standardError);
  const z = difference / standardError;
  const halfWidth = twoSidedZ(options.confidence ?? 0.95) * standardError;
  return {
    before: first,
    after: second,
    difference,
    observedDifference: second.score - first.score,
    standardError,
    z,
    pValue: Math.min(1, 2 * normalCdf(-Math.abs(z))),
    ci: clipInterval({ low: difference - halfWidth, high: difference + halfWidth }, -200, 200),
  };
}

/**
 * - `confirmed-drop`: a material drop that is also shown to exceed the threshold;
 * - `material-drop`: significant, and the shown scores fell by at least the threshold (the audit fires);
 * - `significant-drop`: a real but smaller (or not yet clearly material) drop;
 * - `cannot-tell`: no significant drop, yet a drop of the threshold is not ruled out either;
 * - `no-material-drop`: a drop of the threshold is ruled out.
 */
export type NpsDropVerdict =
  | 'confirmed-drop'
  | 'material-drop'
  | 'significant-drop'
  | 'cannot-tell'
  | 'no-material-drop';

export interface NpsDropAssessment {
  readonly verdict: NpsDropVerdict;
  /** Δ + z₀.₉₅·SE_Δ < 0 (one-sided 5 %). */
  readonly significant: boolean;
  /** Significant and the observed (plain) drop is at least the threshold: the journey-audit trigger. */
  readonly material: boolean;
  /** (Δ + threshold)/SE_Δ < −z₀.₉₅: the drop itself exceeds the threshold. */
  readonly confirmed: boolean;
  /**
   * When a drop of the threshold is neither shown nor ruled out: answers per period (in total,
   * not additional) that would detect it with the given power; null otherwise.
   */
  readonly answersNeededPerPeriod: number | null;
  readonly comparison: NpsComparison;
}

/**
 * "NPS fell by more than 10 points in a quarter", said honestly. A naive "observed drop > 10"
 * fires by chance about 18 % of the time with 100 answers per quarter when nothing changed;
 * these states fire on noise at most at the one-sided α.
 *
 * Materiality is judged on the plain scores because those are the numbers people see ("30 →
 * 18"); the test statistics use the adjusted values, as in compareNps.
 */
export function assessNpsDrop(
  before: NpsCounts,
  after: NpsCounts,
  options: { readonly threshold?: number; readonly alpha?: number; readonly power?: number } = {},
): NpsDropAssessment {
  const threshold = options.threshold ?? 10;
  const alpha = options.alpha ?? 0.05;
  if (!(threshold > 0))
    throw new RangeError(`threshold must be a positive number of points, got ${threshold}`);
  if (!(alpha > 0 && alpha < 0.5)) throw new RangeError(`alpha must be between 0 and 0.5, got ${alpha}`);
  const comparison = compareNps(before, after);
  const { difference, standardError } = comparison;
  const z = normalQuantile(1 - alpha);
  const significant = difference + z * standardError < 0;
  const material = significant && comparison.observedDifference <= -threshold;
  const confirmed = (difference + threshold) / standardError < -z;
  const ruledOut = difference - z * standardError > -threshold;
  const verdict: NpsDropVerdict =
    confirmed && material
      ? 'confirmed-drop'
      : material
        ? 'material-drop'
        : significant
          ? 'significant-drop'
          : ruledOut
            ? 'no-material-drop'
            : 'cannot-tell';
  const answersNeededPerPeriod =
    material || ruledOut
      ? null
      : answersNeededPerGroup(
          {
            difference: threshold,
            variance1: comparison.before.adjusted.variance,
            variance2: comparison.after.adjusted.variance,
          },
          { alpha, sides: 1, ...(options.power === undefined ? {} : { power: options.power }) },
        );
  return { verdict, significant, material, confirmed, answersNeededPerPeriod, comparison };
}

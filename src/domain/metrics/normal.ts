/**
 * The standard normal distribution. Every interval and p-value in Resonance goes through here,
 * so it is computed without tabulated magic beyond Acklam's starting guess: the CDF from its
 * Taylor series near the centre and Laplace's continued fraction in the tails (both converge to
 * full double precision), the quantile from Acklam's rational approximation polished by Halley
 * steps against that CDF.
 */

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Where the centre series hands over to the tail continued fraction. */
const TAIL_FROM = 3;

/** Density of the standard normal. */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT_2PI;
}

/**
 * P(X > x) for x ≥ 3 by Laplace's continued fraction φ(x)/(x + 1/(x + 2/(x + …))), evaluated
 * backwards from a fixed depth. Computing the tail directly (not as 1 − Φ) keeps its relative
 * precision down to the smallest doubles, which the quantile's refinement relies on.
 */
function upperTail(x: number): number {
  let f = x;
  for (let k = 120; k >= 1; k--) f = x + k / f;
  return normalPdf(x) / f;
}

/**
 * Φ(x), accurate to about 1e-15 absolute and, below the mean, relative. Near the centre
 * Φ(x) = ½ + φ(x)·Σ x^(2k+1)/(1·3·…·(2k+1)); all terms share x's sign, so nothing cancels.
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= -TAIL_FROM) return upperTail(-x);
  if (x >= TAIL_FROM) return 1 - upperTail(x);
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let k = 1; Math.abs(term) > 1e-17 * Math.abs(sum); k++) {
    term *= x2 / (2 * k + 1);
    sum += term;
  }
  return 0.5 + normalPdf(x) * sum;
}

// Acklam's coefficients (relative error 1.15e-9 on their own; the Halley steps below finish the job).
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
] as const;
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
] as const;
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
] as const;
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;
const P_LOW = 0.02425;

/** Acklam's rational approximation for p ≤ ½ (the lower half; the caller mirrors the upper). */
function acklamLower(p: number): number {
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
      ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}

/**
 * Φ⁻¹(p), accurate to about 1e-14 relative. p = 0 and p = 1 give ∓Infinity.
 * @throws RangeError when p is outside [0, 1].
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a probability must be in [0, 1], got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  // 1 − p is exact for p ≥ ½, so mirroring loses nothing and the refinement always works on a
  // lower tail, where normalCdf is relatively precise.
  if (p > 0.5) return -normalQuantile(1 - p);
  let x = acklamLower(p);
  for (let i = 0; i < 3; i++) {
    const density = normalPdf(x);
    if (density === 0 || !Number.isFinite(density)) break;
    const u = (normalCdf(x) - p) / density;
    const next = x - u / (1 + (x * u) / 2);
    if (next === x) break;
    x = next;
  }
  return x;
}

/**
 * The z for a two-sided interval of the given confidence (0.95 → 1.959964).
 * @throws RangeError unless 0 < confidence < 1.
 */
export function twoSidedZ(confidence: number): number {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be between 0 and 1, got ${confidence}`);
  return normalQuantile(1 - (1 - confidence) / 2);
}

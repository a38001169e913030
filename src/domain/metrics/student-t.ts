import { logBeta } from './log-gamma.js';
import { regularizedIncompleteBeta } from './incomplete-beta.js';
import { normalCdf, normalPdf, normalQuantile } from './normal.js';

/**
 * Above this many degrees of freedom the incomplete beta's continued fraction needs tens of
 * thousands of steps and its rounding starts to show (1e-9 at 10⁸), while the first-order
 * expansions around the normal are already exact to about 1e-13. Only samples of more than ten
 * million answers get here.
 */
const EXPANSION_FROM_DF = 1e7;

function checkDf(df: number): void {
  if (!(df > 0) || !Number.isFinite(df))
    throw new RangeError(`degrees of freedom must be a positive number, got ${df}`);
}

/** Density of Student's t with `df` degrees of freedom. */
export function studentTPdf(t: number, df: number): number {
  checkDf(df);
  // Γ((ν+1)/2) / (Γ(ν/2)·√(νπ)) = 1 / (√ν·B(ν/2, ½)); logBeta keeps large ν exact.
  const logDensity = -0.5 * Math.log(df) - logBeta(df / 2, 0.5) - ((df + 1) / 2) * Math.log1p((t * t) / df);
  return Math.exp(logDensity);
}

/**
 * P(T ≤ t) through the regularized incomplete beta function:
 * P(T ≤ −|t|) = ½·I_x(ν/2, ½) with x = ν/(ν + t²). Accurate to about 1e-14 absolute for the
 * degrees of freedom survey data produce.
 */
export function studentTCdf(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) return Number.NaN;
  if (t === Number.POSITIVE_INFINITY) return 1;
  if (t === Number.NEGATIVE_INFINITY) return 0;
  if (df > EXPANSION_FROM_DF) return normalCdf(t) - (normalPdf(t) * (t * t + 1) * t) / (4 * df);
  const t2 = t * t;
  const x = df / (df + t2);
  // x and 1 − x separately: near t = 0, x rounds to 1 and 1 − x would lose its digits.
  const y = Number.isFinite(t2) ? t2 / (df + t2) : 1;
  const lowerTail = 0.5 * regularizedIncompleteBeta(x, df / 2, 0.5, y);
  return t > 0 ? 1 - lowerTail : lowerTail;
}

/**
 * A start for Newton's method: the Cornish–Fisher expansion of t in the normal quantile
 * (Abramowitz & Stegun 26.7.5). Good to many digits for moderate p and df ≥ 5; elsewhere the
 * bracketed Newton iteration below does the work.
 */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = ((z2 + 1) * z) / 4;
  const g2 = (((5 * z2 + 16) * z2 + 3) * z) / 96;
  const g3 = ((((3 * z2 + 19) * z2 + 17) * z2 - 15) * z) / 384;
  const g4 = (((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/**
 * The Student-t quantile, accurate to about 1e-12 relative (far better than the 1e-8 a
 * t-interval needs). Closed forms for df 1 and 2; otherwise Newton's method on studentTCdf,
 * kept inside a bracket and falling back to bisection, so heavy tails at small df cannot throw
 * it off.
 * @throws RangeError when p is outside [0, 1] or df ≤ 0.
 */
export function studentTQuantile(p: number, df: number): number {
  checkDf(df);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a probability must be in [0, 1], got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  // 1 − p is exact for p > ½; solving on the lower half keeps the CDF's relative precision.
  if (p > 0.5) return -studentTQuantile(1 - p, df);
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  if (df > EXPANSION_FROM_DF) return cornishFisher(normalQuantile(p), df);

  let high = 0;
  let low = -1;
  while (studentTCdf(low, df) > p) {
    high = low;
    low *= 2;
  }
  let t = cornishFisher(normalQuantile(p), df);
  if (!(t > low && t < high)) t = (low + high) / 2;
  for (let i = 0; i < 200; i++) {
    const excess = studentTCdf(t, df) - p;
    if (excess === 0) return t;
    if (excess > 0) high = t;
    else low = t;
    let next = t - excess / studentTPdf(t, df);
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - t) <= 1e-14 * Math.abs(t)) return next;
    t = next;
  }
  return t;
}

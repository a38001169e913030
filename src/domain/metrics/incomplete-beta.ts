import { logBeta } from './log-gamma.js';

const TINY = 1e-300;
const EPSILON = 1e-15;
/** The continued fraction needs O(√max(a, b)) steps; this covers a, b up to about 1e10. */
const MAX_ITERATIONS = 100_000;

/**
 * The continued fraction for I_x(a, b) (Numerical Recipes' betacf, modified Lentz), which
 * converges fast for x < (a + 1)/(a + b + 2).
 */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) return h;
  }
  throw new RangeError(`incomplete beta did not converge for a = ${a}, b = ${b}`);
}

/**
 * The regularized incomplete beta function I_x(a, b).
 *
 * `y` is 1 − x; callers that know it more precisely than `1 - x` (the Student-t CDF near 0,
 * where x = ν/(ν + t²) rounds to 1) pass it in so the complement keeps its digits.
 * @throws RangeError for a, b ≤ 0 or x outside [0, 1].
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number, y: number = 1 - x): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`incomplete beta needs a, b > 0, got ${a}, ${b}`);
  if (!(x >= 0 && x <= 1)) throw new RangeError(`incomplete beta needs 0 ≤ x ≤ 1, got ${x}`);
  if (x === 0) return 0;
  if (y === 0) return 1;
  // ln x and ln y through log1p of the smaller one, so x close to 1 keeps its information.
  const logX = x > 0.5 ? Math.log1p(-y) : Math.log(x);
  const logY = y > 0.5 ? Math.log1p(-x) : Math.log(y);
  const logFront = a * logX + b * logY - logBeta(a, b);
  const front = Math.exp(logFront);
  // Use the fraction where it converges and the symmetry I_x(a, b) = 1 − I_(1−x)(b, a) elsewhere.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(y, b, a)) / b;
}

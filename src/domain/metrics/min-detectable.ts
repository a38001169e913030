import { normalQuantile } from './normal.js';

/** Error rates of a planned comparison: 5 % two-sided at 80 % power unless told. */
export interface PowerOptions {
  readonly alpha?: number;
  readonly power?: number;
  /** 2 for "did it change", 1 for "did it drop". */
  readonly sides?: 1 | 2;
}

function zSum(options: PowerOptions): number {
  const alpha = options.alpha ?? 0.05;
  const power = options.power ?? 0.8;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be between 0 and 1, got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power must be between 0 and 1, got ${power}`);
  const sides = options.sides ?? 2;
  return normalQuantile(1 - alpha / sides) + normalQuantile(power);
}

function checkVariance(name: string, value: number): void {
  if (!(value >= 0) || !Number.isFinite(value))
    throw new RangeError(`${name} must be a finite variance ≥ 0, got ${value}`);
}

/** Two groups to compare: per-respondent variances (unit scale: V of an NPS, p(1 − p) of a share) and answers. */
export interface DetectableInput {
  readonly variance1: number;
  readonly variance2: number;
  readonly n1: number;
  readonly n2: number;
}

/**
 * The smallest true difference (in points, i.e. ×100) the comparison detects with the given
 * power: (z₁₋α/₂ + z_power)·√(V₁/n₁ + V₂/n₂). With 100 answers per quarter and NPS around 30
 * (V ≈ 0.61) that is about 31 points; the UI says so instead of calling a 10-point change.
 */
export function minDetectableDifference(input: DetectableInput, options: PowerOptions = {}): number {
  checkVariance('variance1', input.variance1);
  checkVariance('variance2', input.variance2);
  if (!(input.n1 > 0 && input.n2 > 0))
    throw new RangeError(`both groups need answers, got ${input.n1} and ${input.n2}`);
  return 100 * zSum(options) * Math.sqrt(input.variance1 / input.n1 + input.variance2 / input.n2);
}

/**
 * Answers needed in each of two equal groups to detect a true difference of `difference`
 * points: n = (z₁₋α/₂ + z_power)²·(V₁ + V₂)/Δ², rounded up. For NPS around 30 (V ≈ 0.61), a
 * 10-point change needs about 960 answers per period.
 */
export function answersNeededPerGroup(
  input: { readonly difference: number; readonly variance1: number; readonly variance2: number },
  options: PowerOptions = {},
): number {
  checkVariance('variance1', input.variance1);
  checkVariance('variance2', input.variance2);
  const delta = Math.abs(input.difference) / 100;
  if (!(delta > 0) || !Number.isFinite(delta))
    throw new RangeError(`difference must be a non-zero number of points, got ${input.difference}`);
  return Math.ceil((zSum(options) ** 2 * (input.variance1 + input.variance2)) / delta ** 2);
}

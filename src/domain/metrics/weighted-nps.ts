import { npsCategory } from '../survey/answers.js';
import { clipInterval, type Interval } from './interval.js';
import { twoSidedZ } from './normal.js';

/** One answer with its weight, e.g. account revenue ÷ respondents of that account. */
export interface WeightedAnswer {
  readonly score: number;
  readonly weight: number;
}

export interface WeightedNps {
  /** Answers with a positive weight. */
  readonly n: number;
  /** Kish effective sample size (Σw)²/Σw²: how many equally weighted answers carry as much information. */
  readonly effectiveN: number;
  /** NPS_w = 100·Σwᵢsᵢ/Σwᵢ in points. */
  readonly score: number;
  /** Linearised standard error in points; null with fewer than two answers. */
  readonly standardError: number | null;
  /** score ± z·SE clipped to [−100, 100]; null with fewer than two answers. */
  readonly ci: Interval | null;
}

function respondentValue(score: number): number {
  const category = npsCategory(score);
  return category === 'promoter' ? 1 : category === 'detractor' ? -1 : 0;
}

function checkWeight(weight: number): void {
  if (!(weight >= 0) || !Number.isFinite(weight))
    throw new RangeError(`a weight must be a finite number ≥ 0, got ${weight}`);
}

/**
 * The weighted NPS with the linearised (Taylor) variance of a ratio estimator,
 * n/(n−1)·Σwᵢ²(sᵢ − NPS_w)²/(Σwᵢ)². Show it beside the unweighted NPS: a few large accounts
 * can move it far, and the wider interval says so. Like any Wald interval it collapses when
 * every answer is in one category.
 * @throws RangeError when no answer has a positive weight, or for a bad score or weight.
 */
export function weightedNps(
  answers: readonly WeightedAnswer[],
  options: { readonly confidence?: number } = {},
): WeightedNps {
  let n = 0;
  let sumW = 0;
  let sumW2 = 0;
  let sumWs = 0;
  const values: [s: number, w: number][] = [];
  for (const { score, weight } of answers) {
    checkWeight(weight);
    const s = respondentValue(score);
    if (weight === 0) continue;
    n++;
    sumW += weight;
    sumW2 += weight * weight;
    sumWs += weight * s;
    values.push([s, weight]);
  }
  if (n === 0) throw new RangeError('a weighted NPS needs at least one answer with a positive weight');
  const mean = sumWs / sumW;
  const effectiveN = (sumW * sumW) / sumW2;
  if (n < 2) return { n, effectiveN, score: 100 * mean, standardError: null, ci: null };
  const spread = values.reduce((sum, [s, w]) => sum + w * w * (s - mean) ** 2, 0);
  const standardError = 100 * Math.sqrt(((n / (n - 1)) * spread) / (sumW * sumW));
  const halfWidth = twoSidedZ(options.confidence ?? 0.95) * standardError;
  return {
    n,
    effectiveN,
    score: 100 * mean,
    standardError,
    ci: clipInterval({ low: 100 * mean - halfWidth, high: 100 * mean + halfWidth }, -100, 100),
  };
}

/** Kish's effective sample size (Σw)²/Σw². @throws RangeError without a positive weight. */
export function kishEffectiveSampleSize(weights: Iterable<number>): number {
  let sum = 0;
  let sumOfSquares = 0;
  for (const weight of weights) {
    checkWeight(weight);
    sum += weight;
    sumOfSquares += weight * weight;
  }
  if (sum === 0) throw new RangeError('an effective sample size needs at least one positive weight');
  return (sum * sum) / sumOfSquares;
}

/**
 * w = 2^(−age/half-life): an answer one half-life old counts half. Answers stamped slightly
 * after `now` (clock skew between servers) count as new rather than more than new.
 * @throws RangeError for a half-life that is not positive or an age that is not a number.
 */
export function ageDecayWeight(ageDays: number, halfLifeDays: number): number {
  if (!(halfLifeDays > 0) || !Number.isFinite(halfLifeDays))
    throw new RangeError(`the half-life must be a positive number of days, got ${halfLifeDays}`);
  if (Number.isNaN(ageDays)) throw new RangeError('the age of an answer must be a number of days');
  return 2 ** (-Math.max(0, ageDays) / halfLifeDays);
}

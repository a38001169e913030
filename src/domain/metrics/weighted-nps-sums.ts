import { npsCategory } from '../survey/answers.js';
import { clipInterval } from './interval.js';
import { twoSidedZ } from './normal.js';
import type { WeightedNps } from './weighted-nps.js';

/**
 * The answers of one score, summed: how many had a positive weight, Σw and Σw². A rollup row
 * holds exactly this, so the weighted NPS needs no single answer.
 */
export interface WeightSums {
  readonly score: number;
  readonly n: number;
  readonly sumWeight: number;
  readonly sumWeightSq: number;
}

/**
 * `weightedNps` from per-score sums. Within one score every answer has the same sᵢ, so
 * Σwᵢ²(sᵢ − NPS_w)² = Σ over scores of (Σw²)·(s − NPS_w)²: the same linearised variance,
 * n/(n−1)·Σwᵢ²(sᵢ − NPS_w)²/(Σwᵢ)², without the answers. Returns null when no answer has a
 * positive weight (e.g. no revenue known), where the weighted NPS is undefined.
 * @throws RangeError for a score outside 0–10 or a negative or non-finite sum.
 */
export function weightedNpsOfSums(
  sums: readonly WeightSums[],
  options: { readonly confidence?: number } = {},
): WeightedNps | null {
  let n = 0;
  let sumW = 0;
  let sumW2 = 0;
  let sumWs = 0;
  const bySign: [s: number, w2: number][] = [];
  for (const row of sums) {
    for (const [name, value] of [
      ['n', row.n],
      ['sumWeight', row.sumWeight],
      ['sumWeightSq', row.sumWeightSq],
    ] as const) {
      if (!(value >= 0) || !Number.isFinite(value))
        throw new RangeError(`${name} must be a finite number ≥ 0, got ${value}`);
    }
    const category = npsCategory(row.score);
    const s = category === 'promoter' ? 1 : category === 'detractor' ? -1 : 0;
    if (row.n === 0 || row.sumWeight === 0) continue;
    n += row.n;
    sumW += row.sumWeight;
    sumW2 += row.sumWeightSq;
    sumWs += s * row.sumWeight;
    bySign.push([s, row.sumWeightSq]);
  }
  if (n === 0) return null;
  const mean = sumWs / sumW;
  const effectiveN = (sumW * sumW) / sumW2;
  if (n < 2) return { n, effectiveN, score: 100 * mean, standardError: null, ci: null };
  const spread = bySign.reduce((total, [s, w2]) => total + w2 * (s - mean) ** 2, 0);
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

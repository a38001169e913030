import type { Random } from './random.js';

/**
 * Scores come from ordered-logit models: a latent satisfaction η plus logistic noise, cut at
 * fixed thresholds. The thresholds are set so that η = 0 yields the target distribution, and
 * the effects the generator adds to η (segment, region, trend, a price change) then shift the
 * categories the way real programmes move — which is what later analytics should find.
 */
export function orderedLogit(rng: Random, eta: number, thresholds: readonly number[]): number {
  const u = eta + rng.logistic();
  let k = 0;
  while (k < thresholds.length && u > (thresholds[k] as number)) k++;
  return k;
}

/**
 * Cut points on the latent scale. Customers differ persistently (loyalty), which spreads the
 * latent values; these cuts were tuned on the generated data so that the two years together
 * give ~45 % promoters, ~30 % passives and ~25 % detractors.
 */
const NPS_CUTS = [-1.1, 0.45] as const;

export function npsScore(rng: Random, eta: number): number {
  const u = eta + rng.logistic();
  const [detractorCut, promoterCut] = NPS_CUTS;
  if (u > promoterCut) return u - promoterCut > 1.1 ? 10 : 9;
  if (u > detractorCut) return u > (detractorCut + promoterCut) / 2 ? 8 : 7;
  // The further below the cut, the lower the score; a real 0 is not rare among the angry.
  const depth = detractorCut - u;
  return Math.max(0, Math.min(6, Math.round(6.2 - depth * 2.1 + rng.normal(0, 0.6))));
}

/** η = 0 → 1: 6 %, 2: 7 %, 3: 12 %, 4: 35 %, 5: 40 % (top-2-box 75 %). */
const CSAT_CUTS = [-2.75, -1.9, -1.1, 0.405] as const;

export function csatScore(rng: Random, eta: number): number {
  return 1 + orderedLogit(rng, eta, CSAT_CUTS);
}

/** CES 2.0, 7 = strongly agree it was easy. η = 0 → 72 % agree (5–7), 18 % disagree (1–3). */
const CES_CUTS = [-3.18, -2.2, -1.52, -0.94, -0.08, 1.27] as const;

export function cesScore(rng: Random, eta: number): number {
  return 1 + orderedLogit(rng, eta, CES_CUTS);
}

/** Star ratings of public reviews skew to the extremes: happy and angry people write them. */
const RATING_CUTS = [-1.5, -1.1, -0.7, 0.25] as const;

export function ratingScore(rng: Random, eta: number): number {
  return 1 + orderedLogit(rng, eta, RATING_CUTS);
}

export type Tone = 'negative' | 'mixed' | 'positive';

/** How a comment should sound for a score on its scale. */
export function toneOf(metric: 'nps' | 'csat' | 'ces' | 'rating', score: number): Tone {
  switch (metric) {
    case 'nps':
      return score <= 6 ? 'negative' : score <= 8 ? 'mixed' : 'positive';
    case 'csat':
    case 'rating':
      return score <= 2 ? 'negative' : score === 3 ? 'mixed' : 'positive';
    case 'ces':
      return score <= 3 ? 'negative' : score <= 5 ? 'mixed' : 'positive';
  }
}

import { estimateNps, type NpsEstimate } from './nps.js';
import { ageDecayWeight, kishEffectiveSampleSize } from './weighted-nps.js';
import { npsCategory } from '../survey/answers.js';

const DAY_MS = 86_400_000;

export interface DecayWeightedNps {
  /** Answers that went in. */
  readonly n: number;
  /** Kish effective sample size of the age weights. */
  readonly effectiveN: number;
  /** The adjusted-Wald estimate on effective counts: `score` is the age-weighted NPS, `ci` its band. */
  readonly estimate: NpsEstimate;
}

/**
 * A rolling NPS in which an answer `halfLifeDays` old counts half. The band is the usual
 * adjusted-Wald interval on effective counts (each category's weight share × the Kish n_eff),
 * so a rolling view of old answers is not shown as more certain than its fresh ones justify.
 * @throws RangeError when there are no answers or `now` is not a valid time.
 */
export function decayWeightedNps(
  answers: readonly { readonly score: number; readonly at: Date }[],
  now: Date,
  halfLifeDays: number,
  options: { readonly confidence?: number } = {},
): DecayWeightedNps {
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid time');
  if (answers.length === 0) throw new RangeError('a rolling NPS of no answers is undefined');
  const totals = { promoter: 0, passive: 0, detractor: 0 };
  const weights = answers.map(({ score, at }) => {
    const ageMs = now.getTime() - at.getTime();
    if (Number.isNaN(ageMs)) throw new RangeError('every answer needs a valid time');
    const weight = ageDecayWeight(ageMs / DAY_MS, halfLifeDays);
    totals[npsCategory(score)] += weight;
    return weight;
  });
  const effectiveN = kishEffectiveSampleSize(weights);
  const sum = totals.promoter + totals.passive + totals.detractor;
  const estimate = estimateNps(
    {
      promoters: (effectiveN * totals.promoter) / sum,
      passives: (effectiveN * totals.passive) / sum,
      detractors: (effectiveN * totals.detractor) / sum,
    },
    options,
  );
  return { n: answers.length, effectiveN, estimate };
}

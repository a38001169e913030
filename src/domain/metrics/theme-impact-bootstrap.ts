import { percentileOfSorted } from './bootstrap.js';
import { binomialDraw } from './binomial-draw.js';
import { type Interval } from './interval.js';
import { type RandomSource } from './mulberry32.js';
import { answeredCount, type NpsCounts } from './nps.js';

/** 2,000 resamples: enough for stable 2.5 % and 97.5 % percentiles. */
export const IMPACT_RESAMPLES = 2000;

/** A resample of one group's category counts: a multinomial draw at the group's own size. */
function resampleCounts(counts: NpsCounts, n: number, random: RandomSource): NpsCounts {
  const promoters = binomialDraw(n, counts.promoters / n, random);
  const left = n - promoters;
  const rest = counts.passives + counts.detractors;
  const passives = rest === 0 ? 0 : binomialDraw(left, counts.passives / rest, random);
  return { promoters, passives, detractors: left - passives };
}

/** (n_T/n)·(NPS_T − NPS_rest) in points, for groups of fixed sizes. */
function impactOf(withTheme: NpsCounts, nT: number, without: NpsCounts, nR: number): number {
  const npsT = (100 * (withTheme.promoters - withTheme.detractors)) / nT;
  const npsR = (100 * (without.promoters - without.detractors)) / nR;
  return (nT / (nT + nR)) * (npsT - npsR);
}

/**
 * The percentile bootstrap interval of a theme's NPS impact, NPS(all) − NPS(without the theme)
 * (STATS.md): the answers with the theme and those without are resampled separately, each at its
 * own size, by drawing their promoter/passive/detractor counts, which is the same as drawing the
 * answers with replacement. Unlike the analytic mean ± 1.96·SE it needs no normal shape, which
 * matters for a theme of a dozen answers that are nearly all detractors. The same seed gives the
 * same interval, so a page shows the same figures on every load.
 * @throws RangeError when no answer, or every answer, mentions the theme, or for a bad option.
 */
export function themeImpactBootstrap(
  withTheme: NpsCounts,
  withoutTheme: NpsCounts,
  options: { readonly random: RandomSource; readonly resamples?: number; readonly confidence?: number },
): Interval {
  const resamples = options.resamples ?? IMPACT_RESAMPLES;
  const confidence = options.confidence ?? 0.95;
  if (!(Number.isInteger(resamples) && resamples >= 1))
    throw new RangeError(`resamples must be a whole number ≥ 1, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must be between 0 and 1, got ${confidence}`);
  const nT = answeredCount(withTheme);
  const nR = answeredCount(withoutTheme);
  if (nT === 0 || nR === 0)
    throw new RangeError('a theme impact needs answers both with and without the theme');
  if (![withTheme, withoutTheme].every((c) => Object.values(c).every((v: number) => Number.isInteger(v))))
    throw new RangeError('the bootstrap resamples whole answers: counts must be whole numbers');
  const results = new Array<number>(resamples);
  for (let r = 0; r < resamples; r++)
    results[r] = impactOf(
      resampleCounts(withTheme, nT, options.random),
      nT,
      resampleCounts(withoutTheme, nR, options.random),
      nR,
    );
  results.sort((a, b) => a - b);
  const tail = (1 - confidence) / 2;
  return { low: percentileOfSorted(results, tail), high: percentileOfSorted(results, 1 - tail) };
}

import { npsCategory } from '../survey/answers.js';
import { clipInterval, type Interval } from './interval.js';
import { twoSidedZ } from './normal.js';
import { distributionEntries, type ScoreDistribution } from './score-distribution.js';

/**
 * Answers per NPS category. Only answered questions count: a shown-but-skipped question is
 * not a passive, and counting it (as some tools do) pulls every NPS toward 0.
 * Counts may be fractional when they are effective counts of a weighted sample.
 */
export interface NpsCounts {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

/** Pseudo-observations of the adjusted-Wald interval (Rocks 2016): 0.75 / 1.5 / 0.75. */
const PSEUDO_PROMOTERS = 0.75;
const PSEUDO_PASSIVES = 1.5;
const PSEUDO_DETRACTORS = 0.75;

/** Counts the categories of answered 0–10 scores. @throws RangeError for a score outside 0–10. */
export function npsCounts(scores: Iterable<number>): NpsCounts {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const score of scores) {
    const category = npsCategory(score);
    if (category === 'promoter') promoters++;
    else if (category === 'passive') passives++;
    else detractors++;
  }
  return { promoters, passives, detractors };
}

/** Category counts from a 0–10 score distribution (the shape a GROUP BY score returns). */
export function npsCountsOfDistribution(distribution: ScoreDistribution): NpsCounts {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const [score, count] of distributionEntries(distribution, 0, 10)) {
    if (score >= 9) promoters += count;
    else if (score >= 7) passives += count;
    else detractors += count;
  }
  return { promoters, passives, detractors };
}

/** n = P + A + D. @throws RangeError when a count is negative or not finite. */
export function answeredCount(counts: NpsCounts): number {
  for (const [name, value] of Object.entries(counts)) {
    if (!(value >= 0) || !Number.isFinite(value))
      throw new RangeError(`${name} must be a finite count ≥ 0, got ${String(value)}`);
  }
  return counts.promoters + counts.passives + counts.detractors;
}

function requireAnswers(counts: NpsCounts): number {
  const n = answeredCount(counts);
  if (n === 0) throw new RangeError('an NPS of no answers is undefined');
  return n;
}

/** The plain NPS in points, 100·(P − D)/n: the number shown as the score. */
export function npsScore(counts: NpsCounts): number {
  const n = requireAnswers(counts);
  return (100 * (counts.promoters - counts.detractors)) / n;
}

/** V = p + d − (p − d)²: the variance of one respondent's +1/0/−1 (unit scale, not points). */
export function npsVariance(counts: NpsCounts): number {
  const n = requireAnswers(counts);
  const p = counts.promoters / n;
  const d = counts.detractors / n;
  return p + d - (p - d) ** 2;
}

/**
 * Finite-population factor (N − n)/(N − 1): when the answers are a large share of a small
 * customer base, there is less left to be uncertain about.
 * @throws RangeError when the population is smaller than the sample.
 */
export function finitePopulationFactor(n: number, population: number | undefined): number {
  if (population === undefined) return 1;
  if (!(population >= n) || population < 1)
    throw new RangeError(`population (${population}) must be at least the number of answers (${n})`);
  return population === 1 ? 0 : (population - n) / (population - 1);
}

export interface NpsOptions {
  /** Confidence level of the interval; 0.95 unless told. */
  readonly confidence?: number;
  /** Size of the customer base surveyed, for the finite-population correction. */
  readonly population?: number;
}

/** The plain (unadjusted) standard error in points, 100·√(V/n), with the optional finite-population factor. */
export function npsStandardError(counts: NpsCounts, options: Pick<NpsOptions, 'population'> = {}): number {
  const n = requireAnswers(counts);
  return 100 * Math.sqrt((npsVariance(counts) * finitePopulationFactor(n, options.population)) / n);
}

/** The adjusted-Wald quantities: n′, p′, d′, NPS′ (points), V′, SE′ (points). */
export interface AdjustedNps {
  readonly n: number;
  readonly adjustedN: number;
  readonly promoterShare: number;
  readonly detractorShare: number;
  readonly score: number;
  readonly variance: number;
  readonly standardError: number;
}

/**
 * Adds 0.75 promoter, 1.5 passive and 0.75 detractor pseudo-answers (Rocks 2016, The American
 * Statistician 70(4)). The plain Wald interval under-covers at small n and can pass ±100; this
 * one keeps its nominal coverage from about n = 10 on and is defined even at n = 0. These are
 * the quantities comparisons and intervals use; the score shown stays the plain NPS.
 */
export function adjustNps(counts: NpsCounts, options: Pick<NpsOptions, 'population'> = {}): AdjustedNps {
  const n = answeredCount(counts);
  const adjustedN = n + PSEUDO_PROMOTERS + PSEUDO_PASSIVES + PSEUDO_DETRACTORS;
  const p = (counts.promoters + PSEUDO_PROMOTERS) / adjustedN;
  const d = (counts.detractors + PSEUDO_DETRACTORS) / adjustedN;
  const variance = p + d - (p - d) ** 2;
  const factor = finitePopulationFactor(n, options.population);
  return {
    n,
    adjustedN,
    promoterShare: p,
    detractorShare: d,
    score: 100 * (p - d),
    variance,
    standardError: 100 * Math.sqrt((variance * factor) / adjustedN),
  };
}

/** What Resonance shows for an NPS: the plain score, n, the counts and the adjusted-Wald interval. */
export interface NpsEstimate extends NpsCounts {
  readonly n: number;
  /** Plain NPS in points. */
  readonly score: number;
  /** Adjusted-Wald standard error in points. */
  readonly standardError: number;
  readonly ci: Interval;
  readonly adjusted: AdjustedNps;
}

/**
 * The NPS with its adjusted-Wald interval NPS′ ± z·SE′, clipped to [−100, 100].
 *
 * The adjustment pulls the interval's centre toward 0, so with a single answer the interval
 * ends short of the plain score (one promoter: NPS 100, interval up to 98.5; from n = 2 on it
 * never does). We then stretch the interval to the score: the band never contradicts the
 * point drawn in it, and coverage can only grow.
 * @throws RangeError when there are no answers (the score is undefined).
 */
export function estimateNps(counts: NpsCounts, options: NpsOptions = {}): NpsEstimate {
  const score = npsScore(counts);
  const adjusted = adjustNps(counts, options);
  const halfWidth = twoSidedZ(options.confidence ?? 0.95) * adjusted.standardError;
  const ci = clipInterval(
    { low: Math.min(adjusted.score - halfWidth, score), high: Math.max(adjusted.score + halfWidth, score) },
    -100,
    100,
  );
  return {
    promoters: counts.promoters,
    passives: counts.passives,
    detractors: counts.detractors,
    n: adjusted.n,
    score,
    standardError: adjusted.standardError,
    ci,
    adjusted,
  };
}

import { meanWithInterval, type MeanEstimate } from './mean-interval.js';
import { type ScoreDistribution, distributionEntries, scoreDistribution } from './score-distribution.js';
import { asPercent, type PercentEstimate, wilsonInterval } from './wilson.js';

export interface CesScale {
  readonly min: number;
  readonly max: number;
  /** Lowest score that counts as agreeing that the issue was easy to handle. */
  readonly agreeFrom: number;
}

/**
 * CES scales by the `scaleVersion` stored with every answer (`CES_SCALE_VERSION` in the survey
 * model). Version 1 is CES 2.0: 1–7, "agree" is 5–7. A new scale gets a new entry, never an
 * edit of an old one, so stored answers keep their meaning.
 */
export const CES_SCALES: Readonly<Record<number, CesScale>> = { 1: { min: 1, max: 7, agreeFrom: 5 } };

/** Thrown when answers on different CES scales would end up in one number or trend. */
export class MixedCesScalesError extends Error {
  constructor(readonly versions: readonly number[]) {
    super(
      `CES answers on different scale versions (${versions.join(', ')}) cannot be combined; report each version separately`,
    );
    this.name = 'MixedCesScalesError';
  }
}

/**
 * The one scale version of a set of answers. A 5-point and a 7-point "easy" are different
 * questions; averaging them gives a number that means neither.
 * @throws MixedCesScalesError for more than one version, RangeError for none or an unknown one.
 */
export function singleCesScaleVersion(versions: Iterable<number>): number {
  const distinct = [...new Set(versions)].sort((a, b) => a - b);
  if (distinct.length > 1) throw new MixedCesScalesError(distinct);
  const [version] = distinct;
  if (version === undefined) throw new RangeError('a CES of no answers is undefined');
  cesScale(version);
  return version;
}

/** @throws RangeError for a version with no registered scale. */
export function cesScale(version: number): CesScale {
  const scale = CES_SCALES[version];
  if (!scale) throw new RangeError(`unknown CES scale version ${version}`);
  return scale;
}

export interface CesSummary {
  readonly scaleVersion: number;
  readonly n: number;
  /** Share agreeing (5–7 on CES 2.0) in percent, with its Wilson interval. */
  readonly agree: PercentEstimate;
  readonly mean: MeanEstimate;
}

/** CES of a score distribution that is known to be on one scale version. */
export function cesSummaryOfDistribution(
  scaleVersion: number,
  distribution: ScoreDistribution,
  confidence = 0.95,
): CesSummary {
  const scale = cesScale(scaleVersion);
  const entries = distributionEntries(distribution, scale.min, scale.max);
  const n = entries.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) throw new RangeError('a CES of no answers is undefined');
  const agreeing = entries.reduce((sum, [score, count]) => (score >= scale.agreeFrom ? sum + count : sum), 0);
  return {
    scaleVersion,
    n,
    agree: asPercent(wilsonInterval(agreeing, n, confidence)),
    mean: meanWithInterval(distribution, scale, confidence),
  };
}

/**
 * CES of individual answers, each carrying its scale version.
 * @throws MixedCesScalesError when the answers use more than one scale version.
 */
export function cesSummary(
  answers: readonly { readonly score: number; readonly scaleVersion: number }[],
  confidence = 0.95,
): CesSummary {
  const version = singleCesScaleVersion(answers.map((answer) => answer.scaleVersion));
  return cesSummaryOfDistribution(
    version,
    scoreDistribution(answers.map((answer) => answer.score)),
    confidence,
  );
}

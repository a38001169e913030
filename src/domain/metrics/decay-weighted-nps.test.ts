import { describe, expect, it } from 'vitest';
import { decayWeightedNps } from './decay-weighted-nps.js';
import { estimateNps, npsCounts } from './nps.js';

const NOW = new Date('2026-04-01T00:00:00.000Z');
const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * 86_400_000);

describe('decayWeightedNps', () => {
  it('with answers of one age equals the unweighted estimate, band included', () => {
    const scores = [10, 9, 8, 6, 10, 2, 7, 9];
    const result = decayWeightedNps(
      scores.map((score) => ({ score, at: daysAgo(5) })),
      NOW,
      30,
    );
    const plain = estimateNps(npsCounts(scores));
    expect(result.effectiveN).toBeCloseTo(scores.length, 10);
    expect(result.estimate.score).toBeCloseTo(plain.score, 10);
    expect(result.estimate.ci.low).toBeCloseTo(plain.ci.low, 10);
    expect(result.estimate.ci.high).toBeCloseTo(plain.ci.high, 10);
  });

  it('lets old answers count less, and widens the band to the effective sample size', () => {
    const answers = [
      ...Array.from({ length: 50 }, () => ({ score: 10, at: daysAgo(0) })),
      ...Array.from({ length: 50 }, () => ({ score: 0, at: daysAgo(30) })),
    ];
    const result = decayWeightedNps(answers, NOW, 30);
    // Weights 1 and ½: NPS_w = (50 − 25)/75.
    expect(result.estimate.score).toBeCloseTo(100 / 3, 10);
    expect(result.effectiveN).toBeCloseTo(75 ** 2 / 62.5, 10);
    // The same mix as if all 100 answers counted fully gives a narrower band than n_eff = 90 does.
    const asIfFull = estimateNps({ promoters: 200 / 3, passives: 0, detractors: 100 / 3 }).ci;
    expect(result.estimate.ci.high - result.estimate.ci.low).toBeGreaterThan(asIfFull.high - asIfFull.low);
  });

  it('refuses no answers and invalid times', () => {
    expect(() => decayWeightedNps([], NOW, 30)).toThrow(RangeError);
    expect(() => decayWeightedNps([{ score: 9, at: new Date('nope') }], NOW, 30)).toThrow(RangeError);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rocAuc, rocAucInterval } from './auc.js';
import { mulberry32 } from './mulberry32.js';

describe('rocAuc', () => {
  it.each([
    ['perfect ranking', [3, 4, 5], [1, 2], 1],
    ['inverse ranking', [1, 2], [3, 4, 5], 0],
    ['all tied', [1, 1], [1, 1, 1], 0.5],
    // Pairs: 0.8 beats both (2), each 0.5 ties 0.5 (½ + ½) and beats 0.2 (2): 5 of 6.
    ['ties across classes', [0.8, 0.5, 0.5], [0.5, 0.2], 5 / 6],
    // Only (2, 2) is not a loss: ½ of 4 pairs.
    ['one tie, rest losses', [1, 2], [2, 3], 1 / 8],
    // Ties within a class change nothing: each 2 beats 1 and loses to 3, 2 of 4 pairs won.
    ['ties within a class', [2, 2], [1, 3], 1 / 2],
    ['one of each', [0.3], [0.7], 0],
  ])('%s', (_, positives, negatives, expected) => {
    expect(rocAuc(positives, negatives)).toBeCloseTo(expected, 12);
  });

  it('is the share of positive–negative pairs won, ties counting half', () => {
    const score = fc.integer({ min: 0, max: 6 }); // few values, many ties
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 1, maxLength: 30 }),
        fc.array(score, { minLength: 1, maxLength: 30 }),
        (pos, neg) => {
          let won = 0;
          for (const p of pos) for (const n of neg) won += p > n ? 1 : p === n ? 0.5 : 0;
          expect(rocAuc(pos, neg)).toBeCloseTo(won / (pos.length * neg.length), 10);
        },
      ),
    );
  });

  it('refuses an empty class and NaN scores', () => {
    expect(() => rocAuc([], [1])).toThrow(RangeError);
    expect(() => rocAuc([1], [])).toThrow(RangeError);
    expect(() => rocAuc([Number.NaN], [1])).toThrow(RangeError);
  });
});

describe('rocAucInterval', () => {
  const random = mulberry32(5);
  const positives = Array.from({ length: 200 }, () => random() + 0.3);
  const negatives = Array.from({ length: 100 }, () => random());

  it('is seeded, brackets the estimate and stays within [0, 1]', () => {
    const a = rocAucInterval(positives, negatives, { random: mulberry32(1), resamples: 500 });
    const b = rocAucInterval(positives, negatives, { random: mulberry32(1), resamples: 500 });
    expect(b).toEqual(a);
    expect(a.estimate).toBe(rocAuc(positives, negatives));
    expect(a.low).toBeLessThan(a.estimate);
    expect(a.high).toBeGreaterThan(a.estimate);
    expect(a.low).toBeGreaterThanOrEqual(0);
    expect(a.high).toBeLessThanOrEqual(1);
  });

  it('is about as wide as the Hanley–McNeil standard error says', () => {
    const { estimate: auc, low, high } = rocAucInterval(positives, negatives, { random: mulberry32(2) });
    // Hanley & McNeil (1982): SE² = (A(1−A) + (n₊−1)(Q1−A²) + (n₋−1)(Q2−A²)) / (n₊n₋), Q1 = A/(2−A), Q2 = 2A²/(1+A).
    const q1 = auc / (2 - auc);
    const q2 = (2 * auc * auc) / (1 + auc);
    const se = Math.sqrt((auc * (1 - auc) + 199 * (q1 - auc * auc) + 99 * (q2 - auc * auc)) / (200 * 100));
    expect(high - low).toBeGreaterThan(2 * 1.96 * se * 0.75);
    expect(high - low).toBeLessThan(2 * 1.96 * se * 1.25);
  });

  it('has no width when the classes never overlap', () => {
    const result = rocAucInterval([5, 6, 7], [1, 2], { random: mulberry32(3), resamples: 200 });
    expect([result.estimate, result.low, result.high]).toEqual([1, 1, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { labelScores, macroF1 } from './classification.js';

describe('labelScores', () => {
  it('counts hits, false alarms and misses by hand', () => {
    // 3 true positives, 1 false positive, 2 false negatives, 4 true negatives.
    const pairs = [
      ...Array.from({ length: 3 }, () => ({ actual: true, predicted: true })),
      { actual: false, predicted: true },
      ...Array.from({ length: 2 }, () => ({ actual: true, predicted: false })),
      ...Array.from({ length: 4 }, () => ({ actual: false, predicted: false })),
    ];
    const s = labelScores(pairs);
    expect(s).toMatchObject({ truePositives: 3, falsePositives: 1, falseNegatives: 2 });
    expect(s.precision).toBeCloseTo(3 / 4, 12);
    expect(s.recall).toBeCloseTo(3 / 5, 12);
    expect(s.f1).toBeCloseTo(6 / 9, 12); // 2·3 / (2·3 + 1 + 2)
  });

  it('leaves precision undefined when nothing was predicted, and F1 at 0', () => {
    const s = labelScores([{ actual: true, predicted: false }]);
    expect(s.precision).toBeNaN();
    expect(s.recall).toBe(0);
    expect(s.f1).toBe(0);
  });
});

describe('macroF1', () => {
  it('averages the labels’ F1, a rare label as much as a common one', () => {
    type L = 'pos' | 'neu' | 'neg';
    const pairs: Array<{ actual: L; predicted: L }> = [
      { actual: 'pos', predicted: 'pos' },
      { actual: 'pos', predicted: 'pos' },
      { actual: 'pos', predicted: 'neg' },
      { actual: 'neg', predicted: 'neg' },
      { actual: 'neu', predicted: 'pos' },
    ];
    // pos: tp 2, fp 1, fn 1 → 4/6; neg: tp 1, fp 1, fn 0 → 2/3; neu: tp 0 → 0.
    expect(macroF1(pairs, ['pos', 'neu', 'neg'])).toBeCloseTo((4 / 6 + 2 / 3 + 0) / 3, 12);
    expect(
      macroF1(
        pairs.map((p) => ({ actual: p.actual, predicted: p.actual })),
        ['pos', 'neu', 'neg'],
      ),
    ).toBe(1);
  });

  it('refuses an empty label set', () => {
    expect(() => macroF1([], [])).toThrow(RangeError);
  });
});

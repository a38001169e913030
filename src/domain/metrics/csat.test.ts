import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csatSummary } from './csat.js';
import { scoreDistribution } from './score-distribution.js';

describe('csatSummary', () => {
  it('STATS.md example, n = 120 (5:48, 4:42, 3:15, 2:9, 1:6): 75.0 % [66.56, 81.89], mean 3.975, sd 1.1336, t-interval [3.770, 4.180]', () => {
    const result = csatSummary({ 5: 48, 4: 42, 3: 15, 2: 9, 1: 6 });
    expect(result.n).toBe(120);
    expect(result.topTwoBox.percent).toBeCloseTo(75.0, 1);
    expect(result.topTwoBox.low).toBeCloseTo(66.56, 2);
    expect(result.topTwoBox.high).toBeCloseTo(81.89, 2);
    expect(result.mean.mean).toBeCloseTo(3.975, 3);
    expect(result.mean.sd).toBeCloseTo(1.1336, 4);
    expect(result.mean.ci?.low).toBeCloseTo(3.77, 3);
    expect(result.mean.ci?.high).toBeCloseTo(4.18, 3);
  });

  it('uses the t quantile, not z: at n = 4 the interval is 3.18/1.96 ≈ 1.6 times as wide as a z-interval', () => {
    const { mean } = csatSummary(scoreDistribution([3, 3, 4, 4]));
    const sd = mean.sd as number;
    const width = (mean.ci?.high ?? 0) - (mean.ci?.low ?? 0);
    expect(width).toBeCloseTo((2 * 3.182446305 * sd) / 2, 6);
  });

  it('gives a mean without sd or interval for a single answer', () => {
    expect(csatSummary({ 4: 1 }).mean).toEqual({ n: 1, mean: 4, sd: null, ci: null });
  });

  it('refuses scores outside 1–5 and an empty distribution', () => {
    expect(() => csatSummary({ 0: 3 })).toThrow(RangeError);
    expect(() => csatSummary({ 6: 1 })).toThrow(RangeError);
    expect(() => csatSummary({})).toThrow(RangeError);
  });

  it('property: the mean interval contains the mean and stays on the 1–5 scale', () => {
    const count = fc.nat({ max: 300 });
    fc.assert(
      fc.property(
        fc.tuple(count, count, count, count, count).filter((c) => c.reduce((s, v) => s + v, 0) >= 2),
        (c) => {
          const { mean, topTwoBox } = csatSummary({ 1: c[0], 2: c[1], 3: c[2], 4: c[3], 5: c[4] });
          const ci = mean.ci ?? { low: Number.NaN, high: Number.NaN };
          expect(ci.low).toBeGreaterThanOrEqual(1);
          expect(ci.high).toBeLessThanOrEqual(5);
          expect(ci.low).toBeLessThanOrEqual(mean.mean + 1e-12);
          expect(mean.mean).toBeLessThanOrEqual(ci.high + 1e-12);
          expect(topTwoBox.low).toBeLessThanOrEqual(topTwoBox.percent);
        },
      ),
    );
  });
});

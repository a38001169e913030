import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapGroupsInterval, bootstrapInterval, mean, percentileOfSorted } from './bootstrap.js';
import { mulberry32 } from './mulberry32.js';

describe('mulberry32', () => {
  it('is deterministic per seed, different across seeds, and uniform in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(mulberry32(43)()).not.toBe(first[0]);
    const random = mulberry32(7);
    const draws = Array.from({ length: 20_000 }, () => random());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(mean(draws)).toBeCloseTo(0.5, 2);
  });
});

describe('percentileOfSorted', () => {
  it('interpolates linearly like R type 7 and keeps infinite ends', () => {
    expect(percentileOfSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentileOfSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(percentileOfSorted([1, 2, 3, 4], 1)).toBe(4);
    expect(percentileOfSorted([1, 2, Number.POSITIVE_INFINITY], 1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => percentileOfSorted([], 0.5)).toThrow(RangeError);
  });
});

describe('bootstrapInterval', () => {
  it('for the mean of a large sample is close to mean ± 1.96·sd/√n', () => {
    const random = mulberry32(1);
    const sample = Array.from({ length: 400 }, () => random() * 100);
    const m = mean(sample);
    const sd = Math.sqrt(sample.reduce((s, x) => s + (x - m) ** 2, 0) / (sample.length - 1));
    const result = bootstrapInterval(sample, mean, { random: mulberry32(2), resamples: 4000 });
    expect(result.estimate).toBe(m);
    expect(result.resamples).toBe(4000);
    expect(result.low).toBeCloseTo(m - (1.96 * sd) / 20, 0);
    expect(result.high).toBeCloseTo(m + (1.96 * sd) / 20, 0);
  });

  it('resamples each group on its own for a two-group statistic', () => {
    const ratio = bootstrapGroupsInterval(
      [
        [400, 410, 390, 405],
        [100, 100, 100, 100],
      ],
      ([a, b]) => mean(a as number[]) / mean(b as number[]),
      { random: mulberry32(3) },
    );
    expect(ratio.estimate).toBeCloseTo(4.0125, 10);
    // The second group never varies, so the interval is the first group's mean ÷ 100.
    expect(ratio.low).toBeGreaterThanOrEqual(3.9);
    expect(ratio.high).toBeLessThanOrEqual(4.1);
  });

  it('refuses empty groups and bad options', () => {
    expect(() => bootstrapInterval([], mean, { random: mulberry32(1) })).toThrow(RangeError);
    expect(() => bootstrapInterval([1], mean, { random: mulberry32(1), resamples: 0 })).toThrow(RangeError);
    expect(() => bootstrapInterval([1], mean, { random: mulberry32(1), confidence: 1 })).toThrow(RangeError);
  });

  it('property: deterministic for a seed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.integer(),
        (sample, seed) => {
          const once = bootstrapInterval(sample, mean, { random: mulberry32(seed), resamples: 200 });
          const again = bootstrapInterval(sample, mean, { random: mulberry32(seed), resamples: 200 });
          expect(again).toEqual(once);
          expect(once.low).toBeLessThanOrEqual(once.high);
          expect(once.low).toBeGreaterThanOrEqual(Math.min(...sample) - 1e-6);
          expect(once.high).toBeLessThanOrEqual(Math.max(...sample) + 1e-6);
        },
      ),
      { numRuns: 50 },
    );
  });
});

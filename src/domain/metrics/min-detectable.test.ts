import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersNeededPerGroup, minDetectableDifference } from './min-detectable.js';

describe('minimum detectable difference (80 % power, 5 % two-sided)', () => {
  it('STATS.md: at NPS ≈ 30 (V ≈ 0.61) a 10-point change needs about 960 answers per period', () => {
    const n = answersNeededPerGroup({ difference: 10, variance1: 0.61, variance2: 0.61 });
    expect(n).toBe(958);
    expect(Math.round(n / 10) * 10).toBe(960);
  });

  it('STATS.md: with 100 answers per quarter only changes above ~31 points are detectable', () => {
    const mdd = minDetectableDifference({ variance1: 0.61, variance2: 0.61, n1: 100, n2: 100 });
    expect(mdd).toBeCloseTo(30.94, 2);
    expect(Math.round(mdd)).toBe(31);
  });

  it('a one-sided test or less power needs fewer answers; a drop counts like a rise', () => {
    const base = { difference: 10, variance1: 0.61, variance2: 0.61 };
    expect(answersNeededPerGroup(base, { sides: 1 })).toBeLessThan(958);
    expect(answersNeededPerGroup(base, { power: 0.5 })).toBeLessThan(958);
    expect(answersNeededPerGroup({ ...base, difference: -10 })).toBe(958);
  });

  it('refuses a zero difference, negative variances, empty groups and impossible rates', () => {
    expect(() => answersNeededPerGroup({ difference: 0, variance1: 0.6, variance2: 0.6 })).toThrow(
      RangeError,
    );
    expect(() => answersNeededPerGroup({ difference: 5, variance1: -1, variance2: 0.6 })).toThrow(RangeError);
    expect(() => minDetectableDifference({ variance1: 0.6, variance2: 0.6, n1: 0, n2: 10 })).toThrow(
      RangeError,
    );
    expect(() =>
      minDetectableDifference({ variance1: 0.6, variance2: 0.6, n1: 10, n2: 10 }, { power: 1 }),
    ).toThrow(RangeError);
  });

  it('property: the two functions agree — with the answers needed for Δ, the detectable difference is at most Δ', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (difference, variance1, variance2) => {
          const n = answersNeededPerGroup({ difference, variance1, variance2 });
          expect(minDetectableDifference({ variance1, variance2, n1: n, n2: n })).toBeLessThanOrEqual(
            difference + 1e-9,
          );
          if (n > 1)
            expect(minDetectableDifference({ variance1, variance2, n1: n - 1, n2: n - 1 })).toBeGreaterThan(
              difference,
            );
        },
      ),
    );
  });
});

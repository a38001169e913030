import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareProportions, minDetectableProportionDifference } from './compare-proportions.js';

describe('compareProportions', () => {
  it('matches a hand-computed example: CSAT top-2-box 45 of 60 in a segment against 100 of 160 in the rest', () => {
    // By hand (z = 1.959964):
    //   p₁ = 100/160 = 0.625, p₂ = 45/60 = 0.75, difference = 12.5 points.
    //   pooled p̄ = 145/220 = 0.659091; SE₀ = √(0.659091·0.340909·(1/160 + 1/60)) = √(0.224690·0.0229167) = 0.0717576
    //   z = 0.125/0.0717576 = 1.74198; two-sided p = 2·(1 − Φ(1.74198)) = 0.08151.
    //   Wilson 95 %: p₁ [0.547882, 0.696257], p₂ [0.627679, 0.842235].
    //   Newcombe: 0.125 − √((0.75 − 0.627679)² + (0.696257 − 0.625)²) = −0.016562,
    //             0.125 + √((0.842235 − 0.75)² + (0.625 − 0.547882)²) = 0.245227.
    //   Unpooled SE = √(0.625·0.375/160 + 0.75·0.25/60) = 0.0677484.
    const c = compareProportions({ successes: 100, n: 160 }, { successes: 45, n: 60 });
    expect(c.difference).toBeCloseTo(12.5, 10);
    expect(c.z).toBeCloseTo(1.74198, 4);
    expect(c.pValue).toBeCloseTo(0.08151, 4);
    expect(c.ci.low).toBeCloseTo(-1.656, 2);
    expect(c.ci.high).toBeCloseTo(24.523, 2);
    expect(c.standardError).toBeCloseTo(6.7748, 3);
  });

  it('is antisymmetric: swapping the groups flips the difference and keeps the p-value', () => {
    const a = compareProportions({ successes: 30, n: 90 }, { successes: 50, n: 80 });
    const b = compareProportions({ successes: 50, n: 80 }, { successes: 30, n: 90 });
    expect(b.difference).toBeCloseTo(-a.difference, 10);
    expect(b.pValue).toBeCloseTo(a.pValue, 12);
    expect(b.ci.low).toBeCloseTo(-a.ci.high, 10);
  });

  it('has nothing to test when every answer is on the same side of the cut', () => {
    const c = compareProportions({ successes: 40, n: 40 }, { successes: 70, n: 70 });
    expect([c.difference, c.z, c.pValue]).toEqual([0, 0, 1]);
    expect(c.ci.low).toBeLessThan(0);
    expect(c.ci.high).toBeGreaterThan(0);
  });

  it('refuses empty groups and impossible counts', () => {
    expect(() => compareProportions({ successes: 0, n: 0 }, { successes: 1, n: 2 })).toThrow(RangeError);
    expect(() => compareProportions({ successes: 3, n: 2 }, { successes: 1, n: 2 })).toThrow(RangeError);
    expect(() => compareProportions({ successes: 1.5, n: 2 }, { successes: 1, n: 2 })).toThrow(RangeError);
  });

  it('property: the interval holds the difference, stays within ±100 and the p-value within [0, 1]', () => {
    const group = fc
      .integer({ min: 1, max: 2000 })
      .chain((n) => fc.record({ n: fc.constant(n), successes: fc.integer({ min: 0, max: n }) }));
    fc.assert(
      fc.property(group, group, (a, b) => {
        const c = compareProportions(a, b);
        expect(c.ci.low).toBeLessThanOrEqual(c.difference + 1e-9);
        expect(c.ci.high).toBeGreaterThanOrEqual(c.difference - 1e-9);
        expect(c.ci.low).toBeGreaterThanOrEqual(-100);
        expect(c.ci.high).toBeLessThanOrEqual(100);
        expect(c.pValue).toBeGreaterThanOrEqual(0);
        expect(c.pValue).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('minDetectableProportionDifference', () => {
  it('matches the hand-computed example: Agresti–Caffo shares 101/162 and 46/62 give about 18.9 points', () => {
    // (1.959964 + 0.841621)·√(0.623457·0.376543/162 + 0.741935·0.258065/62)·100 = 18.871
    expect(
      minDetectableProportionDifference({ successes: 100, n: 160 }, { successes: 45, n: 60 }),
    ).toBeCloseTo(18.871, 2);
  });

  it('stays positive at 0 % or 100 % and shrinks as the groups grow', () => {
    const small = minDetectableProportionDifference({ successes: 30, n: 30 }, { successes: 30, n: 30 });
    const large = minDetectableProportionDifference({ successes: 300, n: 300 }, { successes: 300, n: 300 });
    expect(small).toBeGreaterThan(0);
    expect(large).toBeLessThan(small);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asPercent, wilsonInterval } from './wilson.js';

const share = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([n, f]) => ({ n, x: Math.round(n * f) }));

describe('wilsonInterval', () => {
  it('90 of 120 (the CSAT example): 75.0 % [66.56, 81.89]', () => {
    const result = asPercent(wilsonInterval(90, 120));
    expect(result.percent).toBeCloseTo(75.0, 1);
    expect(result.low).toBeCloseTo(66.56, 2);
    expect(result.high).toBeCloseTo(81.89, 2);
  });

  it('is not zero-width at 0 % or 100 %', () => {
    const none = wilsonInterval(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.27753, 5);
    const all = wilsonInterval(10, 10);
    expect(all.high).toBe(1);
    expect(all.low).toBeCloseTo(0.72247, 5);
  });

  it('refuses n = 0 and successes outside [0, n]', () => {
    expect(() => wilsonInterval(0, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
  });

  it('property: contains the observed share and stays within [0, 100] %', () => {
    fc.assert(
      fc.property(share, ({ n, x }) => {
        const result = asPercent(wilsonInterval(x, n));
        expect(result.low).toBeGreaterThanOrEqual(0);
        expect(result.high).toBeLessThanOrEqual(100);
        expect(result.low).toBeLessThanOrEqual(result.percent);
        expect(result.percent).toBeLessThanOrEqual(result.high);
      }),
    );
  });

  it('property: narrows when successes and answers are scaled by k > 1', () => {
    fc.assert(
      fc.property(share, fc.integer({ min: 2, max: 50 }), ({ n, x }, k) => {
        const small = wilsonInterval(x, n);
        const large = wilsonInterval(k * x, k * n);
        expect(large.high - large.low).toBeLessThan(small.high - small.low);
      }),
    );
  });
});

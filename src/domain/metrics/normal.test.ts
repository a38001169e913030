import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, twoSidedZ } from './normal.js';

// Reference values from SciPy 1.17 (scipy.stats.norm).
const CDF: [x: number, value: number][] = [
  [0, 0.5],
  [1, 0.8413447460685429],
  [-1, 0.15865525393145707],
  [2.5, 0.9937903346742238],
  [-3, 0.0013498980316300933],
  [-5, 2.866515718791933e-7],
  [-10, 7.61985302416047e-24],
  [-20, 2.7536241186061556e-89],
];

const QUANTILE: [p: number, value: number][] = [
  [0.975, 1.959963984540054],
  [0.95, 1.6448536269514722],
  [0.9, 1.2815515655446004],
  [0.8, 0.8416212335729143],
  [0.02425, -1.972961051311885],
  [1e-10, -6.361340902404056],
  [1e-300, -37.0470962993612],
];

describe('normalCdf', () => {
  it('matches reference values to 1e-13 relative, deep into the lower tail', () => {
    for (const [x, value] of CDF) expect(Math.abs(normalCdf(x) - value) / value).toBeLessThan(1e-13);
  });

  it('is continuous where the series hands over to the continued fraction', () => {
    expect(Math.abs(normalCdf(-3 + 1e-12) - normalCdf(-3 - 1e-12))).toBeLessThan(1e-14);
    expect(Math.abs(normalCdf(3 + 1e-12) - normalCdf(3 - 1e-12))).toBeLessThan(1e-14);
  });

  it('property: Φ(x) + Φ(−x) = 1 and Φ is increasing', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -8, max: 8, noNaN: true }),
        fc.double({ min: 1e-6, max: 2, noNaN: true }),
        (x, step) => {
          expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
          expect(normalCdf(x + step)).toBeGreaterThanOrEqual(normalCdf(x));
        },
      ),
    );
  });
});

describe('normalQuantile', () => {
  it('matches reference values to 1e-13 relative (Acklam plus refinement, not Acklam alone at 1e-9)', () => {
    for (const [p, value] of QUANTILE)
      expect(Math.abs(normalQuantile(p) - value) / Math.abs(value)).toBeLessThan(1e-13);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('gives ∓Infinity at 0 and 1 and refuses probabilities outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    for (const bad of [-0.1, 1.1, Number.NaN]) expect(() => normalQuantile(bad)).toThrow(RangeError);
  });

  it('property: inverts normalCdf to 1e-9', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        const x = normalQuantile(p);
        expect(Math.abs(normalCdf(x) - p)).toBeLessThan(1e-9 * Math.min(p, 1 - p) + 1e-16);
      }),
    );
  });
});

describe('twoSidedZ', () => {
  it('is 1.959964 for 95 % and 2.575829 for 99 %', () => {
    expect(twoSidedZ(0.95)).toBeCloseTo(1.959964, 6);
    expect(twoSidedZ(0.99)).toBeCloseTo(2.575829, 6);
  });

  it('refuses a confidence of 0, 1 or more', () => {
    for (const bad of [0, 1, 95, -0.5]) expect(() => twoSidedZ(bad)).toThrow(RangeError);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta } from './incomplete-beta.js';
import { logBeta, logGamma } from './log-gamma.js';
import { studentTCdf, studentTQuantile } from './student-t.js';

// Reference values from SciPy 1.17 (scipy.stats.t, scipy.special) and mpmath at 40 digits.
const QUANTILES: [df: number, p975: number, p995: number, p1e6: number][] = [
  [1, 12.706204736174694, 63.656741162871526, -318309.8861827435],
  [2, 4.302652729749462, 9.924843200918287, -707.1057205259339],
  [3, 3.1824463052837078, 5.840909309733355, -103.29946778041935],
  [5, 2.5705818356363146, 4.032142983555228, -24.771029720515948],
  [10, 2.228138851986274, 3.16927267261695, -9.751995490940581],
  [30, 2.0422724563012378, 2.7499956535672254, -5.871117120418882],
  [119, 1.9800998764569397, 2.617775976490859, -4.999585059703539],
  [1000, 1.9623390808264083, 2.580754698065951, -4.781608620458351],
  [1e5, 1.9599877075346095, 2.575878469908375, -4.753704716391288],
  [1e6, 1.959966356814107, 2.5758342201053344, -4.75345234827968],
  [1e8, 1.9599640082627663, 2.575829352714378, -4.753424589216037],
];

describe('studentTQuantile', () => {
  it('matches reference quantiles to 1e-9 relative from df 1 to 10⁸', () => {
    for (const [df, p975, p995, p1e6] of QUANTILES) {
      expect(Math.abs(studentTQuantile(0.975, df) / p975 - 1)).toBeLessThan(1e-9);
      expect(Math.abs(studentTQuantile(0.995, df) / p995 - 1)).toBeLessThan(1e-9);
      expect(Math.abs(studentTQuantile(1e-6, df) / p1e6 - 1)).toBeLessThan(1e-9);
    }
  });

  it('is 0 at ½, symmetric, infinite at 0 and 1, and refuses bad input', () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0.25, 7)).toBe(-studentTQuantile(0.75, 7));
    expect(studentTQuantile(1, 4)).toBe(Number.POSITIVE_INFINITY);
    expect(studentTQuantile(0, 4)).toBe(Number.NEGATIVE_INFINITY);
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
    expect(() => studentTQuantile(1.5, 3)).toThrow(RangeError);
  });

  it('property: inverts studentTCdf to 1e-10 for any df ≥ 1, fractional too', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-8, max: 1 - 1e-8, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        (p, df) => {
          expect(Math.abs(studentTCdf(studentTQuantile(p, df), df) - p)).toBeLessThan(1e-10);
        },
      ),
    );
  });
});

describe('studentTCdf', () => {
  it('matches reference values to 1e-13', () => {
    const cases: [df: number, t: number, value: number][] = [
      [1, 1, 0.75],
      [3, -2, 0.06966298427942152],
      [119, -1.5, 0.06813143429476928],
      [2.5, 0.7, 0.728297528405226],
      [50, -4, 0.00010459512318201668],
      [1, -100, 0.003182992764908255],
      [0.5, 3, 0.8163459220070283],
      [1e8, -2, 0.022750133297953376],
    ];
    for (const [df, t, value] of cases) expect(Math.abs(studentTCdf(t, df) - value)).toBeLessThan(1e-13);
  });

  it('approaches the normal distribution as df grows', () => {
    expect(studentTCdf(1.959963984540054, 1e9)).toBeCloseTo(0.975, 9);
  });
});

describe('the special functions underneath', () => {
  it('logGamma and logBeta match reference values, logBeta without cancellation at large arguments', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5723649429247001, 13);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 11);
    expect(logBeta(500000, 0.5)).toBeCloseTo(-5.9888164957774643, 12);
    expect(logBeta(5e9, 0.5)).toBeCloseTo(-10.593986931740556, 12);
    expect(logBeta(3, 4)).toBeCloseTo(Math.log(1 / 60), 13);
  });

  it('regularizedIncompleteBeta: I_x(1, 1) = x, I_x(a, b) = 1 − I_(1−x)(b, a), and bounds', () => {
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(regularizedIncompleteBeta(0.2, 2.5, 7) + regularizedIncompleteBeta(0.8, 7, 2.5)).toBeCloseTo(
      1,
      14,
    );
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(RangeError);
  });
});

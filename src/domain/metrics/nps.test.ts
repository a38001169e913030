import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adjustNps,
  estimateNps,
  npsCounts,
  npsCountsOfDistribution,
  npsScore,
  npsStandardError,
  npsVariance,
  type NpsCounts,
} from './nps.js';

const EXAMPLE: NpsCounts = { promoters: 50, passives: 30, detractors: 20 };

const counts = fc
  .tuple(fc.nat({ max: 3000 }), fc.nat({ max: 3000 }), fc.nat({ max: 3000 }))
  .filter(([p, a, d]) => p + a + d > 0)
  .map(([promoters, passives, detractors]): NpsCounts => ({ promoters, passives, detractors }));

const width = (c: NpsCounts): number => {
  const { ci } = estimateNps(c);
  return ci.high - ci.low;
};

/** Exact coverage of the interval for a true category mix, summed over every possible sample of n. */
function exactCoverage(
  truth: { p: number; a: number; d: number },
  n: number,
  interval: (c: NpsCounts) => { low: number; high: number },
): number {
  const logFactorial = (k: number): number =>
    Array.from({ length: k }, (_, i) => Math.log(i + 1)).reduce((s, v) => s + v, 0);
  const nps = 100 * (truth.p - truth.d);
  let covered = 0;
  for (let promoters = 0; promoters <= n; promoters++) {
    for (let detractors = 0; detractors <= n - promoters; detractors++) {
      const passives = n - promoters - detractors;
      const logP =
        logFactorial(n) -
        logFactorial(promoters) -
        logFactorial(passives) -
        logFactorial(detractors) +
        promoters * Math.log(truth.p) +
        passives * Math.log(truth.a) +
        detractors * Math.log(truth.d);
      const { low, high } = interval({ promoters, passives, detractors });
      if (low <= nps && nps <= high) covered += Math.exp(logP);
    }
  }
  return covered;
}

describe('npsCounts', () => {
  it('puts 9–10 with promoters, 7–8 with passives and 0–6 with detractors', () => {
    expect(npsCounts([10, 9, 8, 7, 6, 0, 3])).toEqual({ promoters: 2, passives: 2, detractors: 3 });
    expect(npsCountsOfDistribution({ 0: 4, 6: 1, 7: 2, 8: 3, 9: 5, 10: 6 })).toEqual({
      promoters: 11,
      passives: 5,
      detractors: 5,
    });
  });

  it('has only answered scores in the denominator: skipped questions are not passed and do not dilute the score', () => {
    // Three answers of five shown questions: the NPS is that of the three, not of five.
    expect(npsScore(npsCounts([10, 10, 3]))).toBeCloseTo(33.333, 3);
  });

  it('refuses scores outside 0–10 or not whole, and negative counts', () => {
    for (const bad of [-1, 11, 7.5, Number.NaN]) expect(() => npsCounts([bad])).toThrow(RangeError);
    expect(() => npsCountsOfDistribution({ 11: 1 })).toThrow(RangeError);
    expect(() => npsScore({ promoters: -1, passives: 2, detractors: 0 })).toThrow(RangeError);
    expect(() => npsScore({ promoters: 0, passives: 0, detractors: 0 })).toThrow(/no answers/);
  });
});

describe('NPS worked example of STATS.md (P 50, A 30, D 20)', () => {
  it('plain NPS 30.00, V and the plain standard error', () => {
    expect(npsScore(EXAMPLE)).toBeCloseTo(30.0, 2);
    expect(npsVariance(EXAMPLE)).toBeCloseTo(0.61, 10);
    expect(npsStandardError(EXAMPLE)).toBeCloseTo(7.8102, 4);
  });

  it('adjusted Wald: n′ 103, p′ 0.49272, d′ 0.20146, NPS′ 29.126, SE 7.692, 95 % CI [14.05, 44.20]', () => {
    const adjusted = adjustNps(EXAMPLE);
    expect(adjusted.adjustedN).toBe(103);
    expect(adjusted.promoterShare).toBeCloseTo(0.49272, 5);
    expect(adjusted.detractorShare).toBeCloseTo(0.20146, 5);
    expect(adjusted.score).toBeCloseTo(29.126, 3);
    expect(adjusted.standardError).toBeCloseTo(7.692, 3);
    const estimate = estimateNps(EXAMPLE);
    expect(estimate.score).toBeCloseTo(30, 10);
    expect(estimate.n).toBe(100);
    expect(estimate.ci.low).toBeCloseTo(14.05, 2);
    expect(estimate.ci.high).toBeCloseTo(44.2, 2);
  });

  it('the finite-population correction narrows the interval when the answers are most of the customer base', () => {
    const whole = estimateNps(EXAMPLE);
    const ofFew = estimateNps(EXAMPLE, { population: 125 });
    expect(ofFew.standardError).toBeCloseTo(whole.standardError * Math.sqrt(25 / 124), 10);
    expect(estimateNps(EXAMPLE, { population: 1e9 }).standardError).toBeCloseTo(whole.standardError, 6);
    expect(() => estimateNps(EXAMPLE, { population: 99 })).toThrow(RangeError);
  });
});

describe('the adjusted-Wald interval', () => {
  it('covers the true NPS about 95 % of the time from 10 answers on, where the plain Wald interval does not', () => {
    const plainWald = (c: NpsCounts) => {
      const score = npsScore(c);
      const half = 1.959964 * npsStandardError(c);
      return { low: score - half, high: score + half };
    };
    for (const truth of [
      { p: 0.5, a: 0.3, d: 0.2 },
      { p: 0.8, a: 0.15, d: 0.05 },
      { p: 0.1, a: 0.1, d: 0.8 },
    ]) {
      for (const n of [10, 20, 50])
        expect(exactCoverage(truth, n, (c) => estimateNps(c).ci)).toBeGreaterThan(0.94);
    }
    expect(exactCoverage({ p: 0.1, a: 0.1, d: 0.8 }, 10, plainWald)).toBeLessThan(0.8);
  });

  it('stays within ±100 and is not zero-width when every answer is a promoter', () => {
    const { ci, score } = estimateNps({ promoters: 12, passives: 0, detractors: 0 });
    expect(score).toBe(100);
    expect(ci.high).toBe(100);
    expect(ci.low).toBeGreaterThan(50);
    expect(ci.low).toBeLessThan(90);
  });

  it('is stretched to the plain score for a single answer, where the adjustment alone would miss it', () => {
    const one = estimateNps({ promoters: 1, passives: 0, detractors: 0 });
    expect(one.adjusted.score + 1.959964 * one.adjusted.standardError).toBeLessThan(100);
    expect(one.ci.high).toBe(100);
  });

  it('property: contains the plain score and stays within [−100, 100]', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const { ci, score } = estimateNps(c);
        expect(ci.low).toBeGreaterThanOrEqual(-100);
        expect(ci.high).toBeLessThanOrEqual(100);
        expect(ci.low).toBeLessThanOrEqual(score);
        expect(score).toBeLessThanOrEqual(ci.high);
      }),
    );
  });

  it('property: narrows when every count is scaled by k > 1', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 2, max: 50 }), (c, k) => {
        const scaled = { promoters: k * c.promoters, passives: k * c.passives, detractors: k * c.detractors };
        expect(width(scaled)).toBeLessThan(width(c));
      }),
    );
  });

  it('property: a higher confidence gives a wider interval', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const at90 = estimateNps(c, { confidence: 0.9 }).ci;
        const at99 = estimateNps(c, { confidence: 0.99 }).ci;
        expect(at99.high - at99.low).toBeGreaterThanOrEqual(at90.high - at90.low);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { npsCounts, npsScore } from './nps.js';
import { ageDecayWeight, kishEffectiveSampleSize, weightedNps } from './weighted-nps.js';

const answers = fc.array(
  fc.record({
    score: fc.integer({ min: 0, max: 10 }),
    weight: fc.double({ min: 0.01, max: 1000, noNaN: true }),
  }),
  { minLength: 2, maxLength: 200 },
);

describe('weightedNps', () => {
  it('computes NPS_w = Σws/Σw with the linearised variance n/(n−1)·Σw²(s − NPS_w)²/(Σw)²', () => {
    // s = +1 (w 2), −1 (w 1), 0 (w 1): NPS_w = 1/4; Σw²(s − ¼)² = 3.875; SE = √(1.5·3.875/16).
    const result = weightedNps([
      { score: 10, weight: 2 },
      { score: 0, weight: 1 },
      { score: 8, weight: 1 },
    ]);
    expect(result.score).toBeCloseTo(25, 12);
    expect(result.standardError).toBeCloseTo(100 * Math.sqrt((1.5 * 3.875) / 16), 10);
    expect(result.effectiveN).toBeCloseTo(16 / 6, 12);
    expect(result.n).toBe(3);
  });

  it('lets a large account move the score: one detractor carrying most revenue', () => {
    const result = weightedNps([
      ...Array.from({ length: 9 }, () => ({ score: 10, weight: 1 })),
      { score: 2, weight: 91 },
    ]);
    expect(result.score).toBeCloseTo(-82, 10);
    expect(result.effectiveN).toBeLessThan(1.25);
  });

  it('with equal weights equals the plain NPS, and n_eff equals n', () => {
    const scores = [10, 9, 9, 7, 8, 3, 0, 10, 6];
    const result = weightedNps(scores.map((score) => ({ score, weight: 3 })));
    expect(result.score).toBeCloseTo(npsScore(npsCounts(scores)), 12);
    expect(result.effectiveN).toBeCloseTo(scores.length, 12);
  });

  it('ignores zero weights, and has no interval for a single weighted answer', () => {
    const result = weightedNps([
      { score: 10, weight: 1 },
      { score: 0, weight: 0 },
    ]);
    expect(result).toMatchObject({ n: 1, score: 100, standardError: null, ci: null });
  });

  it('refuses negative or non-finite weights and no positive weight', () => {
    expect(() => weightedNps([{ score: 10, weight: -1 }])).toThrow(RangeError);
    expect(() => weightedNps([{ score: 10, weight: Number.POSITIVE_INFINITY }])).toThrow(RangeError);
    expect(() => weightedNps([{ score: 10, weight: 0 }])).toThrow(RangeError);
  });

  it('property: the interval contains the score and stays within [−100, 100]; rescaling all weights changes nothing', () => {
    fc.assert(
      fc.property(answers, fc.double({ min: 0.1, max: 100, noNaN: true }), (list, factor) => {
        const result = weightedNps(list);
        const ci = result.ci ?? { low: Number.NaN, high: Number.NaN };
        expect(ci.low).toBeGreaterThanOrEqual(-100);
        expect(ci.high).toBeLessThanOrEqual(100);
        expect(ci.low).toBeLessThanOrEqual(result.score + 1e-9);
        expect(result.score).toBeLessThanOrEqual(ci.high + 1e-9);
        expect(result.effectiveN).toBeLessThanOrEqual(result.n + 1e-9);
        const rescaled = weightedNps(list.map((a) => ({ ...a, weight: a.weight * factor })));
        expect(rescaled.score).toBeCloseTo(result.score, 8);
        expect(rescaled.standardError).toBeCloseTo(result.standardError as number, 8);
      }),
    );
  });
});

describe('kishEffectiveSampleSize and ageDecayWeight', () => {
  it('n_eff = (Σw)²/Σw²', () => {
    expect(kishEffectiveSampleSize([1, 1, 1, 1])).toBe(4);
    expect(kishEffectiveSampleSize([1, 0.5, 0.25])).toBeCloseTo(1.75 ** 2 / 1.3125, 12);
    expect(() => kishEffectiveSampleSize([0, 0])).toThrow(RangeError);
  });

  it('w = 2^(−age/half-life): half at one half-life, a quarter at two, 1 for new or clock-skewed answers', () => {
    expect(ageDecayWeight(30, 30)).toBeCloseTo(0.5, 15);
    expect(ageDecayWeight(60, 30)).toBeCloseTo(0.25, 15);
    expect(ageDecayWeight(0, 30)).toBe(1);
    expect(ageDecayWeight(-0.01, 30)).toBe(1);
    expect(() => ageDecayWeight(3, 0)).toThrow(RangeError);
    expect(() => ageDecayWeight(Number.NaN, 30)).toThrow(RangeError);
  });
});

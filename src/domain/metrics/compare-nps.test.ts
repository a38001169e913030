import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessNpsDrop, compareNps } from './compare-nps.js';
import { mulberry32, type RandomSource } from './mulberry32.js';
import { type NpsCounts } from './nps.js';

const counts = (promoters: number, passives: number, detractors: number): NpsCounts => ({
  promoters,
  passives,
  detractors,
});
const scale = (c: NpsCounts, k: number): NpsCounts =>
  counts(c.promoters * k, c.passives * k, c.detractors * k);

const Q1 = counts(100, 60, 40);
const Q2 = counts(72, 54, 54);

/** n answers drawn from a true mix of 50 % promoters, 30 % passives, 20 % detractors (NPS 30, V 0.61). */
function drawQuarter(random: RandomSource, n: number): NpsCounts {
  let promoters = 0;
  let passives = 0;
  for (let i = 0; i < n; i++) {
    const u = random();
    if (u < 0.5) promoters++;
    else if (u < 0.8) passives++;
  }
  return counts(promoters, passives, n - promoters - passives);
}

describe('compareNps: the Q1/Q2 worked example of STATS.md', () => {
  it('NPS′ 29.557 vs 9.836, Δ −19.72, SE_Δ 8.221, z −2.399, p 0.0164, CI [−35.83, −3.61]', () => {
    const result = compareNps(Q1, Q2);
    expect(result.before.score).toBeCloseTo(30, 10);
    expect(result.after.score).toBeCloseTo(10, 10);
    expect(result.before.adjusted.score).toBeCloseTo(29.557, 3);
    expect(result.after.adjusted.score).toBeCloseTo(9.836, 3);
    expect(result.difference).toBeCloseTo(-19.72, 2);
    expect(result.observedDifference).toBeCloseTo(-20, 10);
    expect(result.standardError).toBeCloseTo(8.221, 3);
    expect(result.z).toBeCloseTo(-2.399, 3);
    expect(result.pValue).toBeCloseTo(0.0164, 4);
    expect(result.ci.low).toBeCloseTo(-35.83, 2);
    expect(result.ci.high).toBeCloseTo(-3.61, 2);
  });

  it('is antisymmetric: swapping the periods flips Δ, z and the interval and keeps p', () => {
    const forward = compareNps(Q1, Q2);
    const backward = compareNps(Q2, Q1);
    expect(backward.difference).toBeCloseTo(-forward.difference, 12);
    expect(backward.pValue).toBeCloseTo(forward.pValue, 12);
    expect(backward.ci.low).toBeCloseTo(-forward.ci.high, 12);
  });

  it('property: p is in [0, 1], the CI contains Δ, and p < 0.05 exactly when the 95 % CI excludes 0', () => {
    const group = fc
      .tuple(fc.nat({ max: 500 }), fc.nat({ max: 500 }), fc.nat({ max: 500 }))
      .filter(([p, a, d]) => p + a + d > 0);
    fc.assert(
      fc.property(group, group, ([p1, a1, d1], [p2, a2, d2]) => {
        const result = compareNps(counts(p1, a1, d1), counts(p2, a2, d2));
        expect(result.pValue).toBeGreaterThanOrEqual(0);
        expect(result.pValue).toBeLessThanOrEqual(1);
        expect(result.ci.low).toBeLessThanOrEqual(result.difference);
        expect(result.difference).toBeLessThanOrEqual(result.ci.high);
        if (Math.abs(result.pValue - 0.05) > 1e-9)
          expect(result.pValue < 0.05).toBe(result.ci.low > 0 || result.ci.high < 0);
      }),
    );
  });
});

describe('assessNpsDrop: the three drop states', () => {
  it('the worked example is a material drop (the audit fires) but not a confirmed drop of more than 10', () => {
    const result = assessNpsDrop(Q1, Q2);
    expect(result).toMatchObject({
      verdict: 'material-drop',
      significant: true,
      material: true,
      confirmed: false,
      answersNeededPerPeriod: null,
    });
  });

  it('with ten times the answers the same drop is confirmed to exceed 10 points', () => {
    const result = assessNpsDrop(scale(Q1, 10), scale(Q2, 10));
    expect(result).toMatchObject({
      verdict: 'confirmed-drop',
      significant: true,
      material: true,
      confirmed: true,
    });
  });

  it('a 10-point drop at 100 answers cannot be told from noise, and says how many answers would tell', () => {
    const result = assessNpsDrop(counts(50, 30, 20), counts(45, 30, 25));
    expect(result.comparison.observedDifference).toBeCloseTo(-10, 10);
    expect(result).toMatchObject({
      verdict: 'cannot-tell',
      significant: false,
      material: false,
      confirmed: false,
    });
    // (z₀.₉₅ + z₀.₈)²·(V′₁ + V′₂)/0.1², one-sided as the test is.
    expect(result.answersNeededPerPeriod).toBe(783);
  });

  it('a small drop on a large sample is significant but not material, and a 10-point drop is ruled out', () => {
    const result = assessNpsDrop(counts(5000, 3000, 2000), counts(4750, 3000, 2250));
    expect(result).toMatchObject({
      verdict: 'significant-drop',
      significant: true,
      material: false,
      answersNeededPerPeriod: null,
    });
  });

  it('no change on a large sample rules out a material drop; a rise is never a drop', () => {
    expect(assessNpsDrop(counts(1000, 600, 400), counts(1000, 600, 400)).verdict).toBe('no-material-drop');
    expect(assessNpsDrop(Q2, Q1)).toMatchObject({
      verdict: 'no-material-drop',
      significant: false,
      material: false,
    });
  });

  it('honours another threshold and refuses a threshold that is not positive', () => {
    expect(assessNpsDrop(Q1, Q2, { threshold: 25 }).verdict).toBe('significant-drop');
    expect(() => assessNpsDrop(Q1, Q2, { threshold: 0 })).toThrow(RangeError);
  });

  it('seeded simulation at 100 answers per quarter with no real change: a naive "drop > 10" fires about 18 % of the time, the material state at most 5 %', () => {
    const random = mulberry32(1);
    const trials = 20_000;
    let naive = 0;
    let material = 0;
    let significant = 0;
    for (let i = 0; i < trials; i++) {
      const before = drawQuarter(random, 100);
      const after = drawQuarter(random, 100);
      const result = assessNpsDrop(before, after);
      if (result.comparison.observedDifference < -10) naive++;
      if (result.material) material++;
      if (result.significant) significant++;
    }
    // Exactly 17.1 % by enumeration (the normal approximation gives 18.3 %).
    expect(naive / trials).toBeGreaterThan(0.16);
    expect(naive / trials).toBeLessThan(0.19);
    expect(significant / trials).toBeLessThan(0.06);
    expect(material / trials).toBeLessThan(0.06);
  });
});

import { describe, expect, it } from 'vitest';
import { CES_SCALE_VERSION } from '../../shared/contracts/survey-model.js';
import { cesSummary, cesSummaryOfDistribution, MixedCesScalesError, singleCesScaleVersion } from './ces.js';

describe('CES summary (CES 2.0, 1–7)', () => {
  it('reports % agree (5–7) with a Wilson interval, and the mean with its t-interval', () => {
    const result = cesSummaryOfDistribution(1, { 7: 20, 6: 25, 5: 15, 4: 10, 3: 10, 2: 10, 1: 10 });
    expect(result.n).toBe(100);
    expect(result.agree.percent).toBeCloseTo(60, 10);
    expect(result.agree.low).toBeCloseTo(50.2, 1);
    expect(result.agree.high).toBeCloseTo(69.06, 2);
    expect(result.mean.mean).toBeCloseTo(4.65, 10);
    expect(result.mean.sd).toBeCloseTo(1.99178, 5);
    expect(result.mean.ci?.low).toBeCloseTo(4.2548, 4);
    expect(result.mean.ci?.high).toBeCloseTo(5.0452, 4);
  });

  it('the current survey-model scale version is registered', () => {
    expect(cesSummary([{ score: 6, scaleVersion: CES_SCALE_VERSION }]).agree.percent).toBe(100);
  });

  it('refuses to mix scale versions, naming them', () => {
    const mixed = [
      { score: 6, scaleVersion: 1 },
      { score: 4, scaleVersion: 2 },
    ];
    expect(() => cesSummary(mixed)).toThrow(MixedCesScalesError);
    expect(() => cesSummary(mixed)).toThrow(/scale versions \(1, 2\)/);
    expect(() => singleCesScaleVersion([1, 1, 3])).toThrow(MixedCesScalesError);
    expect(singleCesScaleVersion([1, 1, 1])).toBe(1);
  });

  it('refuses unknown versions, scores outside the scale and no answers', () => {
    expect(() => cesSummaryOfDistribution(99, { 5: 1 })).toThrow(/unknown CES scale version 99/);
    expect(() => cesSummaryOfDistribution(1, { 8: 1 })).toThrow(RangeError);
    expect(() => cesSummary([])).toThrow(RangeError);
  });
});

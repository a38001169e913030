import { describe, expect, it } from 'vitest';
import { type NpsCounts } from './nps.js';
import { MIN_THEME_MENTIONS, themeImpact } from './theme-impact.js';

const counts = (promoters: number, passives: number, detractors: number): NpsCounts => ({
  promoters,
  passives,
  detractors,
});

describe('themeImpact', () => {
  // 30 answers mention "delivery late" (5/5/20, NPS −50); 120 do not (60/30/30, NPS 25); all: NPS 10.
  const result = themeImpact(counts(5, 5, 20), counts(60, 30, 30));

  it('impact = NPS(all) − NPS(rest) = (n_T/n)·(NPS_T − NPS_rest), with SE (n_T/n)·√(V_T/n_T + V_R/n_R)', () => {
    expect(result.npsWith).toBeCloseTo(-50, 10);
    expect(result.npsWithout).toBeCloseTo(25, 10);
    expect(result.impact).toBeCloseTo(10 - 25, 10);
    expect(result.standardError).toBeCloseTo(20 * Math.sqrt(0.583333333333 / 30 + 0.6875 / 120), 8);
    expect(result.ci.high).toBeLessThan(0);
    expect(result.hidden).toBe(false);
  });

  it('detractor odds ratio (20/10)/(30/90) = 6 with log-OR SE √(1/20 + 1/10 + 1/30 + 1/90)', () => {
    expect(result.detractorOddsRatio.value).toBeCloseTo(6, 10);
    expect(result.detractorOddsRatio.logStandardError).toBeCloseTo(
      Math.sqrt(1 / 20 + 1 / 10 + 1 / 30 + 1 / 90),
      12,
    );
    expect(result.detractorOddsRatio.ci.low).toBeCloseTo(6 * Math.exp(-1.959964 * 0.440959), 3);
    expect(result.detractorOddsRatio.corrected).toBe(false);
  });

  it('adds 0.5 to every cell when one is 0 (Haldane), so the odds ratio stays finite', () => {
    const onlyDetractors = themeImpact(counts(0, 0, 12), counts(60, 30, 30));
    expect(onlyDetractors.detractorOddsRatio.corrected).toBe(true);
    expect(onlyDetractors.detractorOddsRatio.value).toBeCloseTo(12.5 / 0.5 / (30.5 / 90.5), 10);
    expect(Number.isFinite(onlyDetractors.detractorOddsRatio.ci.high)).toBe(true);
  });

  it(`hides themes with fewer than ${MIN_THEME_MENTIONS} mentions`, () => {
    expect(themeImpact(counts(1, 2, 6), counts(60, 30, 30)).hidden).toBe(true);
    expect(themeImpact(counts(1, 3, 6), counts(60, 30, 30)).hidden).toBe(false);
  });

  it('refuses a theme with no mentions or mentioned by everyone', () => {
    expect(() => themeImpact(counts(0, 0, 0), counts(5, 5, 5))).toThrow(RangeError);
    expect(() => themeImpact(counts(5, 5, 5), counts(0, 0, 0))).toThrow(RangeError);
  });
});

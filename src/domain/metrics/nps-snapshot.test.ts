import { describe, expect, it } from 'vitest';
import { npsSnapshot } from './nps-snapshot.js';

describe('npsSnapshot', () => {
  it("gives STATS.md's worked example (P 50, A 30, D 20) with each category's Wilson interval", () => {
    const s = npsSnapshot({ promoters: 50, passives: 30, detractors: 20 });
    expect(s.n).toBe(100);
    expect(s.nps?.score).toBeCloseTo(30, 10);
    expect(s.nps?.low).toBeCloseTo(14.05, 2);
    expect(s.nps?.high).toBeCloseTo(44.2, 2);
    // Wilson 95 %: 50/100 → [40.383, 59.617], 30/100 → [21.895, 39.585], 20/100 → [13.337, 28.883].
    expect([s.promoters?.percent, s.promoters?.low, s.promoters?.high].map((v) => v?.toFixed(3))).toEqual([
      '50.000',
      '40.383',
      '59.617',
    ]);
    expect([s.passives?.percent, s.passives?.low, s.passives?.high].map((v) => v?.toFixed(3))).toEqual([
      '30.000',
      '21.895',
      '39.585',
    ]);
    expect([s.detractors?.percent, s.detractors?.low, s.detractors?.high].map((v) => v?.toFixed(3))).toEqual([
      '20.000',
      '13.337',
      '28.883',
    ]);
  });

  it('has no shares and no NPS without respondents', () => {
    expect(npsSnapshot({ promoters: 0, passives: 0, detractors: 0 })).toEqual({
      n: 0,
      promoters: null,
      passives: null,
      detractors: null,
      nps: null,
    });
  });
});

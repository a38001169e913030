import { describe, expect, it } from 'vitest';
import { type CustomerOutcome, type LoyaltyCategory, loyaltyEconomics } from './loyalty-economics.js';
import { mulberry32 } from './mulberry32.js';

/** n customers of a category: `retained` and `repurchased` of them, CLV spread around `clv`. */
function cohort(
  category: LoyaltyCategory,
  n: number,
  retained: number,
  repurchased: number,
  clv: number,
  seed: number,
): CustomerOutcome[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => ({
    category,
    retained12m: i < retained,
    repurchased: i < repurchased,
    revenue: clv / 4,
    clv: clv * (0.5 + random()),
  }));
}

const CUSTOMERS = [
  ...cohort('promoter', 200, 170, 160, 4000, 1),
  ...cohort('passive', 100, 60, 12, 2000, 2),
  ...cohort('detractor', 100, 40, 10, 1000, 3),
];

describe('loyaltyEconomics', () => {
  const result = loyaltyEconomics(CUSTOMERS, { seed: 7 });
  const of = (category: LoyaltyCategory) => result.categories.find((c) => c.category === category);

  it('reports customers, retention and repurchase with Wilson intervals, revenue and its share, per category', () => {
    expect(result.interpretation).toBe('association');
    expect(result.categories.map((c) => c.category)).toEqual([
      'promoter',
      'passive',
      'detractor',
      'non-respondent',
    ]);
    expect(of('promoter')).toMatchObject({ customers: 200, isThin: false, revenue: 200_000 });
    expect(of('promoter')?.retention?.percent).toBeCloseTo(85, 10);
    expect(of('passive')?.repurchase?.percent).toBeCloseTo(12, 10);
    expect(of('passive')?.repurchase?.low).toBeCloseTo(7.0, 1);
    expect(of('detractor')?.revenueShare).toBeCloseTo((100 * 25_000) / 275_000, 10);
  });

  it('has no shares or CLV for an empty category, rather than 0 %', () => {
    expect(of('non-respondent')).toMatchObject({
      customers: 0,
      isThin: true,
      retention: null,
      repurchase: null,
      clv: null,
      revenue: 0,
    });
  });

  it('gives the mean CLV with a bootstrap interval, and the promoter/detractor CLV ratio with its interval', () => {
    const promoterClv = of('promoter')?.clv;
    const promoterValues = CUSTOMERS.filter((c) => c.category === 'promoter').map((c) => c.clv);
    expect(promoterClv?.estimate).toBeCloseTo(promoterValues.reduce((s, v) => s + v, 0) / 200, 8);
    expect(promoterClv?.low).toBeLessThan(promoterClv?.estimate as number);
    expect(promoterClv?.high).toBeGreaterThan(promoterClv?.estimate as number);
    const ratio = result.promoterDetractorClvRatio;
    expect(ratio?.estimate).toBeGreaterThan(3.6);
    expect(ratio?.estimate).toBeLessThan(4.4);
    expect(ratio?.low).toBeGreaterThan(3);
    expect(ratio?.high).toBeLessThan(5);
  });

  it('is deterministic for a seed, and other categories do not move a category’s interval', () => {
    expect(loyaltyEconomics(CUSTOMERS, { seed: 7 })).toEqual(result);
    const withNonRespondents = loyaltyEconomics(
      [...CUSTOMERS, ...cohort('non-respondent', 50, 20, 5, 1500, 4)],
      { seed: 7 },
    );
    expect(withNonRespondents.categories[0]?.clv).toEqual(of('promoter')?.clv);
    expect(loyaltyEconomics(CUSTOMERS, { seed: 8 }).categories[0]?.clv).not.toEqual(of('promoter')?.clv);
  });

  it('has no ratio without detractors or with a detractor CLV of 0', () => {
    expect(loyaltyEconomics(cohort('promoter', 5, 5, 5, 100, 1)).promoterDetractorClvRatio).toBeNull();
    expect(
      loyaltyEconomics([...cohort('promoter', 5, 5, 5, 100, 1), ...cohort('detractor', 3, 0, 0, 0, 2)])
        .promoterDetractorClvRatio,
    ).toBeNull();
  });

  it('refuses non-finite money', () => {
    expect(() =>
      loyaltyEconomics([
        { category: 'promoter', retained12m: true, repurchased: true, revenue: Number.NaN, clv: 1 },
      ]),
    ).toThrow(RangeError);
  });
});

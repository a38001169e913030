import { type NpsCategory } from '../../shared/contracts/survey-model.js';
import { bootstrapGroupsInterval, bootstrapInterval, type BootstrapInterval, mean } from './bootstrap.js';
import { mulberry32 } from './mulberry32.js';
import { asPercent, type PercentEstimate, wilsonInterval } from './wilson.js';

/** The NPS category at survey time, or no answer at all. */
export type LoyaltyCategory = NpsCategory | 'non-respondent';

export const LOYALTY_CATEGORIES: readonly LoyaltyCategory[] = [
  'promoter',
  'passive',
  'detractor',
  'non-respondent',
];

/** One customer: category at survey time and what happened in the following 12 months. */
export interface CustomerOutcome {
  readonly category: LoyaltyCategory;
  readonly retained12m: boolean;
  readonly repurchased: boolean;
  readonly revenue: number;
  readonly clv: number;
}

export interface CategoryEconomics {
  readonly category: LoyaltyCategory;
  readonly customers: number;
  /** Fewer than 30 customers: show, but do not lean on it. */
  readonly isThin: boolean;
  /** 12-month retention in percent with a Wilson interval; null without customers. */
  readonly retention: PercentEstimate | null;
  readonly repurchase: PercentEstimate | null;
  readonly revenue: number;
  /** This category's share of all revenue, in percent (e.g. the revenue held by detractors); null when total revenue is 0. */
  readonly revenueShare: number | null;
  /** Mean CLV with a bootstrap percentile interval; null without customers. */
  readonly clv: BootstrapInterval | null;
}

export interface LoyaltyEconomics {
  /** Always "association": who promotes also tends to stay, which is not proof that promoting makes them stay. */
  readonly interpretation: 'association';
  readonly categories: readonly CategoryEconomics[];
  /** Mean promoter CLV ÷ mean detractor CLV with a two-group bootstrap interval; null without both groups or with a detractor mean ≤ 0. */
  readonly promoterDetractorClvRatio: BootstrapInterval | null;
}

export interface LoyaltyOptions {
  /** Seeds the bootstrap: the same data and seed always give the same intervals. */
  readonly seed?: number;
  readonly resamples?: number;
  readonly confidence?: number;
}

/** Separate streams per purpose, so adding non-respondents does not move the promoters' interval. */
function streamSeed(seed: number, index: number): number {
  return (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
}

/**
 * The company's own loyalty economics per NPS category, to set beside the published claims
 * (Reichheld, HBR 2003; Bain's 3–8× promoter/detractor lifetime value). Associations only.
 * @throws RangeError for a non-finite revenue or CLV.
 */
export function loyaltyEconomics(
  customers: readonly CustomerOutcome[],
  options: LoyaltyOptions = {},
): LoyaltyEconomics {
  const seed = options.seed ?? 1;
  const confidence = options.confidence ?? 0.95;
  const bootstrap = (index: number) => ({
    random: mulberry32(streamSeed(seed, index)),
    confidence,
    ...(options.resamples === undefined ? {} : { resamples: options.resamples }),
  });
  const byCategory = new Map<LoyaltyCategory, CustomerOutcome[]>(
    LOYALTY_CATEGORIES.map((category) => [category, []]),
  );
  for (const customer of customers) {
    if (!Number.isFinite(customer.revenue) || !Number.isFinite(customer.clv))
      throw new RangeError('revenue and CLV must be finite numbers');
    const group = byCategory.get(customer.category);
    if (!group) throw new RangeError(`unknown category ${String(customer.category)}`);
    group.push(customer);
  }
  const totalRevenue = customers.reduce((sum, customer) => sum + customer.revenue, 0);
  const clvOf = (category: LoyaltyCategory): number[] =>
    (byCategory.get(category) ?? []).map((customer) => customer.clv);

  const categories = LOYALTY_CATEGORIES.map((category, index): CategoryEconomics => {
    const group = byCategory.get(category) ?? [];
    const n = group.length;
    const revenue = group.reduce((sum, customer) => sum + customer.revenue, 0);
    const share = (count: number) => (n === 0 ? null : asPercent(wilsonInterval(count, n, confidence)));
    return {
      category,
      customers: n,
      isThin: n < 30,
      retention: share(group.filter((customer) => customer.retained12m).length),
      repurchase: share(group.filter((customer) => customer.repurchased).length),
      revenue,
      revenueShare: totalRevenue === 0 ? null : (100 * revenue) / totalRevenue,
      clv: n === 0 ? null : bootstrapInterval(clvOf(category), mean, bootstrap(index)),
    };
  });

  const promoters = clvOf('promoter');
  const detractors = clvOf('detractor');
  const ratioDefined = promoters.length > 0 && detractors.length > 0 && mean(detractors) > 0;
  const promoterDetractorClvRatio = ratioDefined
    ? bootstrapGroupsInterval(
        [promoters, detractors],
        ([p, d]) => mean(p as number[]) / mean(d as number[]),
        bootstrap(LOYALTY_CATEGORIES.length),
      )
    : null;
  return { interpretation: 'association', categories, promoterDetractorClvRatio };
}

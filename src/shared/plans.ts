/**
 * The plan table: ids and monthly quotas. Shared so the dashboard can show the limits it
 * offers; the quota arithmetic lives in domain/plans. Starter's 50 survey sends a month is the
 * free plan the source names; the larger plans are ours. `null` means no limit.
 */
export const PLAN_IDS = ['starter', 'growth', 'business', 'selfhosted'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

export interface Plan {
  id: PlanId;
  monthlySurveySends: number | null;
}

export const PLANS = {
  starter: { id: 'starter', monthlySurveySends: 50 },
  growth: { id: 'growth', monthlySurveySends: 5_000 },
  business: { id: 'business', monthlySurveySends: 50_000 },
  selfhosted: { id: 'selfhosted', monthlySurveySends: null },
} as const satisfies Record<PlanId, Plan>;

export const DEFAULT_PLAN: PlanId = 'starter';

export function isPlanId(value: string): value is PlanId {
  return (PLAN_IDS as readonly string[]).includes(value);
}

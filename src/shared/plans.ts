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

/**
 * A self-hosted installation sends without a monthly limit: the quota is for operators who run
 * Resonance for others and name another plan in DEFAULT_PLAN (server config). Organizations get
 * their plan when they are created; this is only the fallback for a plan id that is unknown.
 */
export const SELF_HOSTED_PLAN: PlanId = 'selfhosted';
export const DEFAULT_PLAN: PlanId = SELF_HOSTED_PLAN;

export function isPlanId(value: string): value is PlanId {
  return (PLAN_IDS as readonly string[]).includes(value);
}

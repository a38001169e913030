/**
 * Plans and their monthly quotas. Starter's 50 survey sends a month is the free plan the
 * source names; the larger plans are ours. `null` means no limit.
 */
export const PLANS = {
  starter: { id: 'starter', monthlySurveySends: 50 },
  growth: { id: 'growth', monthlySurveySends: 5_000 },
  business: { id: 'business', monthlySurveySends: 50_000 },
  selfhosted: { id: 'selfhosted', monthlySurveySends: null },
} as const;

export type PlanId = keyof typeof PLANS;
export const PLAN_IDS = Object.keys(PLANS) as PlanId[];
export const DEFAULT_PLAN: PlanId = 'starter';

export const USAGE_METRICS = ['survey.sends'] as const;
export type UsageMetric = (typeof USAGE_METRICS)[number];

export function isPlanId(value: string): value is PlanId {
  return value in PLANS;
}

/** Quota months are calendar months in UTC, written `YYYY-MM`. */
export function usagePeriod(now: Date): string {
  return now.toISOString().slice(0, 7);
}

/** The first instant of the next quota month, when held sends go out and counters restart. */
export function nextPeriodStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
}

export interface QuotaStatus {
  used: number;
  limit: number | null;
  remaining: number | null;
  /** 0..1 share of the quota used; null without a limit. */
  share: number | null;
}

export function quotaStatus(planId: PlanId, used: number): QuotaStatus {
  const limit = PLANS[planId].monthlySurveySends;
  if (limit === null) return { used, limit, remaining: null, share: null };
  return { used, limit, remaining: Math.max(0, limit - used), share: Math.min(1, used / limit) };
}

/** Whether `count` more sends fit into this month's quota. */
export function canConsume(planId: PlanId, used: number, count: number): boolean {
  const limit = PLANS[planId].monthlySurveySends;
  return limit === null || used + count <= limit;
}

import { PLANS, type PlanId } from '../../shared/plans.js';

/** The plan table itself is shared (the dashboard shows the limits); this file does the quota arithmetic. */
export { DEFAULT_PLAN, isPlanId, PLAN_IDS, PLANS, type PlanId } from '../../shared/plans.js';

export const USAGE_METRICS = ['survey.sends'] as const;
export type UsageMetric = (typeof USAGE_METRICS)[number];

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

import {
  DEFAULT_PLAN,
  isPlanId,
  nextPeriodStart,
  PLANS,
  quotaStatus,
  usagePeriod,
  type PlanId,
  type UsageMetric,
} from '../../../domain/plans/plans.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../common/app-error.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import { addUsage, readUsage } from './usage.repo.js';

export interface UsageDeps {
  db: Db;
  now: () => Date;
}

async function planOf(db: Db, organizationId: string): Promise<PlanId> {
  const org = await findOrganization(db, organizationId);
  const id = org?.planId ?? DEFAULT_PLAN;
  return isPlanId(id) ? id : DEFAULT_PLAN;
}

export async function getUsage(deps: UsageDeps, organizationId: string) {
  const now = deps.now();
  const planId = await planOf(deps.db, organizationId);
  const period = usagePeriod(now);
  const used = await readUsage(deps.db, organizationId, period, 'survey.sends');
  return {
    planId,
    period,
    resetsAt: nextPeriodStart(now).toISOString(),
    surveySends: quotaStatus(planId, used),
  };
}

/**
 * Counts `count` units against this month's quota, or refuses with QUOTA_EXCEEDED and leaves
 * the counter untouched. Sending (issue 4) calls this before any mail is written.
 */
export async function consumeQuota(
  deps: UsageDeps,
  organizationId: string,
  metric: UsageMetric,
  count: number,
) {
  const now = deps.now();
  const planId = await planOf(deps.db, organizationId);
  const period = usagePeriod(now);
  const limit = PLANS[planId].monthlySurveySends;
  const total = await addUsage(deps.db, organizationId, period, metric, count, limit);
  if (total === null) {
    const used = await readUsage(deps.db, organizationId, period, metric);
    throw new AppError(
      'QUOTA_EXCEEDED',
      `The ${planId} plan allows ${limit} survey sends per month; ${used} used, ${count} more requested`,
      [{ field: 'count', message: `exceeds the remaining ${Math.max(0, (limit ?? 0) - used)}` }],
    );
  }
  return total;
}

import { isPlanId, PLAN_IDS, PLANS } from '../../shared/plans.js';
import { findOrganizationBySlug } from '../features/organizations/organizations.repo.js';
import { changePlan, getOrganization } from '../features/organizations/organizations.service.js';
import { CliError } from './cli-error.js';
import type { Command } from './command.js';
import { requireFlag } from './parse-flags.js';

/**
 * Plans set an organization's send quota, so they are the operator's to set: here, at the
 * server's terminal. The API refuses every organization member (PLAN_SET_BY_OPERATOR).
 */
export const orgPlanCommand: Command = {
  words: ['org', 'plan'],
  usage: `org plan --org SLUG --plan ${PLAN_IDS.join('|')}`,
  summary: 'Put an organization on a plan (sets its monthly send limit)',
  flags: ['org', 'plan'],
  prepare(flags) {
    const slug = requireFlag(flags, 'org');
    const planId = requireFlag(flags, 'plan');
    if (!isPlanId(planId)) throw new CliError(`--plan "${planId}" must be one of ${PLAN_IDS.join(', ')}`);
    return async ({ deps, print }) => {
      const org = await findOrganizationBySlug(deps.db, slug);
      if (!org) throw new CliError(`--org: no organization with slug "${slug}"`);
      const before = await getOrganization(deps, org.id);
      const after = await changePlan(deps, org.id, planId);
      const limit = PLANS[planId].monthlySurveySends;
      const plan = planId.charAt(0).toUpperCase() + planId.slice(1);
      print(
        `${org.name} (${slug}) is now on the ${plan} plan: ${limit === null ? 'no limit on survey sends' : `${limit.toLocaleString('en')} survey sends a month`}.`,
      );
      return {
        organization: slug,
        planId: after.planId,
        previousPlanId: before.planId,
        monthlySurveySends: limit,
      };
    };
  },
};

import i18next from 'i18next';
import { isPlanId, PLANS } from '../../shared/plans.js';
import { formatNumber } from '../lib/format.js';

/** The display name of a plan id; unknown ids are shown as they are. */
export function planName(planId: string): string {
  return isPlanId(planId) ? i18next.t(`plan.names.${planId}`) : planId;
}

/** "5,000 survey sends a month" or "No limit on survey sends", from the shared plan table. */
export function planSendLimit(planId: string): string {
  if (!isPlanId(planId)) return '';
  const limit = PLANS[planId].monthlySurveySends;
  return limit === null
    ? i18next.t('plan.noSendLimit')
    : i18next.t('plan.sendLimit', { limit: formatNumber(limit) });
}

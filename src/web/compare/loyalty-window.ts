import type { TMetricFilters } from '../../shared/contracts/metrics.js';
import type { LoyaltyParams } from '../api/use-loyalty.js';
import { shiftDay } from './compare-periods.js';

/** Days of follow-up every answer needs before its 12-month retention can be read. */
const HORIZON_DAYS = 365;

/**
 * What of the view's filters the loyalty report takes. Its own default window is the year that
 * ended a year ago, so every answer has twelve months of follow-up; the view's period replaces it
 * only when it ended at least that long ago (a recent period has no observable retention yet).
 */
export function loyaltyParams(
  filters: TMetricFilters,
  today: string,
): { params: LoyaltyParams; usesViewPeriod: boolean } {
  const params: LoyaltyParams = {};
  if (filters.surveyId) params.surveyId = filters.surveyId;
  const latestEnd = shiftDay(today, -HORIZON_DAYS);
  const usesViewPeriod =
    filters.to !== undefined &&
    filters.to <= latestEnd &&
    (filters.from === undefined || filters.from < filters.to);
  if (usesViewPeriod && filters.to) {
    params.to = `${filters.to}T00:00:00Z`;
    if (filters.from) params.from = `${filters.from}T00:00:00Z`;
  }
  return { params, usesViewPeriod };
}

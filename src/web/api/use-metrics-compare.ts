import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TMetricFilters, TMetricsComparison } from '../../shared/contracts/metrics.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

export interface ComparePeriods {
  aFrom: string;
  aTo: string;
  bFrom: string;
  bTo: string;
}

/** GET /api/v1/metrics/compare: NPS of period B against period A under the view's other filters. */
export function useMetricsCompare(filters: TMetricFilters, periods: ComparePeriods | null) {
  const { organizationId } = useSession();
  const params: Record<string, string> = { metric: 'nps', ...(periods ?? {}) };
  // The periods replace the view's own from/to.
  for (const [key, value] of Object.entries(filters) as [string, string | undefined][])
    if (value && key !== 'from' && key !== 'to') params[key] = value;
  return useQuery({
    queryKey: queryKeys.metricsCompare(organizationId, params),
    queryFn: () => request<TMetricsComparison>('GET', '/api/v1/metrics/compare', { query: params }),
    enabled: periods !== null,
    placeholderData: keepPreviousData,
  });
}

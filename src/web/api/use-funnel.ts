import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TOrgFunnel } from '../../shared/contracts/funnel.js';
import type { TMetricFilters } from '../../shared/contracts/metrics.js';
import { FUNNEL_FILTER_KEYS } from '../analytics/funnel-filter-keys.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** The view's filters as the funnel's query parameters. */
export function funnelParams(filters: TMetricFilters): Record<string, string> {
  const params: Record<string, string> = {};
  const values = filters as Record<string, string | undefined>;
  for (const key of FUNNEL_FILTER_KEYS) {
    const value = values[key];
    if (value) params[key] = value;
  }
  return params;
}

/** GET /api/v1/metrics/funnel — the organization's send funnel and response rate in the view's period. */
export function useFunnel(filters: TMetricFilters) {
  const { organizationId } = useSession();
  const params = funnelParams(filters);
  return useQuery({
    queryKey: queryKeys.metricsFunnel(organizationId, params),
    queryFn: () => request<TOrgFunnel>('GET', '/api/v1/metrics/funnel', { query: params }),
    placeholderData: keepPreviousData,
  });
}

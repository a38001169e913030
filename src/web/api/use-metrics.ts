import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { TGroupBy, TMetric, TMetricFilters, TMetricsResult } from '../../shared/contracts/metrics.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

export interface MetricsRequest {
  metric: TMetric;
  groupBy: TGroupBy;
  filters: TMetricFilters;
  /** NPS only: also the revenue-weighted NPS. */
  weighted?: boolean;
}

/** The request as query parameters: unset filters left out, so equal views share one cache entry. */
export function metricsParams({
  metric,
  groupBy,
  filters,
  weighted,
}: MetricsRequest): Record<string, string> {
  const params: Record<string, string> = { metric, groupBy };
  if (weighted) params.weighted = 'true';
  for (const [key, value] of Object.entries(filters) as [string, string | undefined][])
    if (value) params[key] = value;
  return params;
}

/**
 * GET /api/v1/metrics. A changed filter keeps the previous numbers on screen (marked as
 * updating) until the new ones arrive, so the page does not jump.
 */
export function useMetrics(req: MetricsRequest) {
  const { organizationId } = useSession();
  const params = metricsParams(req);
  return useQuery({
    queryKey: queryKeys.metrics(organizationId, params),
    queryFn: () => request<TMetricsResult>('GET', '/api/v1/metrics', { query: params }),
    placeholderData: keepPreviousData,
  });
}

/**
 * The values a dimension takes in the organization's answers (all metrics, no other filter),
 * for a filter's options; fetched only once `enabled` (the list is opened).
 */
export function useMetricsDimensionValues(groupBy: TGroupBy, enabled: boolean) {
  const { organizationId } = useSession();
  const metrics: TMetric[] = ['nps', 'csat', 'ces'];
  return useQueries({
    queries: metrics.map((metric) => {
      const params = metricsParams({ metric, groupBy, filters: {} });
      return {
        queryKey: queryKeys.metrics(organizationId, params),
        queryFn: () => request<TMetricsResult>('GET', '/api/v1/metrics', { query: params }),
        enabled,
        staleTime: 5 * 60_000,
      };
    }),
    combine: (results) => ({
      isPending: enabled && results.some((r) => r.isPending),
      keys: [...new Set(results.flatMap((r) => r.data?.groups.map((g) => g.key) ?? []))].sort((a, b) =>
        a.localeCompare(b),
      ),
    }),
  });
}

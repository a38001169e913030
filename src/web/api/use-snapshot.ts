import { useQuery } from '@tanstack/react-query';
import type { TNpsSnapshot } from '../../shared/contracts/metrics-snapshot.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

export interface SnapshotParams {
  segment?: string;
  region?: string;
  product?: string;
  surveyId?: string;
  /** ISO time; default now. */
  asOf?: string;
}

/** GET /api/v1/metrics/snapshot: promoters, passives and detractors right now, by each contact's latest answer. */
export function useSnapshot(params: SnapshotParams = {}) {
  const { organizationId } = useSession();
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(params) as [string, string | undefined][])
    if (value) query[key] = value;
  return useQuery({
    queryKey: queryKeys.metricsSnapshot(organizationId, query),
    queryFn: () => request<TNpsSnapshot>('GET', '/api/v1/metrics/snapshot', { query }),
  });
}

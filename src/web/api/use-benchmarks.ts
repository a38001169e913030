import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TBenchmark, TBenchmarkInput, TBenchmarkList } from '../../shared/contracts/benchmarks.js';
import { useSession } from '../session/session-context.js';
import type { TOk } from './contract-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

export interface BenchmarksParams {
  /** Default: the organization's industry. */
  industry?: string;
  includeHidden?: boolean;
}

/** GET /api/v1/benchmarks: the industry's entries (built-in, edited, own) with source, year, method and market. */
export function useBenchmarks(params: BenchmarksParams = {}) {
  const { organizationId } = useSession();
  const query: Record<string, string> = {};
  if (params.industry) query.industry = params.industry;
  if (params.includeHidden) query.includeHidden = 'true';
  return useQuery({
    queryKey: queryKeys.benchmarks(organizationId, query),
    queryFn: () => request<TBenchmarkList>('GET', '/api/v1/benchmarks', { query }),
    staleTime: 5 * 60_000,
  });
}

/** Every benchmark list of the organization is refetched after a change (any industry, hidden or not). */
function useInvalidateBenchmarks() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.benchmarks(organizationId) });
}

/** POST /api/v1/benchmarks (no id: a new own entry) or PUT /api/v1/benchmarks/:id (an own entry, or a built-in one as an edited copy). */
export function useSaveBenchmark() {
  const invalidate = useInvalidateBenchmarks();
  return useMutation({
    meta: { silent: true },
    mutationFn: ({ id, input }: { id: string | null; input: TBenchmarkInput }) =>
      id === null
        ? request<TBenchmark>('POST', '/api/v1/benchmarks', { body: input })
        : request<TBenchmark>('PUT', `/api/v1/benchmarks/${encodeURIComponent(id)}`, { body: input }),
    onSuccess: invalidate,
  });
}

/** DELETE /api/v1/benchmarks/:id: deletes an own entry, hides a built-in one, drops the edit of an edited one. */
export function useDeleteBenchmark() {
  const invalidate = useInvalidateBenchmarks();
  return useMutation({
    mutationFn: (id: string) => request<TOk>('DELETE', `/api/v1/benchmarks/${encodeURIComponent(id)}`),
    onSuccess: invalidate,
  });
}

/** POST /api/v1/benchmarks/:id/restore: a built-in entry as shipped again. */
export function useRestoreBenchmark() {
  const invalidate = useInvalidateBenchmarks();
  return useMutation({
    mutationFn: (id: string) =>
      request<TBenchmark>('POST', `/api/v1/benchmarks/${encodeURIComponent(id)}/restore`),
    onSuccess: invalidate,
  });
}

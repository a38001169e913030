import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { TImportDetail } from '../../shared/contracts/imports.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** Still moving: read it again every second. */
const POLL_MS = 1000;

/**
 * GET /api/v1/imports/{id} — status, counters, progress and the first errors; polled while
 * queued or running. Once it is done, cached contact lists and counts are stale.
 */
export function useImport(importId: string) {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.import(organizationId, importId),
    queryFn: () => request<TImportDetail>('GET', `/api/v1/imports/${encodeURIComponent(importId)}`),
    refetchInterval: (q) => {
      const status = q.state.data?.status;
      return status === 'queued' || status === 'running' ? POLL_MS : false;
    },
  });
  const status = query.data?.status;
  useEffect(() => {
    if (status !== 'done') return;
    void queryClient.invalidateQueries({ queryKey: ['org', organizationId, 'contacts'] });
    void queryClient.invalidateQueries({ queryKey: queryKeys.workspaceSummary(organizationId) });
  }, [status, organizationId, queryClient]);
  return query;
}

import { useQuery } from '@tanstack/react-query';
import type { TWorkspaceSummary } from '../../shared/contracts/workspace.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/workspace/summary — what the organization holds; refreshed by the demo fill (it invalidates ['org', id]). */
export function useWorkspaceSummary() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.workspaceSummary(organizationId),
    queryFn: () => request<TWorkspaceSummary>('GET', '/api/v1/workspace/summary'),
  });
}

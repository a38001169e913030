import { useQuery } from '@tanstack/react-query';
import type { TCaseDetail } from '../../shared/contracts/cases.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/**
 * GET /api/v1/cases/{id}: the case with its items, events and clocks. Read again every minute,
 * so a customer's message or a breach shows up while the agent has the page open.
 */
export function useCase(caseId: string) {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.case(organizationId, caseId),
    queryFn: () => request<TCaseDetail>('GET', `/api/v1/cases/${encodeURIComponent(caseId)}`),
    refetchInterval: 60_000,
  });
}

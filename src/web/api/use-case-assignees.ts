import { useQuery } from '@tanstack/react-query';
import type { TCaseAssignees } from '../../shared/contracts/cases.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/cases/assignees: the people who can work cases, and the teams, for the case page's selects. */
export function useCaseAssignees() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.caseAssignees(organizationId),
    queryFn: () => request<TCaseAssignees>('GET', '/api/v1/cases/assignees'),
    staleTime: 5 * 60_000,
  });
}

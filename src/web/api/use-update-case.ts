import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCaseDetail, TCasePatch } from '../../shared/contracts/cases.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/**
 * PATCH /api/v1/cases/{id}: status, priority, assignee, team, and the root cause and action a
 * closing needs. The case page shows a refusal itself, naming the field.
 */
export function useUpdateCase(caseId: string) {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (patch: TCasePatch) =>
      request<TCaseDetail>('PATCH', `/api/v1/cases/${encodeURIComponent(caseId)}`, { body: patch }),
    onSuccess: (detail) => {
      queryClient.setQueryData(queryKeys.case(organizationId, caseId), detail);
      return queryClient.invalidateQueries({ queryKey: ['org', organizationId, 'cases', 'list'] });
    },
  });
}

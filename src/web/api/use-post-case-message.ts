import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCaseDetail, TCaseMessageInput } from '../../shared/contracts/cases.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/v1/cases/{id}/messages: a reply mailed to the customer, or an internal note. */
export function usePostCaseMessage(caseId: string) {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (message: TCaseMessageInput) =>
      request<TCaseDetail>('POST', `/api/v1/cases/${encodeURIComponent(caseId)}/messages`, {
        body: message,
      }),
    onSuccess: (detail) => {
      queryClient.setQueryData(queryKeys.case(organizationId, caseId), detail);
      // A first reply stops the first-response clock, which the list shows.
      return queryClient.invalidateQueries({ queryKey: ['org', organizationId, 'cases', 'list'] });
    },
  });
}

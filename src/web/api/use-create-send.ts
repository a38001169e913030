import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCreateSend, TSurveySend } from '../../shared/contracts/sending.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/v1/surveys/{id}/sends — a one-off send to a segment, a recurring one, or an event trigger. */
export function useCreateSend(surveyId: string) {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (body: TCreateSend) =>
      request<TSurveySend>('POST', `/api/v1/surveys/${encodeURIComponent(surveyId)}/sends`, { body }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.surveySends(organizationId, surveyId) }),
        // A send (or a refusal over quota) changes what is left of the month's quota.
        queryClient.invalidateQueries({ queryKey: queryKeys.usage(organizationId) }),
      ]),
  });
}

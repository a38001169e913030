import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSendResult } from '../../shared/contracts/sending.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

export interface SendToContactsBody {
  contacts: string[];
  delaySeconds: number;
}

/** POST /api/v1/surveys/{id}/send — invites these customer ids; each one is decided on its own. */
export function useSendToContacts(surveyId: string) {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (body: SendToContactsBody) =>
      request<TSendResult>('POST', `/api/v1/surveys/${encodeURIComponent(surveyId)}/send`, { body }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.surveySends(organizationId, surveyId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.usage(organizationId) }),
      ]),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSurveySend } from '../../shared/contracts/sending.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/v1/sends/{id}/status — pauses or resumes a recurring or event-triggered send. */
export function useSetSendStatus(surveyId: string) {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sendId, status }: { sendId: string; status: 'active' | 'paused' }) =>
      request<TSurveySend>('POST', `/api/v1/sends/${encodeURIComponent(sendId)}/status`, {
        body: { status },
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.surveySends(organizationId, surveyId) }),
  });
}

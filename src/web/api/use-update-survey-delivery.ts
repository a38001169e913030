import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSurveyDelivery, TSurveyDeliveryState } from '../../shared/contracts/sending.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** PUT /api/v1/surveys/{id}/delivery — only the parts sent change. */
export function useUpdateSurveyDelivery(surveyId: string) {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (body: TSurveyDelivery) =>
      request<TSurveyDeliveryState>('PUT', `/api/v1/surveys/${encodeURIComponent(surveyId)}/delivery`, {
        body,
      }),
    onSuccess: (state) => queryClient.setQueryData(queryKeys.surveyDelivery(organizationId, surveyId), state),
  });
}

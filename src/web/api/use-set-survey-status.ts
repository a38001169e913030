import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SurveyStatus, TSurvey } from '../../shared/contracts/surveys.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/v1/surveys/{id}/status — puts a survey live, back to draft, or archives it. */
export function useSetSurveyStatus(surveyId: string) {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (status: SurveyStatus) =>
      request<TSurvey>('POST', `/api/v1/surveys/${encodeURIComponent(surveyId)}/status`, {
        body: { status },
      }),
    onSuccess: (survey) => {
      queryClient.setQueryData(queryKeys.survey(organizationId, surveyId), survey);
      return queryClient.invalidateQueries({ queryKey: queryKeys.surveys(organizationId) });
    },
  });
}

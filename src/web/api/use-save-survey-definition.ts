import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SurveyDefinition } from '../../shared/contracts/survey-model.js';
import type { TSaveSurveyDefinitionResult } from '../../shared/contracts/surveys.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** PUT /api/v1/surveys/{id}/definition — saves the edited survey as a new version (none when unchanged). */
export function useSaveSurveyDefinition(surveyId: string) {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (definition: SurveyDefinition) =>
      request<TSaveSurveyDefinitionResult>(
        'PUT',
        `/api/v1/surveys/${encodeURIComponent(surveyId)}/definition`,
        { body: { definition } },
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(queryKeys.survey(organizationId, surveyId), result.survey);
      return queryClient.invalidateQueries({ queryKey: queryKeys.surveys(organizationId) });
    },
  });
}

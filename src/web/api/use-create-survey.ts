import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCreateSurvey, TSurvey } from '../../shared/contracts/surveys.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/v1/surveys — a new draft from a template or a full definition. */
export function useCreateSurvey() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (body: TCreateSurvey) => request<TSurvey>('POST', '/api/v1/surveys', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.surveys(organizationId) }),
  });
}

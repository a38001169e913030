import { useQuery } from '@tanstack/react-query';
import type { TSurvey } from '../../shared/contracts/surveys.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/surveys/{id} — one survey at its current version. */
export function useSurvey(surveyId: string) {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.survey(organizationId, surveyId),
    queryFn: () => request<TSurvey>('GET', `/api/v1/surveys/${encodeURIComponent(surveyId)}`),
  });
}

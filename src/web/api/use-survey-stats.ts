import { useQuery } from '@tanstack/react-query';
import type { TSurveyStatsList } from '../../shared/contracts/surveys-stats.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/surveys/stats — answers, score with interval and response rate of every survey. */
export function useSurveyStats() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.surveyStats(organizationId),
    queryFn: () => request<TSurveyStatsList>('GET', '/api/v1/surveys/stats'),
  });
}

import { useQuery } from '@tanstack/react-query';
import type { TSurveyList } from '../../shared/contracts/surveys.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/surveys — the organization's surveys at their current version. */
export function useSurveys() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.surveys(organizationId),
    queryFn: () => request<TSurveyList>('GET', '/api/v1/surveys'),
  });
}

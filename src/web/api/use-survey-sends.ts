import { useQuery } from '@tanstack/react-query';
import type { TSurveySendList } from '../../shared/contracts/sending.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/**
 * GET /api/v1/surveys/{id}/sends — the sends with their funnels. Invitations go out from a
 * background job, so the funnel moves on its own after a send; a short poll keeps it current
 * while the section is on screen (the query unmounts with it).
 */
export function useSurveySends(surveyId: string) {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.surveySends(organizationId, surveyId),
    queryFn: () => request<TSurveySendList>('GET', `/api/v1/surveys/${encodeURIComponent(surveyId)}/sends`),
    refetchInterval: 5000,
  });
}

import { useQuery } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import type { TInvitationList } from './contract-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** How many invitations of one send the outcome summary reads: the API's largest page. */
const OUTCOME_PAGE = '200';

/** GET /api/v1/surveys/{id}/invitations?sendId= — what happened to each contact of one send. */
export function useSurveyInvitations(surveyId: string, sendId: string) {
  const { organizationId } = useSession();
  const query = { sendId, limit: OUTCOME_PAGE };
  return useQuery({
    queryKey: queryKeys.surveyInvitations(organizationId, surveyId, query),
    queryFn: () => request<TInvitationList>('GET', `/api/v1/surveys/${encodeURIComponent(surveyId)}/invitations`, { query }),
  });
}

import { useQuery } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import type { TInvitationList } from './contract-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/surveys/{id}/invitations?sendId= — the newest `limit` invitations of one send, what happened to each contact. */
export function useSurveyInvitations(surveyId: string, sendId: string, limit: number) {
  const { organizationId } = useSession();
  const query = { sendId, limit: String(limit) };
  return useQuery({
    queryKey: queryKeys.surveyInvitations(organizationId, surveyId, query),
    queryFn: () =>
      request<TInvitationList>('GET', `/api/v1/surveys/${encodeURIComponent(surveyId)}/invitations`, {
        query,
      }),
  });
}

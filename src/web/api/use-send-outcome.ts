import { useQuery } from '@tanstack/react-query';
import type { TSendOutcomeTotals } from '../../shared/contracts/sending.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/sends/{id}/outcome — a send's invitations counted by outcome and reason, all of them. */
export function useSendOutcome(surveyId: string, sendId: string) {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.sendOutcome(organizationId, surveyId, sendId),
    queryFn: () => request<TSendOutcomeTotals>('GET', `/api/v1/sends/${encodeURIComponent(sendId)}/outcome`),
  });
}

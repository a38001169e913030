import { useQuery } from '@tanstack/react-query';
import type { TLoyaltyEconomics } from '../../shared/contracts/loyalty.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** The filters GET /api/v1/loyalty takes: an answer window (ISO times) and a survey. */
export interface LoyaltyParams {
  from?: string;
  to?: string;
  surveyId?: string;
}

/** GET /api/v1/loyalty: per NPS category what the customers went on to do (association, not cause). */
export function useLoyalty(params: LoyaltyParams) {
  const { organizationId } = useSession();
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(params) as [string, string | undefined][])
    if (value) query[key] = value;
  return useQuery({
    queryKey: queryKeys.loyalty(organizationId, query),
    queryFn: () => request<TLoyaltyEconomics>('GET', '/api/v1/loyalty', { query }),
    staleTime: 5 * 60_000,
  });
}

import { useInfiniteQuery } from '@tanstack/react-query';
import type { TResponseList } from '../../shared/contracts/responses.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

const PAGE_SIZE = '20';

/** GET /api/v1/responses?surveyId= — the newest answers first, a page at a time (keyset cursor). */
export function useResponses(filters: { surveyId: string }) {
  const { organizationId } = useSession();
  const query: Record<string, string> = { surveyId: filters.surveyId };
  return useInfiniteQuery({
    queryKey: queryKeys.responses(organizationId, query),
    queryFn: ({ pageParam }) => request<TResponseList>('GET', '/api/v1/responses', { query: { ...query, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

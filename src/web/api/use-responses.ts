import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { TResponseList } from '../../shared/contracts/responses.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

const PAGE_SIZE = '20';

/**
 * GET /api/v1/responses with the drill-down's filters (surveyId, metric, category, segment, …):
 * the newest answers first, a page at a time (keyset cursor). The first page carries the total.
 */
export function useResponses(filters: Readonly<Record<string, string>>) {
  const { organizationId } = useSession();
  const query: Record<string, string> = { ...filters };
  return useInfiniteQuery({
    queryKey: queryKeys.responses(organizationId, query),
    queryFn: ({ pageParam }) =>
      request<TResponseList>('GET', '/api/v1/responses', {
        query: { ...query, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // A changed filter keeps the rows on screen (marked as updating) until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { TCaseList } from '../../shared/contracts/cases.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

const PAGE_SIZE = '50';

/** GET /api/v1/cases with the list's filters: newest first, a page at a time (keyset cursor). */
export function useCases(filters: Readonly<Record<string, string>>) {
  const { organizationId } = useSession();
  const query: Record<string, string> = { ...filters };
  return useInfiniteQuery({
    queryKey: queryKeys.cases(organizationId, query),
    queryFn: ({ pageParam }) =>
      request<TCaseList>('GET', '/api/v1/cases', {
        query: { ...query, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // A changed filter keeps the rows on screen (marked as updating) until the new ones arrive.
    placeholderData: keepPreviousData,
    // SLA states and new cases change while the list is open.
    refetchInterval: 60_000,
  });
}

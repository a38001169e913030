import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { TFeedbackList } from '../../shared/contracts/feedback.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

const PAGE_SIZE = '25';

/**
 * GET /api/v1/feedback with the inbox's filters and comment search: every item of every channel,
 * newest first, a page at a time (keyset cursor). The first page carries the total.
 */
export function useFeedback(filters: Readonly<Record<string, string>>) {
  const { organizationId } = useSession();
  const query: Record<string, string> = { ...filters };
  return useInfiniteQuery({
    queryKey: queryKeys.feedback(organizationId, query),
    queryFn: ({ pageParam }) =>
      request<TFeedbackList>('GET', '/api/v1/feedback', {
        query: { ...query, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // A changed filter keeps the rows on screen (marked as updating) until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

import { useInfiniteQuery } from '@tanstack/react-query';
import type { TContactList } from '../../shared/contracts/contacts.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/segments/{id}/contacts — the segment's members right now, a page at a time. */
export function useSegmentContacts(segmentId: string | null) {
  const { organizationId } = useSession();
  return useInfiniteQuery({
    queryKey: queryKeys.segmentContacts(organizationId, segmentId ?? ''),
    queryFn: ({ pageParam }) =>
      request<TContactList>('GET', `/api/v1/segments/${encodeURIComponent(segmentId ?? '')}/contacts`, {
        query: { limit: '50', ...(pageParam ? { cursor: pageParam } : {}) },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: segmentId !== null,
  });
}

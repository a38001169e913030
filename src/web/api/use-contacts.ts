import { useInfiniteQuery } from '@tanstack/react-query';
import type { TContactList } from '../../shared/contracts/contacts.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

export interface ContactFilters {
  q?: string;
  segment?: string;
  region?: string;
  language?: string;
}

const PAGE_SIZE = '50';

/** GET /api/v1/contacts — newest first, a page at a time (keyset cursor). Empty filters are left out. */
export function useContacts(filters: ContactFilters) {
  const { organizationId } = useSession();
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) {
    const trimmed = typeof value === 'string' ? value.trim() : '';
    if (trimmed.length > 0) query[key] = trimmed;
  }
  return useInfiniteQuery({
    queryKey: queryKeys.contacts(organizationId, query),
    queryFn: ({ pageParam }) =>
      request<TContactList>('GET', '/api/v1/contacts', {
        query: { ...query, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: (previous) => previous,
  });
}

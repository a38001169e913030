import { useInfiniteQuery } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import type { TWebhookDeliveryList } from './contract-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** How often an open log looks again while a delivery is still on its way. */
const WHILE_PENDING_MS = 2000;

/** GET /api/v1/webhooks/{id}/deliveries — the endpoint's log, newest first, a page at a time. */
export function useWebhookDeliveries(endpointId: string) {
  const { organizationId } = useSession();
  return useInfiniteQuery({
    queryKey: queryKeys.webhookDeliveries(organizationId, endpointId),
    queryFn: ({ pageParam }) =>
      request<TWebhookDeliveryList>('GET', `/api/v1/webhooks/${encodeURIComponent(endpointId)}/deliveries`, {
        query: { limit: '25', ...(pageParam ? { cursor: pageParam } : {}) },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Attempts run in the worker: follow a pending delivery until it settles.
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.deliveries.some((d) => d.status === 'pending'))
        ? WHILE_PENDING_MS
        : false,
  });
}

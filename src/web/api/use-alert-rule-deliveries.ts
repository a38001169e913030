import { useInfiniteQuery } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import type { TWebhookDeliveryList } from './contract-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** How often an open log looks again while a message is still on its way. */
const WHILE_PENDING_MS = 2000;

/** GET /api/v1/alert-rules/{id}/deliveries — a Slack or Teams rule's messages, newest first, a page at a time. */
export function useAlertRuleDeliveries(ruleId: string) {
  const { organizationId } = useSession();
  return useInfiniteQuery({
    queryKey: queryKeys.alertRuleDeliveries(organizationId, ruleId),
    queryFn: ({ pageParam }) =>
      request<TWebhookDeliveryList>('GET', `/api/v1/alert-rules/${encodeURIComponent(ruleId)}/deliveries`, {
        query: { limit: '25', ...(pageParam ? { cursor: pageParam } : {}) },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Attempts run in the worker: follow a pending message until it settles.
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.deliveries.some((d) => d.status === 'pending'))
        ? WHILE_PENDING_MS
        : false,
  });
}

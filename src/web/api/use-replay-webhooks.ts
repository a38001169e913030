import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import type { TReplayResult } from './contract-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/v1/webhooks/{id}/replay — every event since `since` sent again, with its webhook-id. */
export function useReplayWebhooks() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    // The form or dialog shows the error where it belongs.
    meta: { silent: true },
    mutationFn: ({ endpointId, since }: { endpointId: string; since: string }) =>
      request<TReplayResult>('POST', `/api/v1/webhooks/${encodeURIComponent(endpointId)}/replay`, {
        body: { since },
      }),
    onSuccess: async (_result, { endpointId }) => {
      await queryClient.invalidateQueries({
        queryKey: queryKeys.webhookDeliveries(organizationId, endpointId),
      });
    },
  });
}

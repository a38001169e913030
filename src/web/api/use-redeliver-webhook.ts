import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TWebhookDelivery } from '../../shared/contracts/webhooks.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver — a copy with the same webhook-id. */
export function useRedeliverWebhook() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ endpointId, deliveryId }: { endpointId: string; deliveryId: string }) =>
      request<TWebhookDelivery>(
        'POST',
        `/api/v1/webhooks/${encodeURIComponent(endpointId)}/deliveries/${encodeURIComponent(deliveryId)}/redeliver`,
      ),
    onSuccess: async (_copy, { endpointId }) => {
      await queryClient.invalidateQueries({
        queryKey: queryKeys.webhookDeliveries(organizationId, endpointId),
      });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TWebhookDelivery } from '../../shared/contracts/webhooks.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/v1/webhooks/{id}/test — a signed `webhook.test` event, queued at once. */
export function useSendWebhookTest() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      request<TWebhookDelivery>('POST', `/api/v1/webhooks/${encodeURIComponent(id)}/test`),
    onSuccess: async (_delivery, id) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.webhookDeliveries(organizationId, id) });
    },
  });
}

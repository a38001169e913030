import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TUpdateWebhookEndpoint, TWebhookEndpoint } from '../../shared/contracts/webhooks.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** PATCH /api/v1/webhooks/{id} — URL, event types, description, on/off. */
export function useUpdateWebhookEndpoint() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    // The form or dialog shows the error where it belongs.
    meta: { silent: true },
    mutationFn: ({ id, patch }: { id: string; patch: TUpdateWebhookEndpoint }) =>
      request<TWebhookEndpoint>('PATCH', `/api/v1/webhooks/${encodeURIComponent(id)}`, { body: patch }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.webhooks(organizationId) });
    },
  });
}

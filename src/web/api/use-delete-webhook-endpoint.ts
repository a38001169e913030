import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import type { TOk } from './contract-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** DELETE /api/v1/webhooks/{id} — the endpoint and its delivery log. */
export function useDeleteWebhookEndpoint() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    // The form or dialog shows the error where it belongs.
    meta: { silent: true },
    mutationFn: (id: string) => request<TOk>('DELETE', `/api/v1/webhooks/${encodeURIComponent(id)}`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.webhooks(organizationId) });
      // A rule sending to the endpoint goes with it (the database cascades).
      await queryClient.invalidateQueries({ queryKey: queryKeys.alertRules(organizationId), exact: true });
    },
  });
}

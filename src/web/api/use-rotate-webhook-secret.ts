import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import type { TWebhookSecret } from './contract-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/v1/webhooks/{id}/secret — a new secret, shown this once; the old one signs on for the overlap. */
export function useRotateWebhookSecret() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    // The form or dialog shows the error where it belongs.
    meta: { silent: true },
    mutationFn: ({ id, overlapHours }: { id: string; overlapHours: number }) =>
      request<TWebhookSecret>('POST', `/api/v1/webhooks/${encodeURIComponent(id)}/secret`, {
        body: { overlapHours },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.webhooks(organizationId) });
    },
  });
}

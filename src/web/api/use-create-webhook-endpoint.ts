import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCreateWebhookEndpoint } from '../../shared/contracts/webhooks.js';
import { useSession } from '../session/session-context.js';
import type { TCreatedWebhookEndpoint } from './contract-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/v1/webhooks — the answer carries the signing secret, this one time. */
export function useCreateWebhookEndpoint() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    // The form or dialog shows the error where it belongs.
    meta: { silent: true },
    mutationFn: (body: TCreateWebhookEndpoint) =>
      request<TCreatedWebhookEndpoint>('POST', '/api/v1/webhooks', { body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.webhooks(organizationId) });
    },
  });
}

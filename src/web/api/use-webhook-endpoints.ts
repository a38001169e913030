import { useQuery } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import type { TWebhookEndpointList } from './contract-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/webhooks — the organization's endpoints with their health; never a secret. */
export function useWebhookEndpoints() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.webhooks(organizationId),
    queryFn: async () => (await request<TWebhookEndpointList>('GET', '/api/v1/webhooks')).endpoints,
  });
}

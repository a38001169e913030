import { useQuery } from '@tanstack/react-query';
import type { TApiKeyList } from './contract-types.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/api-keys */
export function useApiKeys() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.apiKeys(organizationId),
    queryFn: async () => (await request<TApiKeyList>('GET', '/api/v1/api-keys')).items,
  });
}

import { useQuery } from '@tanstack/react-query';
import type { TSsoProviderList } from '../../shared/contracts/sso.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/sso/providers (owners) */
export function useSsoProviders() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.ssoProviders(organizationId),
    queryFn: async () => (await request<TSsoProviderList>('GET', '/api/v1/sso/providers')).items,
  });
}

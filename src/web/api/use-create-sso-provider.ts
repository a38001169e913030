import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCreateSsoProviderRequest, TSsoProvider } from '../../shared/contracts/sso.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/v1/sso/providers (owners) — the server contacts the IdP for discovery, which can take seconds. */
export function useCreateSsoProvider() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (body: TCreateSsoProviderRequest) =>
      request<TSsoProvider>('POST', '/api/v1/sso/providers', { body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.ssoProviders(organizationId) });
    },
  });
}

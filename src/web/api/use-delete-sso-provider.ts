import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import type { TOk } from './contract-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** DELETE /api/v1/sso/providers/:providerId (owners) */
export function useDeleteSsoProvider() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (providerId: string) =>
      request<TOk>('DELETE', `/api/v1/sso/providers/${encodeURIComponent(providerId)}`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.ssoProviders(organizationId) });
    },
  });
}

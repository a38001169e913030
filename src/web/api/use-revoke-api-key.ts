import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TOk } from './contract-types.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** DELETE /api/v1/api-keys/:id */
export function useRevokeApiKey() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request<TOk>('DELETE', `/api/v1/api-keys/${encodeURIComponent(id)}`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys(organizationId) });
    },
  });
}

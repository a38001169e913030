import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCreateApiKeyRequest, TCreateApiKeyResponse } from '../../shared/contracts/api-keys.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/v1/api-keys — the response carries the full key, this one time. */
export function useCreateApiKey() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCreateApiKeyRequest) =>
      request<TCreateApiKeyResponse>('POST', '/api/v1/api-keys', { body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys(organizationId) });
    },
  });
}

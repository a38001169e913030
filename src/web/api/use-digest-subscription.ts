import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TDigestSubscription, TUpdateDigestSubscription } from '../../shared/contracts/digest.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/digest/subscription — whether the signed-in person gets the weekly digest of this organization. */
export function useDigestSubscription() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.digestSubscription(organizationId),
    queryFn: () => request<TDigestSubscription>('GET', '/api/v1/digest/subscription'),
  });
}

/** PUT /api/v1/digest/subscription — subscribe or stop; the answer replaces the cached state. */
export function useUpdateDigestSubscription() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateDigestSubscription) =>
      request<TDigestSubscription>('PUT', '/api/v1/digest/subscription', { body }),
    onSuccess: (state) => queryClient.setQueryData(queryKeys.digestSubscription(organizationId), state),
  });
}

import { useQuery } from '@tanstack/react-query';
import type { TAuthInvitationDetails } from './auth-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/auth/organization/get-invitation — only for the invited person, signed in. */
export function useInvitation(invitationId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.invitation(invitationId),
    queryFn: () =>
      request<TAuthInvitationDetails>('GET', '/api/auth/organization/get-invitation', {
        query: { id: invitationId },
      }),
    enabled,
    retry: false,
  });
}

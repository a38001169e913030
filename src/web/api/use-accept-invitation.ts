import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAuthAccepted } from './auth-types.js';
import { request } from './http.js';
import { setActiveOrganization } from './use-set-active-organization.js';

/** POST /api/auth/organization/accept-invitation, then works in the organization joined. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (invitationId: string) => {
      const accepted = await request<TAuthAccepted>('POST', '/api/auth/organization/accept-invitation', {
        body: { invitationId },
      });
      await setActiveOrganization(accepted.member.organizationId);
      return accepted;
    },
    onSuccess: async () => {
      // The invitation is used up now: refetching it would only report "not found".
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'invitation' });
    },
    meta: { silent: true },
  });
}

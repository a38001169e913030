import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../shared/roles.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

export interface InviteMemberInput {
  email: string;
  role: Role;
}

/** POST /api/auth/organization/invite-member */
export function useInviteMember() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteMemberInput) =>
      request('POST', '/api/auth/organization/invite-member', { body: { ...input, organizationId } }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.invitations(organizationId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.outbox(organizationId) }),
      ]);
    },
  });
}

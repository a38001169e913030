import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../shared/roles.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

export interface UpdateMemberRoleInput {
  memberId: string;
  role: Role;
}

/** POST /api/auth/organization/update-member-role */
export function useUpdateMemberRole() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateMemberRoleInput) =>
      request('POST', '/api/auth/organization/update-member-role', { body: { ...input, organizationId } }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.members(organizationId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me }),
      ]);
    },
  });
}

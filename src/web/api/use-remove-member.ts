import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/auth/organization/remove-member */
export function useRemoveMember() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) =>
      request('POST', '/api/auth/organization/remove-member', {
        body: { memberIdOrEmail: memberId, organizationId },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.members(organizationId) });
    },
  });
}

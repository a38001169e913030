import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/auth/organization/cancel-invitation */
export function useCancelInvitation() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      request('POST', '/api/auth/organization/cancel-invitation', { body: { invitationId } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.invitations(organizationId) });
    },
  });
}

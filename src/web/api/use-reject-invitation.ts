import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/auth/organization/reject-invitation */
export function useRejectInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      request('POST', '/api/auth/organization/reject-invitation', { body: { invitationId } }),
    onSuccess: async (_data, invitationId) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.invitation(invitationId) });
    },
  });
}

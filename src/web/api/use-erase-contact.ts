import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';

/** DELETE /api/v1/contacts/{externalId} — GDPR erasure; every contact query is stale afterwards. */
export function useEraseContact() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (externalId: string) =>
      request<{ erased: true; feedbackItemsAnonymised: number }>(
        'DELETE',
        `/api/v1/contacts/${encodeURIComponent(externalId)}`,
      ),
    // Marked stale, not refetched now: the open profile would turn into "not found" (and close the
    // dialog whose success handler leads back to the list) before the list is shown.
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ['org', organizationId, 'contacts'], refetchType: 'none' }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TContact } from '../../shared/contracts/contacts.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';

/** POST /api/v1/contacts/{into}/merge — `from` joins `into`; its id becomes an alias. */
export function useMergeContact() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: ({ into, from }: { into: string; from: string }) =>
      request<TContact>('POST', `/api/v1/contacts/${encodeURIComponent(into)}/merge`, { body: { from } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org', organizationId, 'contacts'] }),
  });
}

import { useQuery } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import type { TAuthInvitation } from './auth-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/auth/organization/list-invitations — only the ones still waiting for an answer. */
export function useInvitations() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.invitations(organizationId),
    queryFn: async () => {
      const all = await request<TAuthInvitation[]>('GET', '/api/auth/organization/list-invitations', {
        query: { organizationId },
      });
      const now = Date.now();
      return all.filter((i) => i.status === 'pending' && new Date(i.expiresAt).getTime() > now);
    },
  });
}

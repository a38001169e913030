import { useQuery } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import type { TAuthMemberList } from './auth-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/auth/organization/list-members */
export function useMembers() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.members(organizationId),
    queryFn: async () => {
      const list = await request<TAuthMemberList>('GET', '/api/auth/organization/list-members', {
        query: { organizationId },
      });
      return list.members;
    },
  });
}

import { useQuery } from '@tanstack/react-query';
import type { TTeamList } from '../../shared/contracts/follow-up.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** The key of the team list; under the organization like every key (see query-keys.ts). */
export const teamsKey = (organizationId: string) => [...queryKeys.org(organizationId), 'teams'] as const;

/** GET /api/v1/teams — teams with members, lead, round-robin and business hours. */
export function useTeams() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: teamsKey(organizationId),
    queryFn: () => request<TTeamList>('GET', '/api/v1/teams'),
  });
}

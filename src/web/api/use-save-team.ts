import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TTeam, TTeamInput } from '../../shared/contracts/follow-up.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { teamsKey } from './use-teams.js';

/** POST /api/v1/teams without an id, PATCH /api/v1/teams/{id} with one (the whole team is sent). */
export function useSaveTeam() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: ({ id, team }: { id: string | null; team: TTeamInput }) =>
      id
        ? request<TTeam>('PATCH', `/api/v1/teams/${encodeURIComponent(id)}`, { body: team })
        : request<TTeam>('POST', '/api/v1/teams', { body: team }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamsKey(organizationId) }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { followUpSettingsKey } from './use-follow-up-settings.js';
import { teamsKey } from './use-teams.js';

/** DELETE /api/v1/teams/{id} — rules pointing at the team fall back to the default team. */
export function useDeleteTeam() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request('DELETE', `/api/v1/teams/${encodeURIComponent(id)}`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: teamsKey(organizationId) });
      await queryClient.invalidateQueries({ queryKey: followUpSettingsKey(organizationId) });
    },
  });
}

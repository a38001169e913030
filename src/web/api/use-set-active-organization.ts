import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rememberOrganization } from '../session/last-organization.js';
import { request } from './http.js';

/** POST /api/auth/organization/set-active */
export async function setActiveOrganization(organizationId: string): Promise<void> {
  await request('POST', '/api/auth/organization/set-active', { body: { organizationId } });
  rememberOrganization(organizationId);
}

/** Switches the organization of this session, then refetches everything. */
export function useSetActiveOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setActiveOrganization,
    onSuccess: async () => {
      await queryClient.invalidateQueries();
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TOrganization } from '../../shared/contracts/organization.js';
import type { TUpdateOrganizationSettings } from './contract-types.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** PATCH /api/v1/organization/settings */
export function useUpdateOrganizationSettings() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: TUpdateOrganizationSettings) =>
      request<TOrganization>('PATCH', '/api/v1/organization/settings', { body: patch }),
    onSuccess: (organization) => {
      queryClient.setQueryData(queryKeys.organization(organizationId), organization);
    },
  });
}

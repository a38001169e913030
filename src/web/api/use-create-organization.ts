import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAuthOrganization } from './auth-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';
import { setActiveOrganization } from './use-set-active-organization.js';

export interface CreateOrganizationInput {
  name: string;
  slug: string;
}

/** POST /api/auth/organization/create (the creator becomes owner), then makes it active. */
export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: async (body: CreateOrganizationInput) => {
      const created = await request<TAuthOrganization>('POST', '/api/auth/organization/create', { body });
      await setActiveOrganization(created.id);
      return created;
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

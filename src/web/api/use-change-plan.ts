import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TOrganization } from '../../shared/contracts/organization.js';
import type { TChangePlan } from './contract-types.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

export type PlanChoice = TChangePlan['planId'];

/** PUT /api/v1/organization/plan (owners) */
export function useChangePlan() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (planId: PlanChoice) => request<TOrganization>('PUT', '/api/v1/organization/plan', { body: { planId } satisfies TChangePlan }),
    onSuccess: async (organization) => {
      queryClient.setQueryData(queryKeys.organization(organizationId), organization);
      await queryClient.invalidateQueries({ queryKey: queryKeys.usage(organizationId) });
    },
  });
}

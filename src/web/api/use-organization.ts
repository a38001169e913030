import { useQuery } from '@tanstack/react-query';
import type { TOrganization } from '../../shared/contracts/organization.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/organization */
export function useOrganization() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.organization(organizationId),
    queryFn: () => request<TOrganization>('GET', '/api/v1/organization'),
  });
}

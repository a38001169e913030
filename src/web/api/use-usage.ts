import { useQuery } from '@tanstack/react-query';
import type { TUsage } from '../../shared/contracts/organization.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/organization/usage */
export function useUsage() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.usage(organizationId),
    queryFn: () => request<TUsage>('GET', '/api/v1/organization/usage'),
  });
}

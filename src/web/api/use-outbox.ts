import { useQuery } from '@tanstack/react-query';
import type { TOutboxList } from './contract-types.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/outbox */
export function useOutbox() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.outbox(organizationId),
    queryFn: async () => (await request<TOutboxList>('GET', '/api/v1/outbox')).items,
  });
}

import { useQuery } from '@tanstack/react-query';
import type { TSegment } from '../../shared/contracts/segments.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/segments — saved segments with their current size. */
export function useSegments() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.segments(organizationId),
    queryFn: async () => (await request<{ items: TSegment[] }>('GET', '/api/v1/segments')).items,
  });
}

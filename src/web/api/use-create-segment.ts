import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCreateSegment, TSegment } from '../../shared/contracts/segments.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/v1/segments — saves the current filters under a name. */
export function useCreateSegment() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (body: TCreateSegment) => request<TSegment>('POST', '/api/v1/segments', { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.segments(organizationId) }),
  });
}

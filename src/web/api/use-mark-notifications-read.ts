import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TOk } from './contract-types.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/v1/notifications/read: the given notifications, or every one when no ids are given. */
export function useMarkNotificationsRead() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: readonly string[]) =>
      request<TOk>('POST', '/api/v1/notifications/read', { body: ids ? { ids } : {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications(organizationId) }),
  });
}

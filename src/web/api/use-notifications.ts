import { useQuery } from '@tanstack/react-query';
import type { TNotificationList } from '../../shared/contracts/notifications.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/notifications: the latest 50 and the unread count, asked again every 30 s while the tab is shown. */
export function useNotifications({ enabled }: { enabled: boolean }) {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.notifications(organizationId),
    queryFn: () => request<TNotificationList>('GET', '/api/v1/notifications'),
    enabled,
    refetchInterval: 30_000,
    staleTime: 10_000,
  });
}

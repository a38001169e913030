import { useQuery } from '@tanstack/react-query';
import type { TSendingSettings } from '../../shared/contracts/sending.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/settings/sending — throttling, follow-ups, quota behaviour, branding, own SMTP, widget key. */
export function useSendingSettings() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.sendingSettings(organizationId),
    queryFn: () => request<TSendingSettings>('GET', '/api/v1/settings/sending'),
  });
}

import { useQuery } from '@tanstack/react-query';
import type { TFollowUpSettings } from '../../shared/contracts/follow-up.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

export const followUpSettingsKey = (organizationId: string) =>
  [...queryKeys.org(organizationId), 'follow-up-settings'] as const;

/** GET /api/v1/settings/follow-up — case rules, SLA policy, default team, closing lists (defaults filled in). */
export function useFollowUpSettings() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: followUpSettingsKey(organizationId),
    queryFn: () => request<TFollowUpSettings>('GET', '/api/v1/settings/follow-up'),
  });
}

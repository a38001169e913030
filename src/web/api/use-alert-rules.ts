import { useQuery } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import type { TAlertRuleList } from './contract-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/alert-rules — the organization's rules with their health; Slack and Teams URLs only as a hint. */
export function useAlertRules() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.alertRules(organizationId),
    queryFn: async () => (await request<TAlertRuleList>('GET', '/api/v1/alert-rules')).rules,
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAlertRule } from '../../shared/contracts/alerts.js';
import { useSession } from '../session/session-context.js';
import type { TCreateAlertRuleBody } from './contract-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/v1/alert-rules — the server checks a Slack or Teams URL's address before it stores it. */
export function useCreateAlertRule() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    // The form shows the error at the field it names.
    meta: { silent: true },
    mutationFn: (body: TCreateAlertRuleBody) => request<TAlertRule>('POST', '/api/v1/alert-rules', { body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.alertRules(organizationId), exact: true });
    },
  });
}

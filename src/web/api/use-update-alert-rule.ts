import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAlertRule } from '../../shared/contracts/alerts.js';
import { useSession } from '../session/session-context.js';
import type { TUpdateAlertRuleBody } from './contract-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** PATCH /api/v1/alert-rules/{id} — any of its fields, a target replaced whole, or on/off. */
export function useUpdateAlertRule() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    // The form shows the error at the field it names; the on/off button notifies itself.
    meta: { silent: true },
    mutationFn: ({ id, patch }: { id: string; patch: TUpdateAlertRuleBody }) =>
      request<TAlertRule>('PATCH', `/api/v1/alert-rules/${encodeURIComponent(id)}`, { body: patch }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.alertRules(organizationId), exact: true });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import type { TOk } from './contract-types.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** DELETE /api/v1/alert-rules/{id} — the rule, its waiting alerts and its message log. */
export function useDeleteAlertRule() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    // The dialog shows the error.
    meta: { silent: true },
    mutationFn: (id: string) => request<TOk>('DELETE', `/api/v1/alert-rules/${encodeURIComponent(id)}`),
    onSuccess: async (_ok, id) => {
      queryClient.removeQueries({ queryKey: queryKeys.alertRuleDeliveries(organizationId, id) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.alertRules(organizationId), exact: true });
    },
  });
}

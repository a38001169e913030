import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** Response of POST /api/v1/demo (ZDemoResult, still in server/features/demo/demo.routes.ts). */
export interface TDemoResult {
  contacts: number;
  feedbackItems: number;
}

/** POST /api/v1/demo — fills the current, empty organization with demo data. */
export function useFillDemo() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request<TDemoResult>('POST', '/api/v1/demo', { body: {} }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.org(organizationId) });
    },
    meta: { silent: true },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TDemoResult } from '../../shared/contracts/demo.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

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

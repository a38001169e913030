import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TImportSummary, TStartImportRequest } from '../../shared/contracts/imports.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/v1/imports/{id}/start — runs the import in the background with this mapping. */
export function useStartImport(importId: string) {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    // The wizard shows the error next to its button.
    meta: { silent: true },
    mutationFn: (mapping: TStartImportRequest['mapping']) =>
      request<TImportSummary>('POST', `/api/v1/imports/${encodeURIComponent(importId)}/start`, {
        body: { mapping },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.import(organizationId, importId) }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSendingSettings, TUpdateSendingSettings } from '../../shared/contracts/sending.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** PATCH /api/v1/settings/sending — only the fields sent change; `smtpUrl: null` removes the own server. */
export function useUpdateSendingSettings() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (patch: TUpdateSendingSettings) =>
      request<TSendingSettings>('PATCH', '/api/v1/settings/sending', { body: patch }),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.sendingSettings(organizationId), settings),
  });
}

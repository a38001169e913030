import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFollowUpSettings, TFollowUpSettingsInput } from '../../shared/contracts/follow-up.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { followUpSettingsKey } from './use-follow-up-settings.js';

/** PUT /api/v1/settings/follow-up — the whole settings at once. */
export function useSaveFollowUpSettings() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (settings: TFollowUpSettingsInput) =>
      request<TFollowUpSettings>('PUT', '/api/v1/settings/follow-up', { body: settings }),
    onSuccess: (saved) => queryClient.setQueryData(followUpSettingsKey(organizationId), saved),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TUpdateWidgetIdentity,
  TWidgetIdentityState,
  TWidgetSecret,
} from '../../shared/contracts/widget-identity.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';

const keyOf = (organizationId: string) => ['org', organizationId, 'widget-identity'] as const;

/** GET /api/v1/settings/widget-identity — whether a widget secret exists and is required (owners and admins). */
export function useWidgetIdentity(enabled: boolean) {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: keyOf(organizationId),
    queryFn: () => request<TWidgetIdentityState>('GET', '/api/v1/settings/widget-identity'),
    enabled,
  });
}

/** PUT /api/v1/settings/widget-identity — require verification, or stop requiring it. */
export function useUpdateWidgetIdentity() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateWidgetIdentity) =>
      request<TWidgetIdentityState>('PUT', '/api/v1/settings/widget-identity', { body }),
    onSuccess: (state) => queryClient.setQueryData(keyOf(organizationId), state),
  });
}

/** POST /api/v1/settings/widget-identity/secret — a new secret, in this answer only; the old one stops working. */
export function useRotateWidgetSecret() {
  const { organizationId } = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request<TWidgetSecret>('POST', '/api/v1/settings/widget-identity/secret', { body: {} }),
    onSuccess: ({ secret: _secret, ...state }) => queryClient.setQueryData(keyOf(organizationId), state),
  });
}

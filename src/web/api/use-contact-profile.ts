import { useQuery } from '@tanstack/react-query';
import type { TContactProfile } from '../../shared/contracts/contacts.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/contacts/{externalId} — the profile and its timeline (feedback, condensed events). */
export function useContactProfile(externalId: string) {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.contact(organizationId, externalId),
    queryFn: () => request<TContactProfile>('GET', `/api/v1/contacts/${encodeURIComponent(externalId)}`),
  });
}

import { useQuery } from '@tanstack/react-query';
import type { TAttributeDefinitionList } from './contract-types.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/contact-attributes — the organization's custom attributes, offered as import targets. */
export function useContactAttributes() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.contactAttributes(organizationId),
    queryFn: async () => (await request<TAttributeDefinitionList>('GET', '/api/v1/contact-attributes')).items,
  });
}

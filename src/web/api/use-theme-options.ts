import { useQuery } from '@tanstack/react-query';
import type { TThemes } from '../../shared/contracts/themes.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** Every theme there is: the themes report lists the catalog's and the organization's own, named in both languages. */
const EVERY_DAY = { from: '2000-01-01', to: '2100-01-01' };

/**
 * The themes a filter offers, with their German and English names, from `GET /api/v1/themes`
 * (so an organization's own themes appear as they come); fetched only once `enabled`.
 */
export function useThemeOptions(enabled: boolean) {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.themes(organizationId, EVERY_DAY),
    queryFn: () => request<TThemes>('GET', '/api/v1/themes', { query: { ...EVERY_DAY } }),
    select: (data) => data.themes.map((t) => ({ id: t.id, name: t.name })),
    enabled,
    staleTime: 5 * 60_000,
  });
}

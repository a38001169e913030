import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TThemes } from '../../shared/contracts/themes.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/themes for a period (`to` exclusive); a changed period keeps the old figures until the new arrive. */
export function useThemes(range: { from: string; to: string }) {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.themes(organizationId, range),
    queryFn: () => request<TThemes>('GET', '/api/v1/themes', { query: { ...range } }),
    placeholderData: keepPreviousData,
  });
}

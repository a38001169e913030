import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TThemeDetail } from '../../shared/contracts/theme-detail.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/themes/{id} for a period (`to` exclusive); a changed period keeps the old page until the new arrives. */
export function useThemeDetail(themeId: string, range: { from: string; to: string }) {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: queryKeys.theme(organizationId, themeId, range),
    queryFn: () =>
      request<TThemeDetail>('GET', `/api/v1/themes/${encodeURIComponent(themeId)}`, { query: { ...range } }),
    placeholderData: keepPreviousData,
  });
}

import { useQuery } from '@tanstack/react-query';
import type { TThemePrecision } from '../../shared/contracts/tag-verdicts.js';
import { useSession } from '../session/session-context.js';
import { request } from './http.js';

/** GET /api/v1/themes/precision: per theme, how often its tag was right by the organization's verdicts. */
export function useThemePrecision() {
  const { organizationId } = useSession();
  return useQuery({
    queryKey: ['org', organizationId, 'theme-precision'] as const,
    queryFn: () => request<TThemePrecision>('GET', '/api/v1/themes/precision'),
  });
}

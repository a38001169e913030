import { useQuery } from '@tanstack/react-query';
import type { TMe } from '../../shared/contracts/organization.js';
import { ApiError, request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/me — `null` when signed out. */
export async function fetchMe(): Promise<TMe | null> {
  try {
    return await request<TMe>('GET', '/api/v1/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 60_000 });
}

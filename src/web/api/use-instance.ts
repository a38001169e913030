import { useQuery } from '@tanstack/react-query';
import type { TInstanceInfo } from '../../shared/contracts/instance.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** GET /api/v1/instance — public: whether sign-up is open and whether any account exists. */
export function fetchInstance(): Promise<TInstanceInfo> {
  return request<TInstanceInfo>('GET', '/api/v1/instance');
}

export function useInstance() {
  return useQuery({
    queryKey: queryKeys.instance,
    queryFn: fetchInstance,
    staleTime: 5 * 60_000,
  });
}

/** Sign-up links show unless the server said sign-up is closed (while unknown, the server still refuses). */
export function isSignupOpen(info: TInstanceInfo | undefined): boolean {
  return info?.signupEnabled ?? true;
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

/** POST /api/auth/sign-out (with an empty JSON body, which better-auth expects). */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request('POST', '/api/auth/sign-out', { body: {} }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['org'] });
      queryClient.removeQueries({ queryKey: ['invitation'] });
      queryClient.setQueryData(queryKeys.me, null);
    },
  });
}

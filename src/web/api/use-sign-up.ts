import { useMutation, useQueryClient } from '@tanstack/react-query';
import { markSignedIn } from '../session/last-organization.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
}

/** POST /api/auth/sign-up/email — signs the new account in right away. */
export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (body: SignUpInput) => request('POST', '/api/auth/sign-up/email', { body }),
    onSuccess: async () => {
      markSignedIn();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.me }),
        queryClient.invalidateQueries({ queryKey: queryKeys.instance }),
      ]);
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { markSignedIn } from '../session/last-organization.js';
import { request } from './http.js';
import { queryKeys } from './query-keys.js';

export interface SignInInput {
  email: string;
  password: string;
}

/** POST /api/auth/sign-in/email */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (body: SignInInput) =>
      request('POST', '/api/auth/sign-in/email', { body: { ...body, rememberMe: true } }),
    onSuccess: async () => {
      markSignedIn();
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

import { useMutation } from '@tanstack/react-query';
import { request } from './http.js';

export interface ResetPasswordInput {
  token: string;
  newPassword: string;
}

/** POST /api/auth/reset-password */
export function useResetPassword() {
  return useMutation({
    meta: { silent: true },
    mutationFn: (body: ResetPasswordInput) => request('POST', '/api/auth/reset-password', { body }),
  });
}

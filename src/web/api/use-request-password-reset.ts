import { useMutation } from '@tanstack/react-query';
import { request } from './http.js';

/** POST /api/auth/request-password-reset — the mail links back to /reset-password?token=… */
export function useRequestPasswordReset() {
  return useMutation({
    meta: { silent: true },
    mutationFn: (email: string) =>
      request('POST', '/api/auth/request-password-reset', { body: { email, redirectTo: '/reset-password' } }),
  });
}

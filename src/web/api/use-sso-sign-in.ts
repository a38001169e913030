import { useMutation } from '@tanstack/react-query';
import type { TSsoSignInRequest, TSsoSignInResponse } from '../../shared/contracts/sso.js';
import { request } from './http.js';

/**
 * POST /api/auth/sign-in/sso (better-auth) — answers with the identity provider's sign-in URL
 * for the e-mail's domain, or 404 when no provider is set up for it. The caller leaves the app
 * for that URL; the session starts when the IdP sends the person back.
 */
export function useSsoSignIn() {
  return useMutation({
    meta: { silent: true },
    mutationFn: (body: TSsoSignInRequest) =>
      request<TSsoSignInResponse>('POST', '/api/auth/sign-in/sso', { body }),
  });
}

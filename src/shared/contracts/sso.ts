import { z } from 'zod';
import { ZIsoDate } from './common.js';

/** Names the provider in its callback URL (/api/auth/sso/callback/<providerId>), so URL-safe and unique. */
export const ZSsoProviderId = z
  .string()
  .trim()
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
    'use 1–63 lowercase letters, digits and dashes, not starting or ending with a dash',
  );

const ZHttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000);

export const ZSsoProvider = z
  .object({
    providerId: z.string(),
    issuer: z.string(),
    domain: z
      .string()
      .meta({ description: 'People with e-mail addresses at this domain sign in through this provider' }),
    createdAt: ZIsoDate.nullable(),
    redirectUri: z.string().meta({
      description: 'Register this as the redirect (callback) URI of the client at the identity provider',
    }),
  })
  .meta({ id: 'SsoProvider' });
export type TSsoProvider = z.infer<typeof ZSsoProvider>;

export const ZSsoProviderList = z.object({ items: z.array(ZSsoProvider) });
export type TSsoProviderList = z.infer<typeof ZSsoProviderList>;

export const ZCreateSsoProviderRequest = z
  .object({
    providerId: ZSsoProviderId,
    issuer: ZHttpUrl.meta({ description: 'The OpenID issuer, e.g. https://acme.okta.com' }),
    domain: z
      .string()
      .trim()
      .toLowerCase()
      .regex(
        /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/,
        'must be an e-mail domain such as acme.com',
      ),
    clientId: z.string().trim().min(1, 'must not be empty').max(500),
    clientSecret: z.string().min(1, 'must not be empty').max(2000),
    discoveryEndpoint: ZHttpUrl.optional().meta({
      description: 'Defaults to <issuer>/.well-known/openid-configuration',
    }),
  })
  .meta({ id: 'CreateSsoProvider' });
export type TCreateSsoProviderRequest = z.infer<typeof ZCreateSsoProviderRequest>;

export const ZSsoProviderParams = z.object({ providerId: ZSsoProviderId });

/** What the dashboard's "Sign in with SSO" button posts to POST /api/auth/sign-in/sso (better-auth). */
export const ZSsoSignInRequest = z.object({
  email: z.email(),
  callbackURL: z.string().meta({ description: 'Where to land after signing in, e.g. "/"' }),
  errorCallbackURL: z.string().optional(),
});
export type TSsoSignInRequest = z.infer<typeof ZSsoSignInRequest>;
export const ZSsoSignInResponse = z.object({ url: z.string(), redirect: z.boolean() });
export type TSsoSignInResponse = z.infer<typeof ZSsoSignInResponse>;

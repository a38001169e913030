import { APIError } from 'better-auth/api';
import type { TCreateSsoProviderRequest, TSsoProvider } from '../../../shared/contracts/sso.js';
import { AUTH_BASE_PATH, type Auth } from '../../auth/auth.js';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../common/app-error.js';
import { iso } from '../../common/iso.js';
import { discoverIdp } from './oidc-discovery.js';
import * as repo from './sso.repo.js';

export interface SsoDeps {
  db: Db;
  auth: Auth;
  config: { publicUrl: string; SSO_INTERNAL_IDP_ORIGINS: readonly string[] };
}

/** Scopes we ask for: identity only. No offline_access — we never call the IdP after sign-in. */
const SCOPES = ['openid', 'email', 'profile'];

export async function listSsoProviders(deps: SsoDeps, organizationId: string): Promise<TSsoProvider[]> {
  const rows = await repo.listProviders(deps.db, organizationId);
  return rows.map((r) => toDto(deps, r));
}

/**
 * Registers an OpenID provider for the organization through better-auth's sso plugin.
 * `headers` carry the caller's session: the plugin's endpoint insists on one and records the
 * caller as the provider's creator (it also checks they are an owner or admin of the organization;
 * our routes already require an owner).
 */
export async function registerSsoProvider(
  deps: SsoDeps,
  input: { organizationId: string; headers: Headers; provider: TCreateSsoProviderRequest },
): Promise<TSsoProvider> {
  const p = input.provider;
  if (await repo.isProviderIdTaken(deps.db, p.providerId)) {
    throw new AppError('CONFLICT', 'This provider ID is already in use; choose another', [
      { field: 'body.providerId', message: 'already in use' },
    ]);
  }
  if (await repo.isDomainTaken(deps.db, p.domain)) {
    throw new AppError('CONFLICT', 'An SSO provider for this e-mail domain already exists', [
      { field: 'body.domain', message: 'already has an SSO provider' },
    ]);
  }
  const idp = await discoverIdp(
    { internalOrigins: deps.config.SSO_INTERNAL_IDP_ORIGINS },
    { issuer: p.issuer, discoveryEndpoint: p.discoveryEndpoint },
  );
  try {
    await deps.auth.api.registerSSOProvider({
      headers: input.headers,
      body: {
        providerId: p.providerId,
        // The issuer as the IdP states it: ID tokens are checked against it to the character.
        issuer: idp.issuer,
        domain: p.domain,
        organizationId: input.organizationId,
        oidcConfig: {
          clientId: p.clientId,
          clientSecret: p.clientSecret,
          skipDiscovery: true,
          discoveryEndpoint: idp.discoveryEndpoint,
          authorizationEndpoint: idp.authorizationEndpoint,
          tokenEndpoint: idp.tokenEndpoint,
          jwksEndpoint: idp.jwksEndpoint,
          ...(idp.userInfoEndpoint ? { userInfoEndpoint: idp.userInfoEndpoint } : {}),
          tokenEndpointAuthentication: idp.tokenEndpointAuthentication,
          scopes: SCOPES,
          pkce: true,
        },
      },
    });
  } catch (err) {
    throw fromAuthError(err);
  }
  const created = await repo.findProvider(deps.db, input.organizationId, p.providerId);
  if (!created) throw new Error('sso provider missing right after registration');
  return toDto(deps, created);
}

/** Deletes the provider and, through the plugin, the accounts linked to it (their members stay). */
export async function deleteSsoProvider(
  deps: SsoDeps,
  input: { organizationId: string; headers: Headers; providerId: string },
): Promise<void> {
  if (!(await repo.findProvider(deps.db, input.organizationId, input.providerId)))
    throw notFound('SSO provider');
  try {
    await deps.auth.api.deleteSSOProvider({ headers: input.headers, body: { providerId: input.providerId } });
  } catch (err) {
    throw fromAuthError(err);
  }
}

export function ssoRedirectUri(publicUrl: string, providerId: string): string {
  return `${publicUrl}${AUTH_BASE_PATH}/sso/callback/${encodeURIComponent(providerId)}`;
}

function toDto(
  deps: SsoDeps,
  r: { providerId: string; issuer: string; domain: string; createdAt: Date | null },
): TSsoProvider {
  return {
    providerId: r.providerId,
    issuer: r.issuer,
    domain: r.domain,
    createdAt: iso(r.createdAt),
    redirectUri: ssoRedirectUri(deps.config.publicUrl, r.providerId),
  };
}

/** The plugin answers in its own error type; ours names the field where it can. */
function fromAuthError(err: unknown): unknown {
  if (!(err instanceof APIError)) return err;
  const message = typeof err.body?.message === 'string' ? err.body.message : err.message;
  if (err.statusCode === 422)
    return new AppError('CONFLICT', message, [{ field: 'body.providerId', message }]);
  if (err.statusCode === 400) return new AppError('BAD_REQUEST', message);
  if (err.statusCode === 403) return new AppError('FORBIDDEN', message);
  if (err.statusCode === 404) return notFound('SSO provider');
  return err;
}

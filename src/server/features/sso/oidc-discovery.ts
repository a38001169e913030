import { computeDiscoveryUrl, DiscoveryError, discoverOIDCConfig } from '@better-auth/sso';
import { AppError } from '../../common/app-error.js';
import {
  checkHost,
  ipLiteral,
  isPublicHost,
  outboundAddressPolicy,
  systemResolver,
} from '../../net/outbound-address-policy.js';

/**
 * OpenID discovery at registration, done here rather than by the sso plugin.
 *
 * @better-auth/sso 1.7.5 demands that the discovery URL and every endpoint in the discovery
 * document be in better-auth's `trustedOrigins`, even for a public https IdP
 * (better-auth/better-auth#10831). Organizations bring their own IdPs, so we cannot list them
 * ahead of time, and listing them would also switch off the plugin's private-address checks.
 * So we fetch the document with the plugin's own `discoverOIDCConfig`, but with our policy as
 * its predicate — https on a publicly routable host, or an origin the operator listed in
 * SSO_INTERNAL_IDP_ORIGINS — and register the resolved endpoints with `skipDiscovery`. The
 * plugin then checks those endpoints again at registration and before every token, userinfo
 * and JWKS request at sign-in (public host or trusted origin, plus a DNS check).
 *
 * Which hosts are public is the server's one outbound address policy (`net/`), shared with webhook
 * deliveries; an IdP on a private network is allowed by its origin (SSO_INTERNAL_IDP_ORIGINS),
 * not by the webhooks' operator networks.
 */

/** No networks beyond the public ones: private IdPs are allowed by origin instead. */
const PUBLIC_ONLY = outboundAddressPolicy();

export interface IdpPolicy {
  /** Origins the operator allows although they are private or plain http. */
  internalOrigins: readonly string[];
}

export interface DiscoveredIdp {
  issuer: string;
  discoveryEndpoint: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  jwksEndpoint: string;
  userInfoEndpoint: string | undefined;
  tokenEndpointAuthentication: 'client_secret_basic' | 'client_secret_post';
}

const NOT_ALLOWED =
  'must be an https URL on a public host (an identity provider on a private network needs its origin in SSO_INTERNAL_IDP_ORIGINS)';

/** May the server contact `url` for an identity provider? */
export function isAllowedIdpUrl(policy: IdpPolicy, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (policy.internalOrigins.includes(parsed.origin)) return true;
  return parsed.protocol === 'https:' && isPublicHost(parsed.hostname);
}

export async function discoverIdp(
  policy: IdpPolicy,
  input: { issuer: string; discoveryEndpoint?: string | undefined },
): Promise<DiscoveredIdp> {
  const field = input.discoveryEndpoint ? 'body.discoveryEndpoint' : 'body.issuer';
  const discoveryUrl = input.discoveryEndpoint ?? computeDiscoveryUrl(input.issuer);
  if (!isAllowedIdpUrl(policy, input.issuer)) throw invalid('body.issuer', NOT_ALLOWED);
  if (!isAllowedIdpUrl(policy, discoveryUrl)) throw invalid(field, NOT_ALLOWED);
  await assertResolvesToPublicAddresses(policy, field, discoveryUrl);

  let found;
  try {
    found = await discoverOIDCConfig({
      issuer: input.issuer,
      discoveryEndpoint: discoveryUrl,
      timeout: 10_000,
      isTrustedOrigin: (url) => isAllowedIdpUrl(policy, url),
    });
  } catch (err) {
    if (err instanceof DiscoveryError) throw invalid(field, discoveryMessage(err), 'BAD_REQUEST');
    throw err;
  }
  const auth = found.tokenEndpointAuthentication;
  if (auth !== 'client_secret_basic' && auth !== 'client_secret_post') {
    throw invalid(
      field,
      'the provider offers neither client_secret_basic nor client_secret_post for its token endpoint',
      'BAD_REQUEST',
    );
  }
  return {
    issuer: found.issuer,
    discoveryEndpoint: found.discoveryEndpoint,
    authorizationEndpoint: found.authorizationEndpoint,
    tokenEndpoint: found.tokenEndpoint,
    jwksEndpoint: found.jwksEndpoint,
    userInfoEndpoint: found.userInfoEndpoint,
    tokenEndpointAuthentication: auth,
  };
}

/** A name may point at an internal address even when it looks public (the plugin checks the same at sign-in). */
async function assertResolvesToPublicAddresses(policy: IdpPolicy, field: string, url: string): Promise<void> {
  const parsed = new URL(url);
  if (policy.internalOrigins.includes(parsed.origin)) return;
  if (ipLiteral(parsed.hostname) !== null) return; // IP literals were classified above
  const check = await checkHost(PUBLIC_ONLY, parsed.hostname, systemResolver);
  if (check.ok) return;
  if (check.reason === 'unresolvable')
    throw invalid(field, `the host ${parsed.hostname} could not be resolved`, 'BAD_REQUEST');
  throw invalid(field, NOT_ALLOWED);
}

function discoveryMessage(err: DiscoveryError): string {
  switch (err.code) {
    case 'discovery_untrusted_origin':
    case 'discovery_private_host':
      return `an endpoint in the provider's discovery document ${NOT_ALLOWED}: ${err.message}`;
    case 'issuer_mismatch':
      return `the discovery document names a different issuer: ${err.message}`;
    default:
      return `OpenID discovery failed: ${err.message}`;
  }
}

/** Policy violations are validation errors; a provider that does not answer properly is a bad request. */
function invalid(
  field: string,
  message: string,
  code: 'VALIDATION_FAILED' | 'BAD_REQUEST' = 'VALIDATION_FAILED',
): AppError {
  return new AppError(code, `${field}: ${message}`, [{ field, message }]);
}

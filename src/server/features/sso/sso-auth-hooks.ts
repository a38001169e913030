import type { DBFieldAttribute } from '@better-auth/core/db';
import { createAuthMiddleware } from 'better-auth/api';
import type { Role } from '../../../shared/roles.js';
import { emailMatchesDomain } from './sso-domain.js';

/**
 * What auth.ts plugs into better-auth for single sign-on. Kept here, next to the feature, so
 * auth.ts stays a configuration file.
 */

/** The sso plugin's provider-management routes, closed over HTTP (see auth.ts, disabledPaths). */
export const SSO_PLUGIN_MANAGEMENT_PATHS = [
  '/sso/register',
  '/sso/update-provider',
  '/sso/delete-provider',
  '/sso/providers',
  '/sso/get-provider',
  '/sso/request-domain-verification',
  '/sso/verify-domain',
] as const;

/** better-auth's sso_provider table has no creation time; the settings list shows one. */
export const SSO_PROVIDER_ADDITIONAL_FIELDS = {
  createdAt: { type: 'date', required: false, input: false, defaultValue: () => new Date() },
} satisfies Record<string, DBFieldAttribute>;

/** The role of a person who joins an organization by signing in through its identity provider. */
export const SSO_MEMBER_ROLE: Role = 'analyst';

const SSO_CALLBACK_PATH = '/sso/callback/:providerId';

interface ProviderRow {
  organizationId?: string | null;
  domain: string;
}

/**
 * Runs after every better-auth endpoint; acts only after a successful OIDC callback. The person
 * who signed in through an organization's provider becomes a member of that organization (role
 * SSO_MEMBER_ROLE) unless they already are one or hold a pending invitation (whose role wins
 * when they accept it), and the new session starts in that organization.
 *
 * Only e-mails in the provider's domain are provisioned: the owner registered the provider for
 * that domain, and an IdP that asserts other addresses does not get to add them.
 */
export const ssoSignInHook = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== SSO_CALLBACK_PATH) return;
  const signedIn = ctx.context.newSession;
  const providerId = (ctx.params as { providerId?: unknown } | undefined)?.providerId;
  if (!signedIn || typeof providerId !== 'string') return;

  const { adapter, internalAdapter, logger } = ctx.context;
  const provider = await adapter.findOne<ProviderRow>({ model: 'ssoProvider', where: [{ field: 'providerId', value: providerId }] });
  const organizationId = provider?.organizationId;
  if (!provider || !organizationId) return;
  const { user, session } = signedIn;
  if (!emailMatchesDomain(user.email, provider.domain)) {
    logger.warn(`SSO sign-in through ${providerId}: e-mail outside the provider's domain, no membership granted`);
    return;
  }

  const membership = await adapter.findOne({
    model: 'member',
    where: [
      { field: 'organizationId', value: organizationId },
      { field: 'userId', value: user.id },
    ],
  });
  if (!membership) {
    const invitation = await adapter.findOne({
      model: 'invitation',
      where: [
        { field: 'organizationId', value: organizationId },
        { field: 'email', value: user.email.toLowerCase() },
        { field: 'status', value: 'pending' },
        { field: 'expiresAt', value: new Date(), operator: 'gt' },
      ],
    });
    if (invitation) return;
    await adapter.create({ model: 'member', data: { organizationId, userId: user.id, role: SSO_MEMBER_ROLE, createdAt: new Date() } });
  }
  await internalAdapter.updateSession(session.token, { activeOrganizationId: organizationId });
});

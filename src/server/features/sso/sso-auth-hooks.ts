import { createAuthMiddleware } from 'better-auth/api';
import type { Role } from '../../../shared/roles.js';
import { emailMatchesDomain } from './sso-domain.js';

/**
 * What happens after a better-auth sign-in through single sign-on: runtime.ts hands this hook to
 * createAuth (auth/ imports no feature), so auth.ts stays a configuration file. The sso plugin's
 * own settings live in auth/sso-plugin.ts.
 */

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
  const provider = await adapter.findOne<ProviderRow>({
    model: 'ssoProvider',
    where: [{ field: 'providerId', value: providerId }],
  });
  const organizationId = provider?.organizationId;
  if (!provider || !organizationId) return;
  const { user, session } = signedIn;
  if (!emailMatchesDomain(user.email, provider.domain)) {
    logger.warn(
      `SSO sign-in through ${providerId}: e-mail outside the provider's domain, no membership granted`,
    );
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
    await adapter.create({
      model: 'member',
      data: { organizationId, userId: user.id, role: SSO_MEMBER_ROLE, createdAt: new Date() },
    });
  }
  await internalAdapter.updateSession(session.token, { activeOrganizationId: organizationId });
});

import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { organization } from 'better-auth/plugins/organization';
import { sso } from '@better-auth/sso';
import type { AuthMiddleware } from 'better-auth/api';
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import * as authSchema from '../db/schema/auth.js';
import type { SendMail } from '../email/mail.js';
import { ac, orgRoles } from './access-control.js';
import { invitationMail, resetPasswordMail } from './auth-mails.js';
import { SSO_PLUGIN_MANAGEMENT_PATHS, SSO_PROVIDER_ADDITIONAL_FIELDS } from './sso-plugin.js';

export interface AuthDeps {
  db: Db;
  secret: string;
  publicUrl: string;
  /** Origins a browser may sign up, sign in and change things from (Config.browserOrigins). */
  browserOrigins: readonly string[];
  sendMail: SendMail;
  signupEnabled: boolean;
  logger: Logger;
  /**
   * Runs when an organization is created, from the dashboard, the CLI or the bootstrap: writes its
   * settings row with DEFAULT_PLAN (organizations.repo.ts insertOrgSettings, bound by runtime.ts),
   * so no code path falls back to a plan nobody chose.
   */
  onOrganizationCreated: (organizationId: string) => Promise<void>;
  /**
   * Runs after every better-auth endpoint: the sso feature's ssoSignInHook (membership of the
   * provider's organization after an SSO callback), passed in because auth/ imports no feature.
   */
  afterEndpoint: AuthMiddleware;
  /** Sign-in attempts allowed per IP and minute; tests raise it where they sign in a lot. */
  signInPerMinute?: number;
  /**
   * Origins of OpenID providers that sit on a private network or speak plain http (an internal
   * Keycloak; the tests' loopback IdP). The sso plugin refuses to contact such hosts unless they
   * are trusted origins, which also makes them acceptable request origins and redirect targets
   * — hence opt-in, from SSO_INTERNAL_IDP_ORIGINS, empty by default.
   */
  internalIdpOrigins?: readonly string[];
}

export const AUTH_BASE_PATH = '/api/auth';
export const CLIENT_IP_HEADER = 'x-resonance-client-ip';

export function createAuth(deps: AuthDeps) {
  return betterAuth({
    appName: 'Resonance',
    baseURL: deps.publicUrl,
    basePath: AUTH_BASE_PATH,
    secret: deps.secret,
    trustedOrigins: [...deps.browserOrigins, ...(deps.internalIdpOrigins ?? [])],
    telemetry: { enabled: false },
    // better-auth's messages go through our logger (structured, redacted) instead of stderr.
    logger: {
      log: (level, message) => deps.logger[level]({ component: 'auth' }, message),
    },
    // better-auth skips its origin check when it thinks it runs under a test runner; ours test
    // the check as it runs in production, so it is always on.
    // Cookies are Secure (and __Secure- named) exactly when the installation is served over https;
    // said here rather than left to better-auth's guess from baseURL and NODE_ENV.
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      disableOriginCheck: false,
      useSecureCookies: deps.publicUrl.startsWith('https://'),
    },
    database: drizzleAdapter(deps.db, { provider: 'pg', schema: authSchema }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: !deps.signupEnabled,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) => {
        await deps.sendMail(resetPasswordMail(user.email, user.name, url));
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    // Counters live in the database so every web node sees the same limits.
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 300,
      customRules: {
        '/sign-in/email': { window: 60, max: deps.signInPerMinute ?? 10 },
        '/sign-up/email': { window: 60, max: deps.signInPerMinute ?? 10 },
        // Only hands out the IdP's URL, but better-auth's default for /sign-in/* is 3 per 10 s.
        '/sign-in/sso': { window: 60, max: deps.signInPerMinute ?? 10 },
        '/request-password-reset': { window: 60, max: 5 },
      },
    },
    // The sso plugin's own provider-management routes let an organization's 'admin' register
    // providers, but an IdP grants membership, so only owners may (GET/POST/DELETE
    // /api/v1/sso/providers, which call the same endpoints through auth.api). disabledPaths
    // closes the HTTP routes only; auth.api keeps working.
    disabledPaths: [...SSO_PLUGIN_MANAGEMENT_PATHS],
    // After an SSO callback: make the person a member of the provider's organization and make
    // that organization the new session's active one (features/sso/sso-auth-hooks.ts).
    hooks: { after: deps.afterEndpoint },
    plugins: [
      organization({
        ac,
        roles: orgRoles,
        creatorRole: 'owner',
        invitationExpiresIn: 60 * 60 * 24 * 7,
        cancelPendingInvitationsOnReInvite: true,
        // Every organization, from the dashboard, the CLI or the bootstrap, gets its settings
        // row (and so its plan) here, so no code path falls back to a plan nobody chose.
        organizationHooks: {
          afterCreateOrganization: async ({ organization: created }) => {
            await deps.onOrganizationCreated(created.id);
          },
        },
        sendInvitationEmail: async (data) => {
          const url = `${deps.publicUrl}/accept-invitation/${data.id}`;
          await deps.sendMail(
            invitationMail({
              to: data.email,
              organizationId: data.organization.id,
              organizationName: data.organization.name,
              inviterName: data.inviter.user.name,
              role: data.role,
              url,
            }),
          );
        },
      }),
      sso({
        // The plugin's provisioning can only assign 'member' | 'admin', and 'member' is not one
        // of our roles; ssoSignInHook provisions 'analyst' instead.
        organizationProvisioning: { disabled: true },
        schema: { ssoProvider: { additionalFields: SSO_PROVIDER_ADDITIONAL_FIELDS } },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { organization } from 'better-auth/plugins/organization';
import { sso } from '@better-auth/sso';
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import * as authSchema from '../db/schema/auth.js';
import type { SendMail } from '../email/mail.js';
import { ac, orgRoles } from './access-control.js';
import { invitationMail, resetPasswordMail } from './auth-mails.js';

export interface AuthDeps {
  db: Db;
  secret: string;
  publicUrl: string;
  sendMail: SendMail;
  signupEnabled: boolean;
  logger: Logger;
  /** Sign-in attempts allowed per IP and minute; tests raise it where they sign in a lot. */
  signInPerMinute?: number;
}

export const AUTH_BASE_PATH = '/api/auth';
export const CLIENT_IP_HEADER = 'x-resonance-client-ip';

export function createAuth(deps: AuthDeps) {
  return betterAuth({
    appName: 'Resonance',
    baseURL: deps.publicUrl,
    basePath: AUTH_BASE_PATH,
    secret: deps.secret,
    trustedOrigins: [deps.publicUrl],
    telemetry: { enabled: false },
    // better-auth's messages go through our logger (structured, redacted) instead of stderr.
    logger: {
      log: (level, message) => deps.logger[level]({ component: 'auth' }, message),
    },
    advanced: { ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] } },
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
        '/request-password-reset': { window: 60, max: 5 },
      },
    },
    plugins: [
      organization({
        ac,
        roles: orgRoles,
        creatorRole: 'owner',
        invitationExpiresIn: 60 * 60 * 24 * 7,
        cancelPendingInvitationsOnReInvite: true,
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
        organizationProvisioning: { disabled: false, defaultRole: 'member' },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

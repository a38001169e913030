import type { DBFieldAttribute } from '@better-auth/core/db';

/**
 * How auth.ts configures better-auth's sso plugin. These shape the plugin's routes and its table
 * (and so the `Auth` type), so they live with the auth configuration; what happens after an SSO
 * sign-in is the sso feature's (features/sso/sso-auth-hooks.ts), passed in by runtime.ts.
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

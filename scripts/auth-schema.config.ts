// Used only by `npx auth generate` to write src/server/db/schema/auth.ts.
import { drizzle } from 'drizzle-orm/node-postgres';
import { createAuth } from '../src/server/auth/auth.js';
import type { Db } from '../src/server/db/client.js';
import { ssoSignInHook } from '../src/server/features/sso/sso-auth-hooks.js';
import { createLogger } from '../src/server/logger.js';

export const auth = createAuth({
  db: drizzle.mock() as unknown as Db,
  secret: 'x'.repeat(32),
  publicUrl: 'http://localhost:3000',
  browserOrigins: ['http://localhost:3000'],
  sendMail: async () => {},
  signupEnabled: true,
  onOrganizationCreated: async () => {},
  afterEndpoint: ssoSignInHook,
  logger: createLogger('silent'),
});

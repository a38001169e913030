import type { Auth } from '../../auth/auth.js';
import { AppError } from '../../common/app-error.js';

/**
 * Creates an account with a password through better-auth's own adapter and hasher, so it works
 * even when public sign-up is switched off (bootstrap and CLI run as the operator).
 */
export async function createAccount(auth: Auth, input: { email: string; password: string; name: string }) {
  const ctx = await auth.$context;
  const email = input.email.toLowerCase();
  if (input.password.length < 8) {
    throw new AppError('VALIDATION_FAILED', 'password must be at least 8 characters', [
      { field: 'password', message: 'too short' },
    ]);
  }
  const existing = await ctx.internalAdapter.findUserByEmail(email, { includeAccounts: false });
  if (existing)
    throw new AppError('CONFLICT', `An account for ${email} already exists`, [
      { field: 'email', message: 'already registered' },
    ]);
  const user = await ctx.internalAdapter.createUser(
    { email, name: input.name, emailVerified: false },
    { method: 'admin' },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: 'credential',
    accountId: user.id,
    password: await ctx.password.hash(input.password),
  });
  return { id: user.id, email: user.email, name: user.name };
}

export async function findAccountByEmail(auth: Auth, email: string) {
  const ctx = await auth.$context;
  const found = await ctx.internalAdapter.findUserByEmail(email.toLowerCase(), { includeAccounts: false });
  return found ? { id: found.user.id, email: found.user.email, name: found.user.name } : null;
}

import { z } from 'zod';
import { createAccount } from '../features/organizations/accounts.service.js';
import { CliError } from './cli-error.js';
import type { Command } from './command.js';
import { requireFlag } from './parse-flags.js';

export const createUserCommand: Command = {
  words: ['user', 'create'],
  usage: 'user create --email E --password P [--name N]',
  summary: 'Create a person who can sign in (works even when public sign-up is off)',
  flags: ['email', 'password', 'name'],
  prepare(flags) {
    const email = requireFlag(flags, 'email');
    const password = requireFlag(flags, 'password');
    if (!z.email().safeParse(email).success)
      throw new CliError(`--email "${email}" is not a valid e-mail address`);
    if (password.length < 8) throw new CliError('--password must be at least 8 characters');
    const name = flags.name?.trim() || email.split('@')[0] || email;
    return async ({ deps, print }) => {
      const user = await createAccount(deps.auth, { email, password, name });
      print(`Created user ${user.email} (${user.name}).`);
      return { userId: user.id, email: user.email, name: user.name };
    };
  },
};

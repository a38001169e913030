import { findAccountByEmail } from '../features/organizations/accounts.service.js';
import { createOrganization } from '../features/organizations/organizations.service.js';
import { CliError } from './cli-error.js';
import type { Command } from './command.js';
import { requireFlag } from './parse-flags.js';

/** What the dashboard and URLs accept as a slug. */
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

export const createOrgCommand: Command = {
  words: ['org', 'create'],
  usage: 'org create --name N [--slug S] --owner EMAIL',
  summary: 'Create an organization owned by an existing user',
  flags: ['name', 'slug', 'owner'],
  prepare(flags) {
    const name = requireFlag(flags, 'name');
    const ownerEmail = requireFlag(flags, 'owner');
    const slug = flags.slug?.trim();
    if (slug !== undefined && !SLUG.test(slug)) {
      throw new CliError(
        `--slug "${slug}" must be 1–40 lowercase letters, digits or dashes, not starting or ending with a dash`,
      );
    }
    return async ({ deps, print }) => {
      const owner = await findAccountByEmail(deps.auth, ownerEmail);
      if (!owner)
        throw new CliError(`--owner: no user with e-mail ${ownerEmail}; create one with "user create" first`);
      const org = await createOrganization(deps, { name, ownerUserId: owner.id, ...(slug ? { slug } : {}) });
      print(`Created organization ${org.name} (${org.slug}), owned by ${owner.email}.`);
      return { organization: org.slug, organizationId: org.id, name: org.name, owner: owner.email };
    };
  },
};

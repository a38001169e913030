import { createApiKey } from '../features/api-keys/api-keys.service.js';
import { findOrganizationBySlug } from '../features/organizations/organizations.repo.js';
import { CliError } from './cli-error.js';
import type { Command } from './command.js';
import { requireFlag } from './parse-flags.js';

export const createApiKeyCommand: Command = {
  words: ['api-key', 'create'],
  usage: 'api-key create --org SLUG [--name N]',
  summary: 'Create an API key for an organization (shown once)',
  flags: ['org', 'name'],
  prepare(flags) {
    const slug = requireFlag(flags, 'org');
    const name = flags.name?.trim() || 'CLI key';
    return async ({ deps, print }) => {
      const org = await findOrganizationBySlug(deps.db, slug);
      if (!org) throw new CliError(`--org: no organization with slug "${slug}"`);
      const created = await createApiKey(deps, { organizationId: org.id, name, createdByUserId: null });
      print(`Created API key "${created.name}" for ${org.name} (${slug}). It is shown once: store it now.`);
      return { apiKey: created.key, organization: slug, id: created.id, name: created.name };
    };
  },
};

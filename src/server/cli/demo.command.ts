import { randomBytes } from 'node:crypto';
import { listOrganizations } from '../features/demo/demo.repo.js';
import { createDemoWorkspace } from '../features/demo/demo.service.js';
import { createAccount, findAccountByEmail } from '../features/organizations/accounts.service.js';
import { findOrganizationBySlug } from '../features/organizations/organizations.repo.js';
import { createOrganization } from '../features/organizations/organizations.service.js';
import { CliError } from './cli-error.js';
import type { CliContext, CliResult, Command } from './command.js';

export const DEMO_OWNER_EMAIL = 'demo@example.com';
export const DEMO_ORG_NAME = 'Demo GmbH';

interface Target {
  id: string;
  name: string;
  slug: string;
  /** Set when this run created the owner, so the password can be shown once. */
  password?: string;
}

export const demoCommand: Command = {
  words: ['demo'],
  usage: 'demo [--org SLUG]',
  summary: `Fill an empty organization with two years of demo data (none yet: creates ${DEMO_ORG_NAME} and its owner)`,
  flags: ['org'],
  prepare(flags) {
    const slug = flags.org?.trim();
    return async (ctx) => {
      const target = slug ? await bySlug(ctx, slug) : await soleOrNewOrganization(ctx);
      ctx.print(`Generating two years of customers and feedback for ${target.name} (${target.slug}) …`);
      const created = await createDemoWorkspace(ctx.deps, target.id);
      ctx.print(`Done: ${created.contacts} contacts, ${created.feedbackItems} feedback items.`);
      const result: CliResult = {
        organization: target.slug,
        contacts: created.contacts,
        feedbackItems: created.feedbackItems,
      };
      if (target.password) {
        ctx.print(
          `Sign in at ${ctx.deps.config.publicUrl} as ${DEMO_OWNER_EMAIL} with password ${target.password}`,
        );
        Object.assign(result, { owner: DEMO_OWNER_EMAIL, password: target.password });
      }
      return result;
    };
  },
};

async function bySlug(ctx: CliContext, slug: string): Promise<Target> {
  const org = await findOrganizationBySlug(ctx.deps.db, slug);
  if (!org) throw new CliError(`--org: no organization with slug "${slug}"`);
  return { ...org, slug };
}

/** One organization: use it. None: create the demo owner and organization. Several: ask. */
async function soleOrNewOrganization(ctx: CliContext): Promise<Target> {
  const orgs = await listOrganizations(ctx.deps.db, 2);
  if (orgs.length > 1) throw new CliError('There are several organizations: choose one with --org SLUG');
  if (orgs[0]) return orgs[0];

  let password: string | undefined;
  let owner = await findAccountByEmail(ctx.deps.auth, DEMO_OWNER_EMAIL);
  if (owner) {
    ctx.print(`Using the existing user ${DEMO_OWNER_EMAIL} (password unchanged).`);
  } else {
    password = randomBytes(12).toString('base64url');
    owner = await createAccount(ctx.deps.auth, { email: DEMO_OWNER_EMAIL, password, name: 'Demo Owner' });
    ctx.print(`Created user ${DEMO_OWNER_EMAIL}.`);
  }
  const org = await createOrganization(ctx.deps, { name: DEMO_ORG_NAME, ownerUserId: owner.id });
  ctx.print(`Created organization ${org.name} (${org.slug}).`);
  return { ...org, ...(password ? { password } : {}) };
}

import { DEFAULT_PLAN, type PlanId } from '../../../domain/plans/plans.js';
import type { Language } from '../../../shared/contracts/common.js';
import { isRole } from '../../../shared/roles.js';
import { slugify } from '../../../shared/slugify.js';
import type { Auth } from '../../auth/auth.js';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../common/app-error.js';
import { iso } from '../../common/iso.js';
import * as repo from './organizations.repo.js';

export interface OrgDeps {
  db: Db;
  auth: Auth;
  now: () => Date;
}

/** The part of the configuration that names the plan a new settings row starts on. */
interface PlanConfig {
  config: { DEFAULT_PLAN: PlanId };
}

/**
 * Creates an organization owned by `ownerUserId` (used by bootstrap, CLI and demo). Its settings
 * row, on the installation's DEFAULT_PLAN, comes from the organization hook in auth.ts, which
 * covers organizations made in the dashboard too.
 */
export async function createOrganization(
  deps: OrgDeps,
  input: { name: string; slug?: string; ownerUserId: string },
) {
  const slug = input.slug ?? (slugify(input.name) || 'organization');
  if (await repo.findOrganizationBySlug(deps.db, slug)) {
    throw new AppError('CONFLICT', `An organization with slug "${slug}" already exists`, [
      { field: 'slug', message: 'taken' },
    ]);
  }
  const created = await deps.auth.api.createOrganization({
    body: { name: input.name, slug, userId: input.ownerUserId },
  });
  if (!created) throw new Error('better-auth returned no organization');
  return { id: created.id, name: created.name, slug: created.slug };
}

export async function getOrganization(deps: { db: Db }, organizationId: string) {
  const org = await repo.findOrganization(deps.db, organizationId);
  if (!org) throw notFound('Organization');
  return {
    id: org.id,
    name: org.name,
    slug: org.slug,
    createdAt: iso(org.createdAt),
    planId: org.planId ?? DEFAULT_PLAN,
    defaultLanguage: (org.defaultLanguage === 'de' ? 'de' : 'en') as Language,
    industry: org.industry ?? null,
    currency: org.currency ?? 'EUR',
  };
}

export async function updateSettings(
  deps: { db: Db; now: () => Date } & PlanConfig,
  organizationId: string,
  patch: {
    defaultLanguage?: Language | undefined;
    industry?: string | null | undefined;
    currency?: string | undefined;
  },
) {
  const clean: { defaultLanguage?: string; industry?: string | null; currency?: string } = {};
  if (patch.defaultLanguage !== undefined) clean.defaultLanguage = patch.defaultLanguage;
  if (patch.industry !== undefined) clean.industry = patch.industry;
  if (patch.currency !== undefined) clean.currency = patch.currency;
  await repo.upsertOrgSettings(deps.db, organizationId, clean, deps.config.DEFAULT_PLAN, deps.now());
  return getOrganization(deps, organizationId);
}

export async function changePlan(deps: { db: Db; now: () => Date }, organizationId: string, planId: PlanId) {
  await repo.upsertOrgSettings(deps.db, organizationId, { planId }, planId, deps.now());
  return getOrganization(deps, organizationId);
}

/**
 * Runs at start: organizations from before every organization got its settings row at creation
 * start on the installation's DEFAULT_PLAN, as new ones do. Returns how many were given one.
 */
export async function assignPlanToOrganizationsWithout(db: Db, planId: PlanId, at: Date): Promise<number> {
  return repo.insertMissingOrgSettings(db, planId, at);
}

export async function getMe(
  deps: { db: Db },
  user: { id: string; name: string; email: string },
  activeOrganizationId: string | null,
) {
  const rows = await repo.listMemberships(deps.db, user.id);
  const memberships = rows.flatMap((r) => (isRole(r.role) ? [{ ...r, slug: r.slug, role: r.role }] : []));
  const active = memberships.find((m) => m.id === activeOrganizationId) ?? null;
  return { user, activeOrganizationId: active?.id ?? null, role: active?.role ?? null, memberships };
}

import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { member, organization, orgSettings, user } from '../../db/schema/index.js';

export async function findMemberRole(db: Db, organizationId: string, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ role: member.role })
    .from(member)
    .where(and(eq(member.organizationId, organizationId), eq(member.userId, userId)));
  return row?.role ?? null;
}

export async function listMemberships(db: Db, userId: string) {
  return db
    .select({ id: organization.id, name: organization.name, slug: organization.slug, role: member.role })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .where(eq(member.userId, userId))
    .orderBy(organization.name);
}

export async function findOrganization(db: Db, organizationId: string) {
  const [row] = await db
    .select({
      id: organization.id,
      name: organization.name,
      slug: organization.slug,
      createdAt: organization.createdAt,
      planId: orgSettings.planId,
      defaultLanguage: orgSettings.defaultLanguage,
      industry: orgSettings.industry,
      currency: orgSettings.currency,
    })
    .from(organization)
    .leftJoin(orgSettings, eq(orgSettings.organizationId, organization.id))
    .where(eq(organization.id, organizationId));
  return row ?? null;
}

export async function findOrganizationBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ id: organization.id, name: organization.name })
    .from(organization)
    .where(eq(organization.slug, slug));
  return row ?? null;
}

/** Changes settings; a row made here (an organization without one) starts on `planIfNew`. */
export async function upsertOrgSettings(
  db: Db,
  organizationId: string,
  patch: { planId?: string; defaultLanguage?: string; industry?: string | null; currency?: string },
  planIfNew: string,
  at: Date,
): Promise<void> {
  await db
    .insert(orgSettings)
    .values({ organizationId, planId: planIfNew, ...patch, updatedAt: at })
    .onConflictDoUpdate({ target: orgSettings.organizationId, set: { ...patch, updatedAt: at } });
}

/** The settings row of a just-created organization, on the installation's default plan. */
export async function insertOrgSettings(
  db: Db,
  organizationId: string,
  planId: string,
  at: Date,
): Promise<void> {
  await db
    .insert(orgSettings)
    .values({ organizationId, planId, createdAt: at, updatedAt: at })
    .onConflictDoNothing();
}

/**
 * Installation-wide, at start: organizations without a settings row (made before every organization
 * got one at creation) get `planId`; returns how many.
 */
export async function insertMissingOrgSettings(db: Db, planId: string, at: Date): Promise<number> {
  const missing = await db
    .select({ id: organization.id })
    .from(organization)
    .leftJoin(orgSettings, eq(orgSettings.organizationId, organization.id))
    .where(isNull(orgSettings.organizationId));
  if (missing.length === 0) return 0;
  const rows = await db
    .insert(orgSettings)
    .values(missing.map((m) => ({ organizationId: m.id, planId, createdAt: at, updatedAt: at })))
    .onConflictDoNothing()
    .returning({ id: orgSettings.organizationId });
  return rows.length;
}

/** Installation-wide: the bootstrap only acts on an empty installation. */
export async function countAccounts(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(user);
  return Number(row?.n ?? 0);
}

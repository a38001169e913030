import { and, eq, sql } from 'drizzle-orm';
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
    })
    .from(organization)
    .leftJoin(orgSettings, eq(orgSettings.organizationId, organization.id))
    .where(eq(organization.id, organizationId));
  return row ?? null;
}

export async function findOrganizationBySlug(db: Db, slug: string) {
  const [row] = await db.select({ id: organization.id, name: organization.name }).from(organization).where(eq(organization.slug, slug));
  return row ?? null;
}

export async function upsertOrgSettings(
  db: Db,
  organizationId: string,
  patch: { planId?: string; defaultLanguage?: string; industry?: string | null },
  at: Date,
): Promise<void> {
  await db
    .insert(orgSettings)
    .values({ organizationId, ...patch, updatedAt: at })
    .onConflictDoUpdate({ target: orgSettings.organizationId, set: { ...patch, updatedAt: at } });
}

/** Installation-wide: the bootstrap only acts on an empty installation. */
export async function countAccounts(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(user);
  return Number(row?.n ?? 0);
}

import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { orgThemes } from '../../db/schema/index.js';

export interface OrgThemeRow {
  id: string;
  nameEn: string;
  nameDe: string;
  terms: { de: string[]; en: string[] };
  candidateId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const columns = {
  id: orgThemes.id,
  nameEn: orgThemes.nameEn,
  nameDe: orgThemes.nameDe,
  terms: orgThemes.terms,
  candidateId: orgThemes.candidateId,
  createdAt: orgThemes.createdAt,
  updatedAt: orgThemes.updatedAt,
};

/** An organization's own themes, by id (the order the analyser compiles them in). */
export async function listOrgThemes(db: Db, organizationId: string): Promise<OrgThemeRow[]> {
  return db
    .select(columns)
    .from(orgThemes)
    .where(eq(orgThemes.organizationId, organizationId))
    .orderBy(asc(orgThemes.id));
}

export async function findOrgTheme(
  db: Db,
  organizationId: string,
  id: string,
): Promise<OrgThemeRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(orgThemes)
    .where(and(eq(orgThemes.organizationId, organizationId), eq(orgThemes.id, id)));
  return row;
}

/** Inserts an own theme; false when the id is taken. */
export async function insertOrgTheme(
  db: Db,
  organizationId: string,
  theme: Omit<OrgThemeRow, 'updatedAt'>,
): Promise<boolean> {
  const rows = await db
    .insert(orgThemes)
    .values({ organizationId, ...theme, updatedAt: theme.createdAt })
    .onConflictDoNothing()
    .returning({ id: orgThemes.id });
  return rows.length > 0;
}

export async function updateOrgTheme(
  db: Db,
  organizationId: string,
  id: string,
  change: Partial<Pick<OrgThemeRow, 'nameEn' | 'nameDe' | 'terms'>> & { updatedAt: Date },
): Promise<OrgThemeRow | undefined> {
  const [row] = await db
    .update(orgThemes)
    .set(change)
    .where(and(eq(orgThemes.organizationId, organizationId), eq(orgThemes.id, id)))
    .returning(columns);
  return row;
}

export async function deleteOrgTheme(
  db: Db,
  organizationId: string,
  id: string,
): Promise<OrgThemeRow | undefined> {
  const [row] = await db
    .delete(orgThemes)
    .where(and(eq(orgThemes.organizationId, organizationId), eq(orgThemes.id, id)))
    .returning(columns);
  return row;
}

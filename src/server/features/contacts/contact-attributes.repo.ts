import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { contactAttributeDefinitions } from '../../db/schema/index.js';

export type AttributeDefinitionRow = typeof contactAttributeDefinitions.$inferSelect;

export async function listAttributeDefinitions(
  db: Db,
  organizationId: string,
): Promise<AttributeDefinitionRow[]> {
  return db
    .select()
    .from(contactAttributeDefinitions)
    .where(eq(contactAttributeDefinitions.organizationId, organizationId))
    .orderBy(asc(contactAttributeDefinitions.key));
}

export async function countAttributeDefinitions(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(contactAttributeDefinitions)
    .where(eq(contactAttributeDefinitions.organizationId, organizationId));
  return Number(row?.n ?? 0);
}

/** Inserts the definition unless the key exists; returns the stored one either way. */
export async function insertAttributeDefinition(
  db: Db,
  row: {
    organizationId: string;
    key: string;
    type: AttributeDefinitionRow['type'];
    label: string | null;
    createdAt: Date;
  },
): Promise<{ row: AttributeDefinitionRow; created: boolean }> {
  const [inserted] = await db
    .insert(contactAttributeDefinitions)
    .values(row)
    .onConflictDoNothing()
    .returning();
  if (inserted) return { row: inserted, created: true };
  const [existing] = await db
    .select()
    .from(contactAttributeDefinitions)
    .where(
      and(
        eq(contactAttributeDefinitions.organizationId, row.organizationId),
        eq(contactAttributeDefinitions.key, row.key),
      ),
    );
  if (!existing) throw new Error('attribute definition vanished between insert and read');
  return { row: existing, created: false };
}

export async function updateAttributeLabel(
  db: Db,
  organizationId: string,
  key: string,
  label: string | null,
): Promise<void> {
  await db
    .update(contactAttributeDefinitions)
    .set({ label })
    .where(
      and(
        eq(contactAttributeDefinitions.organizationId, organizationId),
        eq(contactAttributeDefinitions.key, key),
      ),
    );
}

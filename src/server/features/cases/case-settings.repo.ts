import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { caseSettings } from '../../db/schema/index.js';

export async function findCaseSettings(db: Db, organizationId: string) {
  const [row] = await db.select().from(caseSettings).where(eq(caseSettings.organizationId, organizationId));
  return row ?? null;
}
export type CaseSettingsRow = typeof caseSettings.$inferSelect;

/**
 * The organization's next case number. The settings row stays locked until the caller's
 * transaction ends, so two workers opening cases for one organization take turns here.
 */
export async function nextCaseNumber(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .insert(caseSettings)
    .values({ organizationId, lastCaseNumber: 1 })
    .onConflictDoUpdate({
      target: caseSettings.organizationId,
      set: { lastCaseNumber: sql`${caseSettings.lastCaseNumber} + 1` },
    })
    .returning({ n: caseSettings.lastCaseNumber });
  if (!row) throw new Error('case number: no row returned');
  return row.n;
}

export async function saveCaseSettings(
  db: Db,
  organizationId: string,
  patch: Partial<Omit<typeof caseSettings.$inferInsert, 'organizationId' | 'lastCaseNumber'>>,
  now: Date,
): Promise<void> {
  await db
    .insert(caseSettings)
    .values({ organizationId, ...patch, updatedAt: now })
    .onConflictDoUpdate({ target: caseSettings.organizationId, set: { ...patch, updatedAt: now } });
}

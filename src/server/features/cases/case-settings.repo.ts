import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { caseSettings } from '../../db/schema/index.js';

export async function findCaseSettings(db: Db, organizationId: string) {
  const [row] = await db.select().from(caseSettings).where(eq(caseSettings.organizationId, organizationId));
  return row ?? null;
}
export type CaseSettingsRow = typeof caseSettings.$inferSelect;
export type { RecoverySettings } from '../../db/schema/index.js';

/**
 * The organization's next case number. The settings row stays locked until the caller's
 * transaction ends, so two workers opening cases for one organization take turns here.
 */
export async function nextCaseNumber(db: Db, organizationId: string): Promise<number> {
  return reserveCaseNumbers(db, organizationId, 1);
}

/** `count` consecutive case numbers at once, under the same lock; returns the first of them. */
export async function reserveCaseNumbers(db: Db, organizationId: string, count: number): Promise<number> {
  const [row] = await db
    .insert(caseSettings)
    .values({ organizationId, lastCaseNumber: count })
    .onConflictDoUpdate({
      target: caseSettings.organizationId,
      set: { lastCaseNumber: sql`${caseSettings.lastCaseNumber} + ${count}` },
    })
    .returning({ n: caseSettings.lastCaseNumber });
  if (!row) throw new Error('case number: no row returned');
  return row.n - count + 1;
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

import { and, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { caseEvents, cases } from '../../db/schema/index.js';
import type { CaseRow } from './cases.repo.js';

/**
 * A case by its id alone, whatever its organization: only for the customer's side, where the
 * signed token (`case-token.ts`) is the credential and names no organization.
 */
export async function findCaseById(db: Db, id: string): Promise<CaseRow | null> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row ?? null;
}

/** How many messages the customer wrote on a case since `since` (the per-case limit counts them). */
export async function countCustomerMessagesSince(db: Db, caseId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(caseEvents)
    .where(
      and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'customer-message'), gte(caseEvents.at, since)),
    );
  return row?.n ?? 0;
}

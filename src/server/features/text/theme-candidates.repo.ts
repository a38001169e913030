import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { themeCandidates, type CandidateExample, type ThemeCandidateStatus } from '../../db/schema/index.js';

export type { CandidateExample, ThemeCandidateStatus } from '../../db/schema/index.js';

export interface CandidateRow {
  id: string;
  name: string | null;
  terms: string[];
  examples: CandidateExample[];
  itemIds: string[];
  size: number;
  status: ThemeCandidateStatus;
  runId: string;
  runAt: Date;
  themeId: string | null;
}

const columns = {
  id: themeCandidates.id,
  name: themeCandidates.name,
  terms: themeCandidates.terms,
  examples: themeCandidates.examples,
  itemIds: themeCandidates.itemIds,
  size: themeCandidates.size,
  status: themeCandidates.status,
  runId: themeCandidates.runId,
  runAt: themeCandidates.runAt,
  themeId: themeCandidates.themeId,
};

export interface DiscoverableComment {
  id: string;
  text: string;
  language: string | null;
}

/**
 * The most recent analysed comments of a period that no theme claimed (no `item_themes` row),
 * newest first, at most `limit`: what a discovery run groups.
 */
export async function untaggedComments(
  db: Db,
  organizationId: string,
  from: Date,
  to: Date,
  limit: number,
): Promise<DiscoverableComment[]> {
  const result = (await db.execute(sql`
    select fi.id, fi.text, ia.analysis->>'language' as language
    from item_analyses ia
    join feedback_items fi on fi.id = ia.item_id and fi.organization_id = ia.organization_id
    where ia.organization_id = ${organizationId}
      and ia.occurred_at >= ${from.toISOString()}::timestamptz and ia.occurred_at < ${to.toISOString()}::timestamptz
      and fi.text is not null and btrim(fi.text) <> ''
      and not exists (select 1 from item_themes it where it.organization_id = fi.organization_id and it.item_id = fi.id)
    order by ia.occurred_at desc, fi.id
    limit ${limit}`)) as unknown as { rows: DiscoverableComment[] };
  return result.rows;
}

/** The comments of the given items (a candidate's members, for a split), in the order asked. */
export async function commentsOf(
  db: Db,
  organizationId: string,
  ids: readonly string[],
): Promise<DiscoverableComment[]> {
  if (ids.length === 0) return [];
  const result = (await db.execute(sql`
    select fi.id, fi.text, ia.analysis->>'language' as language
    from feedback_items fi
    left join item_analyses ia on ia.item_id = fi.id and ia.organization_id = fi.organization_id
    where fi.organization_id = ${organizationId} and fi.id = any(${sql.param([...ids])}::uuid[])
      and fi.text is not null`)) as unknown as { rows: DiscoverableComment[] };
  const byId = new Map(result.rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function listCandidates(db: Db, organizationId: string): Promise<CandidateRow[]> {
  return db
    .select(columns)
    .from(themeCandidates)
    .where(eq(themeCandidates.organizationId, organizationId))
    .orderBy(desc(themeCandidates.size), themeCandidates.id);
}

export async function findCandidates(
  db: Db,
  organizationId: string,
  ids: readonly string[],
): Promise<CandidateRow[]> {
  if (ids.length === 0) return [];
  return db
    .select(columns)
    .from(themeCandidates)
    .where(and(eq(themeCandidates.organizationId, organizationId), inArray(themeCandidates.id, [...ids])));
}

/**
 * A new run's candidates replace the open ones of earlier runs; promoted and dismissed ones stay,
 * and a group found again under a promoted or dismissed id is not offered again.
 */
export async function replaceOpenCandidates(
  db: Db,
  organizationId: string,
  rows: readonly CandidateRow[],
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .delete(themeCandidates)
      .where(
        and(eq(themeCandidates.organizationId, organizationId), eq(themeCandidates.status, 'candidate')),
      );
    if (rows.length > 0)
      await tx
        .insert(themeCandidates)
        .values(rows.map((r) => ({ organizationId, ...r })))
        .onConflictDoNothing();
  });
}

/** Removes `removeIds` and adds `rows` in one transaction (a merge or a split). */
export async function swapCandidates(
  db: Db,
  organizationId: string,
  removeIds: readonly string[],
  rows: readonly CandidateRow[],
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .delete(themeCandidates)
      .where(
        and(eq(themeCandidates.organizationId, organizationId), inArray(themeCandidates.id, [...removeIds])),
      );
    if (rows.length > 0)
      await tx
        .insert(themeCandidates)
        .values(rows.map((r) => ({ organizationId, ...r })))
        .onConflictDoUpdate({
          target: [themeCandidates.organizationId, themeCandidates.id],
          set: {
            terms: sql`excluded.terms`,
            examples: sql`excluded.examples`,
            itemIds: sql`excluded.item_ids`,
            size: sql`excluded.size`,
            status: sql`excluded.status`,
            runId: sql`excluded.run_id`,
            runAt: sql`excluded.run_at`,
            name: sql`excluded.name`,
          },
        });
  });
}

export async function updateCandidate(
  db: Db,
  organizationId: string,
  id: string,
  change: Partial<Pick<CandidateRow, 'name' | 'status' | 'themeId'>>,
): Promise<CandidateRow | undefined> {
  const [row] = await db
    .update(themeCandidates)
    .set(change)
    .where(and(eq(themeCandidates.organizationId, organizationId), eq(themeCandidates.id, id)))
    .returning(columns);
  return row;
}

/** A deleted own theme's candidate is offered again. */
export async function reopenCandidateOf(db: Db, organizationId: string, themeId: string): Promise<void> {
  await db
    .update(themeCandidates)
    .set({ status: 'candidate', themeId: null })
    .where(
      and(
        eq(themeCandidates.organizationId, organizationId),
        eq(themeCandidates.themeId, themeId),
        ne(themeCandidates.status, 'dismissed'),
      ),
    );
}

import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { themeReplays } from '../../db/schema/index.js';

export interface ThemeReplayRow {
  id: string;
  status: 'queued' | 'running' | 'done';
  total: number;
  done: number;
  createdAt: Date;
  finishedAt: Date | null;
}

const columns = {
  id: themeReplays.id,
  status: themeReplays.status,
  total: themeReplays.total,
  done: themeReplays.done,
  createdAt: themeReplays.createdAt,
  finishedAt: themeReplays.finishedAt,
};

/** How many stored comments a replay walks. */
export async function commentCount(db: Db, organizationId: string): Promise<number> {
  const result = (await db.execute(
    sql`select count(*)::int as n from feedback_items where organization_id = ${organizationId} and text is not null`,
  )) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0]?.n ?? 0);
}

export async function insertReplay(
  db: Db,
  organizationId: string,
  total: number,
  now: Date,
): Promise<ThemeReplayRow> {
  const [row] = await db
    .insert(themeReplays)
    .values({ organizationId, status: 'queued', total, createdAt: now })
    .returning(columns);
  return row as ThemeReplayRow;
}

export async function findReplay(
  db: Db,
  organizationId: string,
  id: string,
): Promise<ThemeReplayRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(themeReplays)
    .where(and(eq(themeReplays.organizationId, organizationId), eq(themeReplays.id, id)));
  return row;
}

export async function latestReplay(db: Db, organizationId: string): Promise<ThemeReplayRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(themeReplays)
    .where(eq(themeReplays.organizationId, organizationId))
    .orderBy(desc(themeReplays.createdAt))
    .limit(1);
  return row;
}

export async function markReplay(
  db: Db,
  organizationId: string,
  id: string,
  change: Partial<Pick<ThemeReplayRow, 'status' | 'done' | 'finishedAt'>>,
): Promise<void> {
  await db
    .update(themeReplays)
    .set(change)
    .where(and(eq(themeReplays.organizationId, organizationId), eq(themeReplays.id, id)));
}

/** The ids of an organization's items with a comment after `afterId`, in id order: a replay's next page. */
export async function commentItemIdsAfter(
  db: Db,
  organizationId: string,
  afterId: string | null,
  limit: number,
): Promise<string[]> {
  const result = (await db.execute(sql`
    select fi.id from feedback_items fi
    where fi.organization_id = ${organizationId}
      and (fi.text is not null
        or exists (select 1 from item_analyses ia where ia.item_id = fi.id and ia.organization_id = fi.organization_id))
      ${afterId ? sql`and fi.id > ${afterId}::uuid` : sql``}
    order by fi.id
    limit ${limit}`)) as unknown as { rows: { id: string }[] };
  return result.rows.map((r) => r.id);
}

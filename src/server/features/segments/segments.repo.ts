import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { segments } from '../../db/schema/index.js';
import type { TSegmentFilter } from '../../../shared/contracts/segments.js';

const columns = {
  id: segments.id,
  name: segments.name,
  filter: segments.filter,
  createdAt: segments.createdAt,
  updatedAt: segments.updatedAt,
};

export type SegmentRow = {
  id: string;
  name: string;
  filter: TSegmentFilter;
  createdAt: Date;
  updatedAt: Date;
};

const asRow = (r: {
  id: string;
  name: string;
  filter: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
}): SegmentRow => ({ ...r, filter: r.filter as TSegmentFilter });

export async function listSegments(db: Db, organizationId: string): Promise<SegmentRow[]> {
  const rows = await db
    .select(columns)
    .from(segments)
    .where(eq(segments.organizationId, organizationId))
    .orderBy(asc(segments.name));
  return rows.map(asRow);
}

export async function findSegment(db: Db, organizationId: string, id: string): Promise<SegmentRow | null> {
  const [row] = await db
    .select(columns)
    .from(segments)
    .where(and(eq(segments.organizationId, organizationId), eq(segments.id, id)));
  return row ? asRow(row) : null;
}

export async function insertSegment(
  db: Db,
  organizationId: string,
  name: string,
  filter: TSegmentFilter,
  at: Date,
): Promise<SegmentRow> {
  const [row] = await db
    .insert(segments)
    .values({ organizationId, name, filter, createdAt: at, updatedAt: at })
    .returning(columns);
  if (!row) throw new Error('insert into segments returned no row');
  return asRow(row);
}

export async function updateSegment(
  db: Db,
  organizationId: string,
  id: string,
  patch: { name?: string; filter?: TSegmentFilter },
  at: Date,
): Promise<SegmentRow | null> {
  const [row] = await db
    .update(segments)
    .set({ ...patch, updatedAt: at })
    .where(and(eq(segments.organizationId, organizationId), eq(segments.id, id)))
    .returning(columns);
  return row ? asRow(row) : null;
}

export async function deleteSegment(db: Db, organizationId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(segments)
    .where(and(eq(segments.organizationId, organizationId), eq(segments.id, id)))
    .returning({ id: segments.id });
  return rows.length > 0;
}

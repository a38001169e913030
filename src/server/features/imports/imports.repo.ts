import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { TImportKind } from '../../../shared/contracts/imports.js';
import type { Db } from '../../db/client.js';
import { contactAttributeDefinitions, importChunks, importErrors, imports } from '../../db/schema/index.js';

const summaryColumns = {
  id: imports.id,
  organizationId: imports.organizationId,
  kind: imports.kind,
  filename: imports.filename,
  byteSize: imports.byteSize,
  status: imports.status,
  mapping: imports.mapping,
  totalRows: imports.totalRows,
  processedRows: imports.processedRows,
  okRows: imports.okRows,
  errorRows: imports.errorRows,
  duplicateRows: imports.duplicateRows,
  failure: imports.failure,
  createdAt: imports.createdAt,
  startedAt: imports.startedAt,
  finishedAt: imports.finishedAt,
};
export type ImportRow = Awaited<ReturnType<typeof findImport>> & {};

const scoped = (organizationId: string, id: string) =>
  and(eq(imports.organizationId, organizationId), eq(imports.id, id));

export async function insertImport(
  db: Db,
  row: { organizationId: string; kind: TImportKind; filename: string; createdByUserId: string | null },
): Promise<string> {
  const [created] = await db
    .insert(imports)
    .values({ ...row, status: 'uploaded' })
    .returning({ id: imports.id });
  if (!created) throw new Error('insert into imports returned no row');
  return created.id;
}

export async function insertChunk(db: Db, importId: string, seq: number, data: Buffer): Promise<void> {
  await db.insert(importChunks).values({ importId, seq, data });
}

export async function finishUpload(
  db: Db,
  organizationId: string,
  id: string,
  byteSize: number,
  totalRows: number,
): Promise<void> {
  await db.update(imports).set({ byteSize, totalRows }).where(scoped(organizationId, id));
}

export async function deleteImport(db: Db, organizationId: string, id: string): Promise<void> {
  await db.delete(imports).where(scoped(organizationId, id));
}

export async function findImport(db: Db, organizationId: string, id: string) {
  const [row] = await db.select(summaryColumns).from(imports).where(scoped(organizationId, id));
  return row ?? null;
}

export async function listImports(db: Db, organizationId: string, limit: number) {
  return db
    .select(summaryColumns)
    .from(imports)
    .where(eq(imports.organizationId, organizationId))
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(limit);
}

/** One chunk of the upload (the import must belong to the organization), or null past the end. */
export async function readChunk(
  db: Db,
  organizationId: string,
  importId: string,
  seq: number,
): Promise<Buffer | null> {
  const [row] = await db
    .select({ data: importChunks.data })
    .from(importChunks)
    .innerJoin(imports, eq(imports.id, importChunks.importId))
    .where(
      and(
        eq(imports.organizationId, organizationId),
        eq(importChunks.importId, importId),
        eq(importChunks.seq, seq),
      ),
    );
  return row ? row.data : null;
}

export async function deleteChunks(db: Db, organizationId: string, importId: string): Promise<void> {
  await db.execute(
    sql`delete from import_chunks c using imports i where c.import_id = i.id and i.organization_id = ${organizationId} and i.id = ${importId}`,
  );
}

/** uploaded → queued with the mapping; false when the import was already started. */
export async function markQueued(
  db: Db,
  organizationId: string,
  id: string,
  mapping: Record<string, string>,
): Promise<boolean> {
  const rows = await db
    .update(imports)
    .set({ status: 'queued', mapping })
    .where(and(scoped(organizationId, id), eq(imports.status, 'uploaded')))
    .returning({ id: imports.id });
  return rows.length > 0;
}

/** A (re)started run begins from zero, so a retried job never counts a row twice. */
export async function resetForRun(db: Db, organizationId: string, id: string, now: Date): Promise<void> {
  await db
    .delete(importErrors)
    .where(
      eq(
        importErrors.importId,
        sql`(select id from imports where id = ${id} and organization_id = ${organizationId})`,
      ),
    );
  await db
    .update(imports)
    .set({
      status: 'running',
      processedRows: 0,
      okRows: 0,
      errorRows: 0,
      duplicateRows: 0,
      failure: null,
      startedAt: now,
      finishedAt: null,
    })
    .where(scoped(organizationId, id));
}

/** Counters only grow: batches written side by side may report out of order. */
export async function updateProgress(
  db: Db,
  organizationId: string,
  id: string,
  p: { processedRows: number; okRows: number; errorRows: number; duplicateRows?: number },
): Promise<void> {
  await db
    .update(imports)
    .set({
      processedRows: sql`greatest(${imports.processedRows}, ${p.processedRows})`,
      okRows: sql`greatest(${imports.okRows}, ${p.okRows})`,
      errorRows: sql`greatest(${imports.errorRows}, ${p.errorRows})`,
      duplicateRows: sql`greatest(${imports.duplicateRows}, ${p.duplicateRows ?? 0})`,
    })
    .where(scoped(organizationId, id));
}

export async function markFinished(
  db: Db,
  organizationId: string,
  id: string,
  p: { status: 'done' | 'failed'; failure: string | null; finishedAt: Date | null; totalRows?: number },
): Promise<void> {
  await db.update(imports).set(p).where(scoped(organizationId, id));
}

export async function insertErrors(
  db: Db,
  importId: string,
  errors: { line: number; field: string | null; reason: string }[],
): Promise<void> {
  if (errors.length === 0) return;
  await db
    .insert(importErrors)
    .values(errors.map((e) => ({ importId, ...e })))
    .onConflictDoNothing();
}

export async function listErrors(
  db: Db,
  organizationId: string,
  importId: string,
  afterLine: number,
  limit: number,
) {
  return db
    .select({ line: importErrors.line, field: importErrors.field, reason: importErrors.reason })
    .from(importErrors)
    .innerJoin(imports, eq(imports.id, importErrors.importId))
    .where(
      and(
        eq(imports.organizationId, organizationId),
        eq(importErrors.importId, importId),
        gt(importErrors.line, afterLine),
      ),
    )
    .orderBy(asc(importErrors.line))
    .limit(limit);
}

export async function listAttributeDefinitions(db: Db, organizationId: string) {
  return db
    .select({
      key: contactAttributeDefinitions.key,
      type: contactAttributeDefinitions.type,
      label: contactAttributeDefinitions.label,
    })
    .from(contactAttributeDefinitions)
    .where(eq(contactAttributeDefinitions.organizationId, organizationId));
}

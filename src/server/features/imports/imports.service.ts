import { resolveMapping } from '../../../domain/imports/contact-row.js';
import { suggestMapping, type AttributeType } from '../../../domain/imports/contact-fields.js';
import { resolveFeedbackMapping, suggestFeedbackMapping } from '../../../domain/imports/feedback-row.js';
import {
  IMPORT_ERRORS_INLINE,
  IMPORT_MAX_BYTES,
  type TImportDetail,
  type TImportKind,
  type TImportSummary,
  type TUploadImportResponse,
} from '../../../shared/contracts/imports.js';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../common/app-error.js';
import type { Enqueue } from '../../pipeline/catalog.js';
import { CHUNK_BYTES, readHead } from './csv-head.js';
import * as repo from './imports.repo.js';

export interface ImportDeps {
  db: Db;
  enqueue: Enqueue;
  now: () => Date;
}

/** The suggested mapping for a file's columns: contact fields and declared attributes, or feedback fields. */
async function suggestionFor(
  db: Db,
  organizationId: string,
  kind: TImportKind,
  columns: string[],
): Promise<Record<string, string>> {
  if (kind === 'feedback') return suggestFeedbackMapping(columns);
  return suggestMapping(columns, await repo.listAttributeDefinitions(db, organizationId));
}

/**
 * Streams an upload into `import_chunks` without holding the file: at most one chunk is in
 * memory. Lines are counted on the way for the progress estimate; the head gives the preview.
 */
export async function uploadImport(
  deps: ImportDeps,
  input: {
    organizationId: string;
    userId: string | null;
    kind: TImportKind;
    filename: string;
    body: AsyncIterable<Buffer | string>;
    maxBytes?: number;
  },
): Promise<TUploadImportResponse> {
  const maxBytes = input.maxBytes ?? IMPORT_MAX_BYTES;
  const id = await repo.insertImport(deps.db, {
    organizationId: input.organizationId,
    kind: input.kind,
    filename: input.filename,
    createdByUserId: input.userId,
  });
  try {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let seq = 0;
    let bytes = 0;
    let newlines = 0;
    let lastByte = 0x0a;
    let first: Buffer | null = null;
    const flush = async () => {
      const data = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      if (seq === 0) first = data;
      await repo.insertChunk(deps.db, id, seq++, data);
    };
    for await (const piece of input.body) {
      let buf = typeof piece === 'string' ? Buffer.from(piece) : piece;
      bytes += buf.length;
      if (bytes > maxBytes)
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
          [{ field: 'body', message: 'too large' }],
        );
      for (let i = buf.indexOf(0x0a); i >= 0; i = buf.indexOf(0x0a, i + 1)) newlines++;
      if (buf.length > 0) lastByte = buf[buf.length - 1] ?? lastByte;
      while (pendingBytes + buf.length >= CHUNK_BYTES) {
        const take = CHUNK_BYTES - pendingBytes;
        pending.push(buf.subarray(0, take));
        pendingBytes += take;
        buf = buf.subarray(take);
        await flush();
      }
      if (buf.length > 0) {
        pending.push(buf);
        pendingBytes += buf.length;
      }
    }
    if (pendingBytes > 0) await flush();
    if (!first)
      throw new AppError('BAD_REQUEST', 'The file is empty', [{ field: 'body', message: 'empty file' }]);
    const head = readHead(first);
    // Lines minus the header; exact unless quoted cells span lines (the job sets the exact count).
    const totalRows = Math.max(0, newlines + (lastByte === 0x0a ? 0 : 1) - 1);
    await repo.finishUpload(deps.db, input.organizationId, id, bytes, totalRows);
    const suggestedMapping = await suggestionFor(deps.db, input.organizationId, input.kind, head.columns);
    return {
      id,
      filename: input.filename,
      byteSize: bytes,
      chunks: seq,
      totalRows,
      ...head,
      suggestedMapping,
    };
  } catch (err) {
    await repo.deleteImport(deps.db, input.organizationId, id);
    throw err;
  }
}

async function attributeTypes(db: Db, organizationId: string): Promise<Map<string, AttributeType>> {
  return new Map((await repo.listAttributeDefinitions(db, organizationId)).map((a) => [a.key, a.type]));
}

async function headOf(db: Db, organizationId: string, id: string) {
  const first = await repo.readChunk(db, organizationId, id, 0);
  return first ? readHead(first) : null;
}

/** Checks the mapping for the import's kind against the header (and the declared attributes), then queues its run. */
export async function startImport(
  deps: ImportDeps,
  organizationId: string,
  id: string,
  mapping: Record<string, string | null>,
): Promise<TImportSummary> {
  const row = await repo.findImport(deps.db, organizationId, id);
  if (!row) throw notFound('Import');
  if (row.status !== 'uploaded')
    throw new AppError('CONFLICT', `This import was already started (status ${row.status})`);
  const head = await headOf(deps.db, organizationId, id);
  if (!head) throw new AppError('CONFLICT', 'The uploaded file is no longer available; upload it again');
  const resolved =
    row.kind === 'feedback'
      ? resolveFeedbackMapping(mapping, head.columns)
      : resolveMapping(mapping, head.columns, await attributeTypes(deps.db, organizationId));
  if (!resolved.ok) {
    const first = resolved.problems[0];
    throw new AppError(
      'VALIDATION_FAILED',
      first ? `${first.field}: ${first.message}` : 'invalid mapping',
      resolved.problems,
    );
  }
  const kept = Object.fromEntries(
    Object.entries(mapping).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );
  if (!(await repo.markQueued(deps.db, organizationId, id, kept)))
    throw new AppError('CONFLICT', 'This import was already started');
  const job = row.kind === 'feedback' ? 'imports.feedback.run' : 'imports.contacts.run';
  await deps.enqueue(job, { organizationId, importId: id }, { singletonKey: id });
  return summary({ ...row, status: 'queued', mapping: kept });
}

type Row = NonNullable<Awaited<ReturnType<typeof repo.findImport>>>;

export function summary(r: Row): TImportSummary {
  const progress = r.status === 'done' ? 1 : r.totalRows ? Math.min(1, r.processedRows / r.totalRows) : 0;
  return {
    id: r.id,
    kind: r.kind,
    filename: r.filename,
    byteSize: r.byteSize,
    status: r.status,
    mapping: r.mapping,
    totalRows: r.totalRows,
    processedRows: r.processedRows,
    okRows: r.okRows,
    errorRows: r.errorRows,
    duplicateRows: r.duplicateRows,
    progress,
    failure: r.failure,
    createdAt: r.createdAt.toISOString(),
    startedAt: r.startedAt?.toISOString() ?? null,
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

export async function getImport(
  deps: Pick<ImportDeps, 'db'>,
  organizationId: string,
  id: string,
): Promise<TImportDetail> {
  const row = await repo.findImport(deps.db, organizationId, id);
  if (!row) throw notFound('Import');
  const errors = await repo.listErrors(deps.db, organizationId, id, 0, IMPORT_ERRORS_INLINE);
  let upload: TImportDetail['upload'] = null;
  if (row.status === 'uploaded') {
    const head = await headOf(deps.db, organizationId, id);
    if (head)
      upload = {
        ...head,
        suggestedMapping: await suggestionFor(deps.db, organizationId, row.kind, head.columns),
      };
  }
  return { ...summary(row), errors, upload };
}

export async function listImports(
  deps: Pick<ImportDeps, 'db'>,
  organizationId: string,
): Promise<TImportSummary[]> {
  return (await repo.listImports(deps.db, organizationId, 100)).map(summary);
}

export async function listImportErrors(
  deps: Pick<ImportDeps, 'db'>,
  organizationId: string,
  id: string,
  after: number,
  limit: number,
) {
  if (!(await repo.findImport(deps.db, organizationId, id))) throw notFound('Import');
  const items = await repo.listErrors(deps.db, organizationId, id, after, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: items.length === limit && last ? last.line : null };
}

/** A spreadsheet runs cells starting with = + - @ (and tab/CR) as formulas; a leading ' stops it. */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** All errors as CSV, read page by page so a file with many bad rows never sits in memory. */
export async function importErrorsCsv(
  deps: Pick<ImportDeps, 'db'>,
  organizationId: string,
  id: string,
): Promise<AsyncGenerator<string>> {
  if (!(await repo.findImport(deps.db, organizationId, id))) throw notFound('Import');
  return (async function* lines() {
    yield 'line,field,reason\r\n';
    let after = 0;
    for (;;) {
      const page = await repo.listErrors(deps.db, organizationId, id, after, 5000);
      if (page.length === 0) return;
      yield page.map((e) => `${e.line},${csvCell(e.field)},${csvCell(e.reason)}\r\n`).join('');
      after = page[page.length - 1]?.line ?? after;
      if (page.length < 5000) return;
    }
  })();
}

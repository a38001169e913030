import { Readable } from 'node:stream';
import { parse, type CsvError, type Options } from 'csv-parse';
import type { ContactImportField } from '../../../domain/imports/contact-fields.js';
import { readContactRow, resolveMapping, type ContactRow, type ResolvedMapping } from '../../../domain/imports/contact-row.js';
import { isStorableText, UNSTORABLE_MESSAGE } from '../../../shared/storable-text.js';
import type { Db } from '../../db/client.js';
import type { Logger } from '../../logger.js';
import { readHead } from './csv-head.js';
import { resolveAliases, upsertContactBatch } from './import-contacts.repo.js';
import * as repo from './imports.repo.js';

export interface RunImportDeps {
  db: Db;
  now: () => Date;
  logger: Logger;
  /**
   * Batches written at the same time. On PostgreSQL a few connections overlap their index
   * writes; PGlite runs one query at a time, so 1 there. The rows of one file are distinct by
   * externalId (duplicates are refused before writing), so concurrent batches never collide.
   */
  parallelWrites?: number;
}

/** Rows per upsert statement (and per progress update). */
export const BATCH_ROWS = 1000;
/** A record longer than this is refused (it is almost always a quote that never closes). */
const MAX_RECORD_BYTES = 1024 * 1024;

interface LineError {
  line: number;
  /** Every bad field of the line, comma-separated ("email, language"); null when the line itself is malformed. */
  field: string | null;
  reason: string;
}

/** The reason for a record csv-parse could not read, in words a spreadsheet user understands. */
function malformedReason(err: CsvError, line: number): string {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `malformed CSV: a quote opened on line ${line} is never closed, so lines ${line}–${err.lines} could not be read`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'malformed CSV: unexpected character after a closing quote';
    case 'CSV_MAX_RECORD_SIZE':
      return `malformed CSV: record longer than ${MAX_RECORD_BYTES / 1024} KB (an unclosed quote?)`;
    default:
      return `malformed CSV: ${err.message}`;
  }
}

/**
 * The mapped fields of a record holding text the database cannot store (U+0000, an unpaired
 * surrogate): such a row is refused naming them, and the rest of the file is imported.
 */
function unstorableCells(record: readonly string[], m: ResolvedMapping): string[] {
  const columns = [...m.fields.map((f) => ({ index: f.index, name: f.field as string })), ...m.attributes.map((a) => ({ index: a.index, name: `attributes.${a.key}` }))];
  return columns
    .filter((c) => c.index < record.length && !isStorableText(record[c.index] as string))
    .sort((a, b) => a.index - b.index)
    .map((c) => c.name);
}

/** Why a permanent failure (the file, the mapping) is not worth retrying. */
class ImportFailure extends Error {}

/**
 * Runs one contact import: reads the stored chunks in order through csv-parse (one chunk and
 * one batch in memory at a time), upserts good rows in batches of 1,000, records every bad row
 * with its line (the header is line 1), and updates the counters after each batch.
 * Idempotent: a run starts from zero counters and errors, and upserts do not double anything.
 * Within one file the first row of an externalId wins; later ones are reported as duplicates.
 */
export async function runContactImport(deps: RunImportDeps, organizationId: string, importId: string): Promise<void> {
  const log = deps.logger.child({ importId });
  const row = await repo.findImport(deps.db, organizationId, importId);
  if (!row || row.status === 'uploaded' || row.status === 'done') return;
  // Failed with a finish time is final (bad file or mapping); failed without one was interrupted and is retried.
  if (row.status === 'failed' && row.finishedAt) return;
  try {
    const stats = await importRows(deps, organizationId, importId, row.mapping ?? {});
    await repo.markFinished(deps.db, organizationId, importId, { status: 'done', failure: null, finishedAt: deps.now(), totalRows: stats.processed });
    await repo.deleteChunks(deps.db, organizationId, importId);
    log.info(stats, 'contact import done');
  } catch (err) {
    if (err instanceof ImportFailure) {
      await repo.markFinished(deps.db, organizationId, importId, { status: 'failed', failure: err.message, finishedAt: deps.now() });
      await repo.deleteChunks(deps.db, organizationId, importId);
      log.warn({ failure: err.message }, 'contact import failed');
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    await repo
      .markFinished(deps.db, organizationId, importId, { status: 'failed', failure: `interrupted (${message}); it is retried automatically`, finishedAt: null })
      .catch(() => undefined);
    throw err;
  }
}

async function importRows(deps: RunImportDeps, organizationId: string, importId: string, mapping: Record<string, string>) {
  const first = await repo.readChunk(deps.db, organizationId, importId, 0);
  if (!first) throw new ImportFailure('The uploaded file is no longer available; upload it again');
  const head = readHead(first);
  const types = new Map((await repo.listAttributeDefinitions(deps.db, organizationId)).map((a) => [a.key, a.type]));
  const resolved = resolveMapping(mapping, head.columns, types);
  if (!resolved.ok) throw new ImportFailure(`The mapping no longer fits: ${resolved.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  const m = resolved.mapping;
  const fields = m.fields.map((f) => f.field).filter((f): f is Exclude<ContactImportField, 'externalId'> => f !== 'externalId');

  await repo.resetForRun(deps.db, organizationId, importId, deps.now());

  async function* chunks() {
    for (let seq = 0; ; seq++) {
      const data = await repo.readChunk(deps.db, organizationId, importId, seq);
      if (!data) return;
      yield data;
    }
  }

  // Line bookkeeping runs inside the parser (on_record / on_skip are called in file order),
  // because the consumer below lags behind the parser by a few buffered records.
  let lastEnd = 0;
  let lastEmpty = 0;
  const skipped: LineError[] = [];
  const options: Options<{ record: string[]; line: number }, string[]> = {
    delimiter: head.delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_BYTES,
    on_record: (record, ctx) => {
      const start = lastEnd + 1 + (ctx.empty_lines - lastEmpty);
      lastEnd = ctx.lines;
      lastEmpty = ctx.empty_lines;
      return { record, line: start };
    },
    on_skip: (err) => {
      if (!err) return undefined;
      const line = lastEnd + 1;
      skipped.push({ line, field: null, reason: malformedReason(err, line) });
      lastEnd = Math.max(lastEnd + 1, Number(err.lines) || 0);
      return undefined;
    },
  };
  const parser = parse(options as unknown as Options);
  const source = Readable.from(chunks());
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);

  const seen = new Map<string, number>();
  let batch: { row: ContactRow; line: number }[] = [];
  let errors: LineError[] = [];
  let processed = 0;
  let ok = 0;
  let bad = 0;
  let created = 0;
  let updated = 0;
  const parallel = Math.max(1, deps.parallelWrites ?? 1);
  const inflight = new Set<Promise<void>>();
  let failed: unknown = null;
  const write = async (rows: ContactRow[], errs: LineError[]) => {
    const res = await upsertContactBatch(deps.db, organizationId, fields, m.attributes.length > 0, rows, deps.now());
    await repo.insertErrors(deps.db, importId, errs);
    created += res.created;
    updated += res.updated;
    processed += rows.length + errs.length;
    ok += rows.length;
    bad += errs.length;
    await repo.updateProgress(deps.db, organizationId, importId, { processedRows: processed, okRows: ok, errorRows: bad });
  };
  const flush = async () => {
    errors.push(...skipped.splice(0));
    // A merged contact's old id updates the survivor, as in the contacts API. The survivor may
    // then appear twice in this file (under both ids): the first row wins there too.
    const aliases = await resolveAliases(deps.db, organizationId, batch.map((b) => b.row.externalId));
    const rows: ContactRow[] = [];
    for (const { row, line } of batch) {
      const target = aliases.get(row.externalId);
      if (target !== undefined) {
        const firstLine = seen.get(target);
        if (firstLine !== undefined && firstLine !== line) {
          errors.push({ line, field: 'externalId', reason: `duplicate: this externalId was merged into the contact of line ${firstLine}` });
          continue;
        }
        seen.set(target, line);
        rows.push({ ...row, externalId: target });
      } else rows.push(row);
    }
    if (aliases.size > 0) errors.sort((x, y) => x.line - y.line);
    const task = write(rows, errors).catch((err: unknown) => {
      failed ??= err;
    });
    batch = [];
    errors = [];
    inflight.add(task);
    void task.finally(() => inflight.delete(task));
    while (inflight.size >= parallel) await Promise.race(inflight);
    if (failed) throw failed;
  };
  const drain = async () => {
    await Promise.all(inflight);
    if (failed) throw failed;
  };

  let isHeader = true;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; line: number }>) {
      if (isHeader) {
        isHeader = false;
        continue;
      }
      const unstorable = unstorableCells(item.record, m);
      const r = unstorable.length > 0 ? { ok: false as const, fields: unstorable, reason: unstorable.map((f) => `${f}: ${UNSTORABLE_MESSAGE}`).join('; ') } : readContactRow(item.record, m);
      if (!r.ok) errors.push({ line: item.line, field: r.fields.length > 0 ? r.fields.join(', ') : null, reason: r.reason });
      else {
        const firstLine = seen.get(r.row.externalId);
        if (firstLine !== undefined) {
          errors.push({ line: item.line, field: 'externalId', reason: `duplicate externalId in this file (first seen on line ${firstLine})` });
        } else {
          seen.set(r.row.externalId, item.line);
          batch.push({ row: r.row, line: item.line });
        }
      }
      if (batch.length >= BATCH_ROWS || errors.length >= BATCH_ROWS) await flush();
    }
  } catch (err) {
    if ((err as { code?: unknown }).code?.toString().startsWith('CSV_')) throw new ImportFailure(`The file could not be read: ${(err as Error).message}`);
    throw err;
  } finally {
    source.destroy();
    await Promise.all(inflight);
  }
  await flush();
  await drain();
  return { processed, ok, errors: bad, created, updated, unchanged: ok - created - updated };
}

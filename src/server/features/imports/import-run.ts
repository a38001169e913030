import { Readable } from 'node:stream';
import { parse, type CsvError, type Options } from 'csv-parse';
import type { Db } from '../../db/client.js';
import type { Logger } from '../../logger.js';
import type { Delimiter } from './csv-head.js';
import * as repo from './imports.repo.js';

/** Rows per write (and per progress update), for every kind of import. */
export const BATCH_ROWS = 1000;
/** A record longer than this is refused (it is almost always a quote that never closes). */
const MAX_RECORD_BYTES = 1024 * 1024;

export interface LineError {
  line: number;
  /** Every bad field of the line, comma-separated ("email, language"); null when the line itself is malformed. */
  field: string | null;
  reason: string;
}

/** Why a permanent failure (the file, the mapping) is not worth retrying. */
export class ImportFailure extends Error {}

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
 * Runs one import of any kind around `importRows`: skips runs that are not due, marks the import
 * done (with the exact row count) or failed, and drops the stored chunks once it is over. An
 * `ImportFailure` (bad file or mapping) is final; anything else marks the run interrupted and is
 * rethrown so the job is retried, from zero (`importRows` must be safe to repeat).
 */
export async function runImport(
  deps: { db: Db; now: () => Date; logger: Logger },
  organizationId: string,
  importId: string,
  importRows: (mapping: Record<string, string>) => Promise<{ processed: number } & Record<string, number>>,
): Promise<void> {
  const log = deps.logger.child({ importId });
  const row = await repo.findImport(deps.db, organizationId, importId);
  if (!row || row.status === 'uploaded' || row.status === 'done') return;
  // Failed with a finish time is final (bad file or mapping); failed without one was interrupted and is retried.
  if (row.status === 'failed' && row.finishedAt) return;
  try {
    const stats = await importRows(row.mapping ?? {});
    await repo.markFinished(deps.db, organizationId, importId, {
      status: 'done',
      failure: null,
      finishedAt: deps.now(),
      totalRows: stats.processed,
    });
    await repo.deleteChunks(deps.db, organizationId, importId);
    log.info({ kind: row.kind, ...stats }, 'import done');
  } catch (err) {
    if (err instanceof ImportFailure) {
      await repo.markFinished(deps.db, organizationId, importId, {
        status: 'failed',
        failure: err.message,
        finishedAt: deps.now(),
      });
      await repo.deleteChunks(deps.db, organizationId, importId);
      log.warn({ kind: row.kind, failure: err.message }, 'import failed');
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    await repo
      .markFinished(deps.db, organizationId, importId, {
        status: 'failed',
        failure: `interrupted (${message}); it is retried automatically`,
        finishedAt: null,
      })
      .catch(() => undefined);
    throw err;
  }
}

export interface CsvRecords {
  /** Data records in file order (the header is skipped), each with the line it starts on (the header is line 1). */
  records: AsyncIterable<{ record: string[]; line: number }>;
  /** Lines csv-parse could not read since the last call, to be recorded with the next batch. */
  takeMalformed: () => LineError[];
  close: () => void;
}

/**
 * Streams the stored chunks of an import through csv-parse: one chunk and a few buffered records
 * in memory at a time. A malformed record is skipped and reported by line; a file csv-parse
 * cannot read at all fails the import.
 */
export function openCsvRecords(
  db: Db,
  organizationId: string,
  importId: string,
  delimiter: Delimiter,
): CsvRecords {
  async function* chunks() {
    for (let seq = 0; ; seq++) {
      const data = await repo.readChunk(db, organizationId, importId, seq);
      if (!data) return;
      yield data;
    }
  }

  // Line bookkeeping runs inside the parser (on_record / on_skip are called in file order),
  // because the consumer lags behind the parser by a few buffered records.
  let lastEnd = 0;
  let lastEmpty = 0;
  const skipped: LineError[] = [];
  const options: Options<{ record: string[]; line: number }, string[]> = {
    delimiter,
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

  async function* records() {
    let isHeader = true;
    try {
      for await (const item of parser as AsyncIterable<{ record: string[]; line: number }>) {
        if (isHeader) {
          isHeader = false;
          continue;
        }
        yield item;
      }
    } catch (err) {
      if ((err as { code?: unknown }).code?.toString().startsWith('CSV_'))
        throw new ImportFailure(`The file could not be read: ${(err as Error).message}`);
      throw err;
    }
  }
  return { records: records(), takeMalformed: () => skipped.splice(0), close: () => source.destroy() };
}

import { createHash } from 'node:crypto';
import {
  importFieldOf,
  readFeedbackRow,
  resolveFeedbackMapping,
} from '../../../domain/imports/feedback-row.js';
import { ZFeedbackInput } from '../../../shared/contracts/feedback.js';
import type { Db } from '../../db/client.js';
import type { Logger } from '../../logger.js';
import { checkEntries, type EntryError } from '../feedback/batch-entries.js';
import { acceptFeedbackEntries, ingestFeedback } from '../feedback/feedback.service.js';
import { readHead } from './csv-head.js';
import { BATCH_ROWS, ImportFailure, openCsvRecords, runImport, type LineError } from './import-run.js';
import * as repo from './imports.repo.js';

export interface RunFeedbackImportDeps {
  db: Db;
  now: () => Date;
  logger: Logger;
}

/**
 * The externalRef of a row without one: its line and a hash of its cells. A retried run and a
 * second import of the same file derive the same ref, so neither doubles the row; two equal rows
 * on different lines (the same score on the same day, say) stay two items.
 */
function rowRef(record: readonly string[], line: number): string {
  return `csv:${line}:${createHash('sha256').update(JSON.stringify(record)).digest('base64url').slice(0, 32)}`;
}

/** One refused row: every bad field of it (as the mapping names them) with its reason. */
function lineError(line: number, problems: ReadonlyArray<{ field: string; reason: string }>): LineError {
  const fields = [...new Set(problems.map((p) => p.field))];
  return {
    line,
    field: fields.join(', '),
    reason: problems.map((p) => `${p.field}: ${p.reason}`).join('; '),
  };
}

/** The feedback API's entry errors of a batch, grouped by entry, as line errors naming the mapped fields. */
function entryErrorsByLine(errors: readonly EntryError[], lines: readonly number[]): LineError[] {
  const byIndex = new Map<number, { field: string; reason: string }[]>();
  for (const e of errors) {
    const list = byIndex.get(e.index) ?? [];
    list.push({ field: importFieldOf(e.field) ?? e.field, reason: e.message });
    byIndex.set(e.index, list);
  }
  return [...byIndex].map(([index, problems]) => lineError(lines[index] ?? 0, problems));
}

/**
 * Runs one feedback-history import: each row becomes an entry of `POST /api/v1/feedback` and
 * passes the same checks (ZFeedbackInput incl. unstorable text, the future check, the contact);
 * good rows enter the pipeline through `ingestFeedback` in batches of 1,000, bad ones are
 * recorded by line naming their fields. A row whose externalRef is stored already (an earlier
 * import of the file, or a retried run; rows without one get `rowRef`) counts as a duplicate and
 * adds nothing.
 */
export async function runFeedbackImport(
  deps: RunFeedbackImportDeps,
  organizationId: string,
  importId: string,
): Promise<void> {
  await runImport(deps, organizationId, importId, (mapping) =>
    importRows(deps, organizationId, importId, mapping),
  );
}

async function importRows(
  deps: RunFeedbackImportDeps,
  organizationId: string,
  importId: string,
  mapping: Record<string, string>,
) {
  const first = await repo.readChunk(deps.db, organizationId, importId, 0);
  if (!first) throw new ImportFailure('The uploaded file is no longer available; upload it again');
  const head = readHead(first);
  const resolved = resolveFeedbackMapping(mapping, head.columns);
  if (!resolved.ok)
    throw new ImportFailure(
      `The mapping no longer fits: ${resolved.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
    );
  const m = resolved.mapping;

  await repo.resetForRun(deps.db, organizationId, importId, deps.now());
  const csv = openCsvRecords(deps.db, organizationId, importId, head.delimiter);

  // (channel, externalRef) → first line: a repeat within the file is refused, as within an API batch.
  const seenRefs = new Map<string, number>();
  let batch: { line: number; entry: Record<string, unknown> }[] = [];
  let errors: LineError[] = [];
  const count = { processed: 0, ok: 0, duplicates: 0, errors: 0 };

  const flush = async () => {
    errors.push(...csv.takeMalformed());
    const lines = batch.map((b) => b.line);
    const checked = checkEntries(
      batch.map((b) => b.entry),
      ZFeedbackInput,
    );
    const { accepted, errors: refused } = await acceptFeedbackEntries(deps, organizationId, checked.valid);
    errors.push(...entryErrorsByLine([...checked.errors, ...refused], lines));
    // ≤ 1,000 items per call: the pipeline seam writes them (and their announcements) as one batch.
    const ingested = await ingestFeedback(
      deps,
      organizationId,
      accepted.map((a) => a.item),
    );
    const duplicates = ingested.filter((i) => i.duplicate).length;
    errors.sort((x, y) => x.line - y.line);
    await repo.insertErrors(deps.db, importId, errors);
    count.ok += ingested.length - duplicates;
    count.duplicates += duplicates;
    count.errors += errors.length;
    count.processed = count.ok + count.duplicates + count.errors;
    await repo.updateProgress(deps.db, organizationId, importId, {
      processedRows: count.processed,
      okRows: count.ok,
      errorRows: count.errors,
      duplicateRows: count.duplicates,
    });
    batch = [];
    errors = [];
  };

  try {
    for await (const { record, line } of csv.records) {
      const derived = rowRef(record, line);
      const r = readFeedbackRow(record, m, derived);
      if (!r.ok)
        errors.push(
          'malformed' in r ? { line, field: null, reason: r.malformed } : lineError(line, r.problems),
        );
      else if (r.entry.externalRef === derived) batch.push({ line, entry: r.entry });
      else {
        // Only the file's own refs can repeat (a derived one holds its line), so only they are remembered.
        const key = `${String(r.entry.channel)}\u0000${String(r.entry.externalRef)}`;
        const firstLine = seenRefs.get(key);
        if (firstLine !== undefined)
          errors.push({
            line,
            field: 'externalRef',
            reason: `externalRef: repeats line ${firstLine} (same channel and externalRef)`,
          });
        else {
          seenRefs.set(key, line);
          batch.push({ line, entry: r.entry });
        }
      }
      if (batch.length >= BATCH_ROWS || errors.length >= BATCH_ROWS) await flush();
    }
  } finally {
    csv.close();
  }
  await flush();
  return count;
}

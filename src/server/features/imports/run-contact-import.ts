import type { ContactImportField } from '../../../domain/imports/contact-fields.js';
import {
  readContactRow,
  resolveMapping,
  type ContactRow,
  type ResolvedMapping,
} from '../../../domain/imports/contact-row.js';
import { isStorableText, UNSTORABLE_MESSAGE } from '../../../shared/storable-text.js';
import type { Db } from '../../db/client.js';
import type { Logger } from '../../logger.js';
import { readHead } from './csv-head.js';
import { BATCH_ROWS, ImportFailure, openCsvRecords, runImport, type LineError } from './import-run.js';
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

/**
 * The mapped fields of a record holding text the database cannot store (U+0000, an unpaired
 * surrogate): such a row is refused naming them, and the rest of the file is imported.
 */
function unstorableCells(record: readonly string[], m: ResolvedMapping): string[] {
  const columns = [
    ...m.fields.map((f) => ({ index: f.index, name: f.field as string })),
    ...m.attributes.map((a) => ({ index: a.index, name: `attributes.${a.key}` })),
  ];
  return columns
    .filter((c) => c.index < record.length && !isStorableText(record[c.index] as string))
    .sort((a, b) => a.index - b.index)
    .map((c) => c.name);
}

/**
 * Runs one contact import: reads the stored chunks in order through csv-parse (one chunk and
 * one batch in memory at a time), upserts good rows in batches of 1,000, records every bad row
 * with its line (the header is line 1), and updates the counters after each batch.
 * Idempotent: a run starts from zero counters and errors, and upserts do not double anything.
 * Within one file the first row of an externalId wins; later ones are reported as duplicates.
 */
export async function runContactImport(
  deps: RunImportDeps,
  organizationId: string,
  importId: string,
): Promise<void> {
  await runImport(deps, organizationId, importId, (mapping) =>
    importRows(deps, organizationId, importId, mapping),
  );
}

async function importRows(
  deps: RunImportDeps,
  organizationId: string,
  importId: string,
  mapping: Record<string, string>,
) {
  const first = await repo.readChunk(deps.db, organizationId, importId, 0);
  if (!first) throw new ImportFailure('The uploaded file is no longer available; upload it again');
  const head = readHead(first);
  const types = new Map(
    (await repo.listAttributeDefinitions(deps.db, organizationId)).map((a) => [a.key, a.type]),
  );
  const resolved = resolveMapping(mapping, head.columns, types);
  if (!resolved.ok)
    throw new ImportFailure(
      `The mapping no longer fits: ${resolved.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
    );
  const m = resolved.mapping;
  const fields = m.fields
    .map((f) => f.field)
    .filter((f): f is Exclude<ContactImportField, 'externalId'> => f !== 'externalId');

  await repo.resetForRun(deps.db, organizationId, importId, deps.now());

  const csv = openCsvRecords(deps.db, organizationId, importId, head.delimiter);

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
    const res = await upsertContactBatch(
      deps.db,
      organizationId,
      fields,
      m.attributes.length > 0,
      rows,
      deps.now(),
    );
    await repo.insertErrors(deps.db, importId, errs);
    created += res.created;
    updated += res.updated;
    processed += rows.length + errs.length;
    ok += rows.length;
    bad += errs.length;
    await repo.updateProgress(deps.db, organizationId, importId, {
      processedRows: processed,
      okRows: ok,
      errorRows: bad,
    });
  };
  const flush = async () => {
    errors.push(...csv.takeMalformed());
    // A merged contact's old id updates the survivor, as in the contacts API. The survivor may
    // then appear twice in this file (under both ids): the first row wins there too.
    const aliases = await resolveAliases(
      deps.db,
      organizationId,
      batch.map((b) => b.row.externalId),
    );
    const rows: ContactRow[] = [];
    for (const { row, line } of batch) {
      const target = aliases.get(row.externalId);
      if (target !== undefined) {
        const firstLine = seen.get(target);
        if (firstLine !== undefined && firstLine !== line) {
          errors.push({
            line,
            field: 'externalId',
            reason: `duplicate: this externalId was merged into the contact of line ${firstLine}`,
          });
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

  try {
    for await (const item of csv.records) {
      const unstorable = unstorableCells(item.record, m);
      const r =
        unstorable.length > 0
          ? {
              ok: false as const,
              fields: unstorable,
              reason: unstorable.map((f) => `${f}: ${UNSTORABLE_MESSAGE}`).join('; '),
            }
          : readContactRow(item.record, m);
      if (!r.ok)
        errors.push({
          line: item.line,
          field: r.fields.length > 0 ? r.fields.join(', ') : null,
          reason: r.reason,
        });
      else {
        const firstLine = seen.get(r.row.externalId);
        if (firstLine !== undefined) {
          errors.push({
            line: item.line,
            field: 'externalId',
            reason: `duplicate externalId in this file (first seen on line ${firstLine})`,
          });
        } else {
          seen.set(r.row.externalId, item.line);
          batch.push({ row: r.row, line: item.line });
        }
      }
      if (batch.length >= BATCH_ROWS || errors.length >= BATCH_ROWS) await flush();
    }
  } finally {
    csv.close();
    await Promise.all(inflight);
  }
  await flush();
  await drain();
  return { processed, ok, errors: bad, created, updated, unchanged: ok - created - updated };
}

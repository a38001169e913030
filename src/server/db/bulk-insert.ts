import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.js';

type CellType = 'uuid' | 'text' | 'integer' | 'double precision' | 'timestamptz' | 'jsonb' | 'boolean';
type Cell = string | number | boolean | Date | Record<string, unknown> | null;

export interface BulkColumn<T> {
  name: string;
  type: CellType;
  value: (row: T) => Cell;
}

/** Rows per statement: the parameter count does not grow with it, only the arrays do. */
const BULK_ROWS = 5000;

/**
 * Inserts many rows with one text array per column through `unnest`, as the CSV import does:
 * a statement binds a handful of parameters instead of one per cell, which is what keeps a
 * demo fill of tens of thousands of cells fast on PGlite and PostgreSQL alike. Rows that hit a
 * unique index are skipped; returns how many were inserted. Table and column names come from
 * the caller's code, never from input.
 */
export async function bulkInsert<T>(
  db: Db,
  table: string,
  columns: readonly BulkColumn<T>[],
  rows: readonly T[],
): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += BULK_ROWS) {
    const batch = rows.slice(start, start + BULK_ROWS);
    const arrays: SQL[] = columns.map(
      (c) => sql`${sql.param(batch.map((row) => asText(c.value(row))))}::text[]`,
    );
    const aliases = columns.map((_, i) => `c${i}`);
    const casts = columns.map((c, i) => `u.c${i}::${c.type}`);
    const result = await db.execute(sql`
      insert into ${sql.identifier(table)} (${sql.join(
        columns.map((c) => sql.identifier(c.name)),
        sql`, `,
      )})
      select ${sql.raw(casts.join(', '))}
      from unnest(${sql.join(arrays, sql`, `)}) as u(${sql.raw(aliases.join(', '))})
      on conflict do nothing
      returning 1 as inserted`);
    inserted += (result as unknown as { rows: unknown[] }).rows.length;
  }
  return inserted;
}

function asText(value: Cell): string | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

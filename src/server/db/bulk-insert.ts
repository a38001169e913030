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
 * The rows as one text array per column, unnested into `u(c0, c1, …)`, and each column's cast
 * back to its type (`u.c0::uuid`): a statement binds a handful of parameters however many rows
 * it carries.
 */
function unnested<T>(columns: readonly BulkColumn<T>[], rows: readonly T[]) {
  const arrays: SQL[] = columns.map(
    (c) => sql`${sql.param(rows.map((row) => asText(c.value(row))))}::text[]`,
  );
  const aliases = columns.map((_, i) => `c${i}`);
  return {
    from: sql`unnest(${sql.join(arrays, sql`, `)}) as u(${sql.raw(aliases.join(', '))})`,
    cast: (i: number) => sql.raw(`u.c${i}::${columns[i]?.type ?? 'text'}`),
  };
}

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
    const u = unnested(columns, rows.slice(start, start + BULK_ROWS));
    const result = await db.execute(sql`
      insert into ${sql.identifier(table)} (${sql.join(
        columns.map((c) => sql.identifier(c.name)),
        sql`, `,
      )})
      select ${sql.join(
        columns.map((_, i) => u.cast(i)),
        sql`, `,
      )}
      from ${u.from}
      on conflict do nothing
      returning 1 as inserted`);
    inserted += (result as unknown as { rows: unknown[] }).rows.length;
  }
  return inserted;
}

/**
 * Updates many rows, each its own values, in one statement per 5,000: the rows are matched on
 * every `keys` column (the id and the organization, so a row of another tenant never matches)
 * and get the `set` columns. Returns how many rows were updated.
 */
export async function bulkUpdate<T>(
  db: Db,
  table: string,
  keys: readonly BulkColumn<T>[],
  set: readonly BulkColumn<T>[],
  rows: readonly T[],
): Promise<number> {
  const columns = [...keys, ...set];
  let updated = 0;
  for (let start = 0; start < rows.length; start += BULK_ROWS) {
    const u = unnested(columns, rows.slice(start, start + BULK_ROWS));
    const assignments = set.map((c, i) => sql`${sql.identifier(c.name)} = ${u.cast(keys.length + i)}`);
    const matches = keys.map((c, i) => sql`t.${sql.identifier(c.name)} = ${u.cast(i)}`);
    const result = await db.execute(sql`
      update ${sql.identifier(table)} as t
      set ${sql.join(assignments, sql`, `)}
      from ${u.from}
      where ${sql.join(matches, sql` and `)}
      returning 1 as updated`);
    updated += (result as unknown as { rows: unknown[] }).rows.length;
  }
  return updated;
}

function asText(value: Cell): string | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
